import { useState } from 'preact/hooks';
import { joinTeam, leaveTeam, setSharePeople, setSyncPhotos, signInAgain, teamState, type JoinRequest } from '../actions/team';
import { statusText } from './team-words';
import { msg, t } from '../lib/i18n';
import { type Problem } from '../lib/result';
import { appState } from '../store/state';
import { describedBy, Field } from './form-fields';
import { problemLines, problemText } from './problem-words';

const PEOPLE_SWITCH_DETAIL = msg(
  'Records about individuals go to the team only when this is on, and only those whose consent says they agreed to be shared with the team. Everyone in the team can then read their name, contact and notes. Off, they stay on the tablet that recorded them.',
);

/** Settings → Team: join a team's server, see how sharing stands, sign in again, leave. */
export function TeamSection() {
  const team = appState.settings.value.team;
  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading" class="section-heading">
        {t('Team')}
      </h2>
      {team ? <InTeam /> : <JoinForm />}
    </section>
  );
}

function JoinForm() {
  const [form, setForm] = useState({ server: '', team: '', user: '', password: '' });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [asking, setAsking] = useState(false);
  const [start, setStart] = useState<JoinRequest['start']>('add-mine');
  const [busy, setBusy] = useState(false);
  const join = async () => {
    setBusy(true);
    const joined = await joinTeam({ ...form, ...(asking ? { start } : {}) });
    setBusy(false);
    if (!joined.ok) return setProblems(joined.error);
    setProblems([]);
    if (joined.value === 'ask') return setAsking(true);
    setForm({ server: '', team: '', user: '', password: '' });
  };
  const input = (key: keyof typeof form, label: string, type = 'text', autocomplete = 'off') => {
    const id = `team-${key}`;
    const error = problems.find((p) => p.field === key)?.message;
    return (
      <Field id={id} label={label} error={error}>
        <input id={id} type={type} autocomplete={autocomplete} value={form[key]} onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })} {...describedBy(id, error)} />
      </Field>
    );
  };
  const general = problems.filter((p) => !p.field || !['server', 'team', 'user', 'password'].includes(p.field));
  return (
    <form
      class="team-form"
      onSubmit={(e) => {
        e.preventDefault();
        void join();
      }}
    >
      <p class="hint">
        {t('Share this workspace with your team’s other tablets through the team’s server. Every record stays on this tablet too, so work goes on without signal and is sent when signal returns.')}
      </p>
      {input('server', t('Server address'), 'url')}
      {input('team', t('Team'))}
      {input('user', t('Username'), 'text', 'username')}
      {input('password', t('Password'), 'password', 'current-password')}
      {asking && (
        <fieldset class="choice">
          <legend>{t('This tablet already has records. How should they meet the team’s?')}</legend>
          <label class="check">
            <input type="radio" name="team-start" checked={start === 'add-mine'} onChange={() => setStart('add-mine')} />
            <span>{t('Add my records to the team')}</span>
          </label>
          <label class="check">
            <input type="radio" name="team-start" checked={start === 'from-team'} onChange={() => setStart('from-team')} />
            <span>
              {t('Start from the team’s records')}
              <small>{t('The records on this tablet are removed first. Save a backup before, if you may want them.')}</small>
            </span>
          </label>
        </fieldset>
      )}
      {general.length > 0 && (
        <p class="field-error" role="alert">
          {problemLines(general).join(' ')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('Joining…') : t('Join team')}
        </button>
      </div>
    </form>
  );
}

function InTeam() {
  const settings = appState.settings.value;
  const team = settings.team;
  const status = teamState.status.value;
  const rejected = teamState.rejected.value;
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [removeData, setRemoveData] = useState(false);
  if (!team) return null;
  const signIn = async () => {
    const done = await signInAgain(password);
    setPassword('');
    setProblem(done.ok ? null : problemLines(done.error).join(' '));
  };
  return (
    <>
      <p>{t('Team {team} on {server}, signed in as {user}.', { team: team.team, server: team.server, user: team.user })}</p>
      <p class="team-status-line">{statusText(status, new Date())}</p>
      {(status.kind === 'signed-out' || problem) && (
        <form
          class="team-form"
          onSubmit={(e) => {
            e.preventDefault();
            void signIn();
          }}
        >
          <Field id="team-signin-password" label={t('Password')} error={problem ?? undefined}>
            <input
              id="team-signin-password"
              type="password"
              autocomplete="current-password"
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
              {...describedBy('team-signin-password', problem ?? undefined)}
            />
          </Field>
          <button type="submit" class="primary">
            {t('Sign in')}
          </button>
        </form>
      )}
      <label class="check">
        <input type="checkbox" checked={settings.sharePeopleWithTeam} onChange={(e) => void setSharePeople(e.currentTarget.checked)} />
        <span>
          {t('Share people records')}
          <small>{t(PEOPLE_SWITCH_DETAIL)}</small>
        </span>
      </label>
      <label class="check">
        <input type="checkbox" checked={team.syncPhotos} onChange={(e) => void setSyncPhotos(e.currentTarget.checked)} />
        <span>
          {t('Sync photos')}
          <small>{t('Photos follow the records on their own, so records never wait for them. Off saves mobile data: this tablet’s photos stay on it, and teammates’ photos are not fetched.')}</small>
        </span>
      </label>
      {rejected.length > 0 && (
        <div class="notice" role="region" aria-labelledby="team-rejected-heading">
          <h3 id="team-rejected-heading">{t('{count, plural, one {Could not use # record from the team} other {Could not use # records from the team}}', { count: rejected.length })}</h3>
          <p class="hint">{t('They failed the checks every record passes here, so they were not saved on this tablet. Ask who wrote them to fix them.')}</p>
          <ul>
            {rejected.slice(0, 50).map((r) => (
              <li key={r.docId}>{problemText(r.reason)}</li>
            ))}
          </ul>
        </div>
      )}
      {!leaving ? (
        <button type="button" class="secondary" onClick={() => setLeaving(true)}>
          {t('Leave team')}
        </button>
      ) : (
        <div class="confirm" role="group" aria-label={t('Leave team')}>
          <p>{t('This tablet stops sharing and signs out. What is on the team’s server stays there.')}</p>
          <label class="check">
            <input type="checkbox" checked={removeData} onChange={(e) => setRemoveData(e.currentTarget.checked)} />
            <span>{t('Also remove the team’s records from this tablet')}</span>
          </label>
          <div class="actions">
            <button type="button" class="secondary" onClick={() => setLeaving(false)}>
              {t('Stay in team')}
            </button>
            <button type="button" class="danger" onClick={() => void leaveTeam(removeData).then(() => setLeaving(false))}>
              {t('Leave team now')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

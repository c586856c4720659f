import { findAsset } from '../model/asset-links';
import { useState } from 'preact/hooks';
import type { Action, ActionGroup, ActionStatus } from '../model/action-plan';
import { appState } from '../store/state';
import { saveAction } from '../actions/action-plans';
import type { Problem } from '../lib/result';
import { Field, describedBy } from './form-fields';
import { AssetPicker } from './asset-picker';
import { memberNamer } from './plan-text';
import { ChoiceSelect, SaveOrCancel, statusChoices, memberChoices, themeChoices } from './plan-fields';
import { toast } from './ui-state';
import { t } from '../lib/i18n';
import { problemText } from './problem-words';

/** The form's error for a field, from the intent's problems. */
export const errorFor = (problems: readonly Problem[], field: string): string | undefined => problems.find((p) => p.field === field)?.message;

/** Adds an action to the plan, or edits one: what it builds on, who leads, theme, dates, status. */
export function ActionForm({ group, action, onDone }: { group: ActionGroup; action: Action | null; onDone: () => void }) {
  const [title, setTitle] = useState(action?.title ?? '');
  const [buildsOn, setBuildsOn] = useState<readonly string[]>(action?.buildsOn ?? []);
  const [lead, setLead] = useState(action?.leadMemberId ?? '');
  const [theme, setTheme] = useState(action?.theme ?? '');
  const [due, setDue] = useState(action?.due ?? '');
  const [status, setStatus] = useState<ActionStatus>(action?.status ?? 'idea');
  const [nextReview, setNextReview] = useState(action?.nextReview ?? '');
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const assets = appState.assets.value;
  const settings = appState.settings.value;
  const nameOf = memberNamer(group, assets);
  const themes = theme && !settings.actionThemes.includes(theme) ? [...settings.actionThemes, theme] : settings.actionThemes;
  const save = async () => {
    const saved = await saveAction({ id: action?.id ?? null, groupId: group.id, title, buildsOn, leadMemberId: lead, theme, due, status, nextReview });
    if (!saved.ok) return setProblems(saved.error);
    toast.value = { message: action ? t('Saved action \u201c{title}\u201d', { title: saved.value.title }) : t('Added action \u201c{title}\u201d', { title: saved.value.title }), undoable: true };
    onDone();
  };
  const titleError = errorFor(problems, 'title');
  const dueError = errorFor(problems, 'due');
  const reviewError = errorFor(problems, 'nextReview');
  const others = problems.filter((p) => !['title', 'due', 'nextReview', 'lead'].includes(p.field ?? ''));
  return (
    <form
      class="plan-form"
      aria-label={action ? t('Edit action {title}', { title: action.title }) : t('New action')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{action ? t('Edit \u201c{title}\u201d', { title: action.title }) : t('New action')}</h3>
      <Field id="action-title" label={t('Title')} error={titleError}>
        <input id="action-title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} {...describedBy('action-title', titleError)} />
      </Field>
      <fieldset>
        <legend>{t('Builds on')}</legend>
        {buildsOn.length === 0 && <p class="hint">{t('The assets this action builds on: a hall, a group, a park…')}</p>}
        <ul class="links">
          {buildsOn.map((id) => {
            const name = findAsset(assets, id)?.name ?? t('An asset no longer on the map');
            return (
              <li key={id}>
                <span>{name}</span>
                <button type="button" class="secondary" aria-label={t('Remove {name}', { name })} onClick={() => setBuildsOn(buildsOn.filter((b) => b !== id))}>
                  {t('Remove')}
                </button>
              </li>
            );
          })}
        </ul>
        <AssetPicker
          id="builds-on-search"
          label={t('Find an asset it builds on')}
          verb={t('Add')}
          none={t('No asset is called that (people only with their consent).')}
          accept={(a) => !buildsOn.includes(a.id) && (a.category !== 'individuals' || a.person?.consent.status === 'given')}
          onPick={(a) => setBuildsOn([...buildsOn, a.id])}
        />
      </fieldset>
      <Field id="action-lead" label={t('Lead partner')} error={errorFor(problems, 'lead')}>
        <ChoiceSelect id="action-lead" value={lead} onChange={setLead} empty={t('Not yet agreed')} choices={memberChoices(group, nameOf)} />
      </Field>
      <Field id="action-theme" label={t('Theme')}>
        <ChoiceSelect id="action-theme" value={theme} onChange={setTheme} empty={t('No theme')} choices={themeChoices(themes)} />
      </Field>
      <div class="field-pair">
        <Field id="action-due" label={t('Due date')} error={dueError}>
          <input id="action-due" type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} {...describedBy('action-due', dueError)} />
        </Field>
        <Field id="action-status" label={t('Status')}>
          <ChoiceSelect id="action-status" value={status} onChange={(v) => setStatus(v as ActionStatus)} choices={statusChoices()} />
        </Field>
      </div>
      <Field
        id="action-review"
        label={t('Next review')}
        error={reviewError}
        hint={t('{count, plural, one {Leave empty for # week from today} other {Leave empty for # weeks from today}}', { count: settings.reviewWeeks })}
      >
        <input id="action-review" type="date" value={nextReview} onInput={(e) => setNextReview(e.currentTarget.value)} {...describedBy('action-review', reviewError, 'hint')} />
      </Field>
      {others.length > 0 && (
        <ul class="form-problems" role="alert">
          {others.map((p) => (
            <li key={p.message}>{problemText(p.message)}</li>
          ))}
        </ul>
      )}
      <SaveOrCancel save={t('Save action')} onCancel={onDone} />
    </form>
  );
}

import { useState } from 'preact/hooks';
import { exportBackup, isProtectedBackup, MIN_PASSPHRASE_LENGTH, restoreBackup, type RestoredCounts, type SavedBackup } from '../actions/exchange';
import { appState } from '../store/state';
import { t } from '../lib/i18n';
import { formatMoment, formatNumber } from '../lib/i18n/format';
import { problemLines } from './problem-words';

type Message = { text: string; problems: string[]; warning?: boolean };

/** What to say once a backup is saved: plainly, when records about people left unprotected. */
function savedMessage(saved: SavedBackup): Message {
  if (saved.protectedWith === 'passphrase')
    return { text: t('Saved {file}, protected with your passphrase. Keep the passphrase safe: without it the backup cannot be restored.', { file: saved.fileName }), problems: [] };
  if (saved.people === 0) return { text: t('Saved {files}.', { files: saved.fileName }), problems: [] };
  return {
    text: t(
      '{count, plural, one {Saved {file} without protection: it holds # record about people, readable by anyone who gets the file. Keep it somewhere safe, or save it again protected with a passphrase.} other {Saved {file} without protection: it holds # records about people, readable by anyone who gets the file. Keep it somewhere safe, or save it again protected with a passphrase.}}',
      { count: saved.people, file: saved.fileName },
    ),
    problems: [],
    warning: true,
  };
}

/** What a restore put in place, in the chosen language. */
const restoredText = (counts: RestoredCounts, file: string) =>
  t('Restored {assets} assets, {neighbourhoods} neighbourhoods, {overlays} overlays and {photos} photos from “{file}”.', {
    assets: formatNumber(counts.assets),
    neighbourhoods: formatNumber(counts.neighbourhoods),
    overlays: formatNumber(counts.overlays),
    photos: formatNumber(counts.photos),
    file,
  });

/** Backup and restore of the whole workspace, in Settings, with an optional passphrase. */
export function BackupSection() {
  const [pending, setPending] = useState<{ file: File; locked: boolean } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [unlock, setUnlock] = useState('');
  const [busy, setBusy] = useState(false);
  const last = appState.settings.value.lastBackupAt;
  const passphraseProblem = !protect
    ? null
    : passphrase.length < MIN_PASSPHRASE_LENGTH
      ? t('Use at least {count} characters.', { count: MIN_PASSPHRASE_LENGTH })
      : repeat !== passphrase
        ? t('The two passphrases differ.')
        : null;
  const save = async () => {
    setBusy(true);
    const saved = await exportBackup(protect ? { passphrase } : {});
    setBusy(false);
    setMessage(savedMessage(saved));
    setPassphrase('');
    setRepeat('');
  };
  const choose = async (file: File | undefined) => {
    setUnlock('');
    setPending(file ? { file, locked: await isProtectedBackup(file) } : null);
  };
  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    const result = await restoreBackup(pending.file, unlock);
    setBusy(false);
    if (result.ok) setPending(null);
    setMessage(
      result.ok
        ? { text: restoredText(result.value, pending.file.name), problems: [] }
        : { text: t('“{file}” was not restored; nothing was changed.', { file: pending.file.name }), problems: problemLines(result.error), warning: true },
    );
  };
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading" class="section-heading">
        {t('Backup')}
      </h2>
      <p>
        {last ? t('Last backup: {when}', { when: formatMoment(last) }) : t('No backup made on this device yet.')} {t('A backup holds everything, records about people included.')}
      </p>
      <label class="check">
        <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.currentTarget.checked)} />
        <span>
          {t('Protect with a passphrase')}
          <small>{t('The file is encrypted (AES-256); only someone with the passphrase can restore or read it.')}</small>
        </span>
      </label>
      {protect && (
        <div class="field-row">
          <div class="field">
            <label for="backup-passphrase">{t('Passphrase')}</label>
            <input
              id="backup-passphrase"
              type="password"
              autocomplete="new-password"
              value={passphrase}
              onInput={(e) => setPassphrase(e.currentTarget.value)}
              aria-describedby="backup-passphrase-hint"
            />
          </div>
          <div class="field">
            <label for="backup-passphrase-repeat">{t('Passphrase again')}</label>
            <input
              id="backup-passphrase-repeat"
              type="password"
              autocomplete="new-password"
              value={repeat}
              onInput={(e) => setRepeat(e.currentTarget.value)}
              aria-describedby="backup-passphrase-hint"
            />
          </div>
          <small id="backup-passphrase-hint" class="field-hint">
            {passphraseProblem ?? t('Passphrases match.')}
          </small>
        </div>
      )}
      <div class="actions">
        <button type="button" class="secondary" disabled={busy || passphraseProblem !== null} onClick={() => void save()}>
          {t('Export backup')}
        </button>
        <label class="button-like">
          {t('Restore from backup')}
          <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
        </label>
      </div>
      {pending && (
        <div class="warning" role="alert">
          <p>
            {t('Restoring “{file}” replaces everything on this device ({assets} assets, {areas} neighbourhoods). This cannot be undone.', {
              file: pending.file.name,
              assets: appState.assets.value.length,
              areas: appState.neighbourhoods.value.length,
            })}
          </p>
          {pending.locked && (
            <div class="field">
              <label for="restore-passphrase">{t('Backup passphrase')}</label>
              <input id="restore-passphrase" type="password" autocomplete="current-password" value={unlock} onInput={(e) => setUnlock(e.currentTarget.value)} />
            </div>
          )}
          <div class="actions">
            <button type="button" class="primary" disabled={busy || (pending.locked && unlock === '')} onClick={() => void restore()}>
              {t('Replace with backup')}
            </button>
            <button type="button" class="secondary" onClick={() => setPending(null)}>
              {t('Keep current data')}
            </button>
          </div>
        </div>
      )}
      {message && (
        <div role="status" class={message.warning ? 'warning' : undefined}>
          <p>{message.text}</p>
          {message.problems.length > 0 && (
            <ul>
              {message.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { exportBackup, restoreBackup } from '../actions/exchange';
import { appState } from '../store/state';

/** Backup and restore of the whole workspace, in Settings. */
export function BackupSection() {
  const [pending, setPending] = useState<File | null>(null);
  const [message, setMessage] = useState<{ text: string; problems: string[] } | null>(null);
  const last = appState.settings.value.lastBackupAt;
  const restore = async () => {
    if (!pending) return;
    const result = await restoreBackup(pending);
    setPending(null);
    setMessage(result.ok ? { text: result.value, problems: [] } : { text: `\u201c${pending.name}\u201d was not restored; nothing was changed.`, problems: result.error });
  };
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading" class="section-heading">
        Backup
      </h2>
      <p>{last ? `Last backup: ${new Date(last).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}` : 'No backup made on this device yet.'}</p>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void exportBackup().then((name) => setMessage({ text: `Saved ${name}.`, problems: [] }))}>
          Export backup
        </button>
        <label class="button-like">
          Restore from backup
          <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(e) => setPending(e.currentTarget.files?.[0] ?? null)} />
        </label>
      </div>
      {pending && (
        <div class="warning" role="alert">
          <p>
            Restoring “{pending.name}” replaces everything on this device ({appState.assets.value.length} assets, {appState.neighbourhoods.value.length} neighbourhoods). This cannot be undone.
          </p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void restore()}>
              Replace with backup
            </button>
            <button type="button" class="secondary" onClick={() => setPending(null)}>
              Keep current data
            </button>
          </div>
        </div>
      )}
      {message && (
        <div role="status">
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

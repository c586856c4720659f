import { settleInterruptedImport } from '../actions/workspace-actions';
import { countOf } from '../lib/count';
import { appState } from '../store/state';

/** Says that an import was cut short (the tab closed mid-import) and lets the coordinator settle it. */
export function InterruptedImportBanner() {
  const cut = appState.interruptedImport.value;
  if (!cut) return null;
  const saved = cut.addedIds.length + cut.previous.length;
  return (
    <div class="banner warning" role="alert">
      <p>
        An import of “{cut.fileName}” was interrupted: {cut.done.toLocaleString('en-GB')} of {countOf(cut.total, 'row')} were saved ({countOf(cut.addedIds.length, 'new record')}
        {cut.previous.length > 0 ? `, ${countOf(cut.previous.length, 'record')} updated` : ''}). Keep {saved === 1 ? 'it' : 'them'}, or remove {saved === 1 ? 'it' : 'them'}
        {cut.previous.length > 0 ? ' and put back the records as they were before' : ''}? Either can be undone.
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void settleInterruptedImport('keep')}>
          Keep them
        </button>
        <button type="button" class="secondary" onClick={() => void settleInterruptedImport('remove')}>
          Remove them
        </button>
      </div>
    </div>
  );
}

import { useEffect, useMemo } from 'preact/hooks';
import { undo } from '../actions/workspace-actions';
import { appState } from '../store/state';
import { toast } from './ui-state';
import { t } from '../lib/i18n';

/**
 * A short confirmation, over the map so it never covers the panel's buttons, with Undo where the
 * change can be undone. It stays long enough to reach with a thumb. Its Undo takes back exactly the
 * change it names: it goes as soon as another change (or an Undo in the top bar) moves the history.
 */
export function Toast() {
  const current = toast.value;
  // The history's head when this message appeared: the message is shown just after its change.
  const step = useMemo(() => appState.undoStep.peek(), [current]);
  useEffect(() => {
    if (!current) return;
    const timer = setTimeout(() => (toast.value = null), 10_000);
    return () => clearTimeout(timer);
  }, [current]);
  const canUndo = current?.undoable === true && appState.undoStep.value === step;
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {current && (
        <div class="toast">
          <span>{current.message}</span>
          {canUndo && (
            <button
              type="button"
              onClick={() => {
                toast.value = null;
                void undo();
              }}
            >
              {t('Undo')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

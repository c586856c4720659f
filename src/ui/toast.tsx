import { useEffect } from 'preact/hooks';
import { undo } from '../actions/workspace-actions';
import { toast } from './ui-state';

/** A short confirmation with Undo; it stays long enough to reach with a thumb. */
export function Toast() {
  const current = toast.value;
  useEffect(() => {
    if (!current) return;
    const timer = setTimeout(() => (toast.value = null), 10_000);
    return () => clearTimeout(timer);
  }, [current]);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {current && (
        <div class="toast">
          <span>{current.message}</span>
          {current.undoable && (
            <button
              type="button"
              onClick={() => {
                toast.value = null;
                void undo();
              }}
            >
              Undo
            </button>
          )}
        </div>
      )}
    </div>
  );
}

import { cornerCount } from '../model/boundary-draft';
import { mode, send } from './ui-state';

/** Over the map while a boundary is drawn or its corners edited. */
export function BoundaryBar() {
  const current = mode.value;
  if (current.kind !== 'boundary') return null;
  const editing = current.neighbourhoodId !== null;
  const count = cornerCount(current.draft);
  const instruction = current.selected
    ? 'Corner selected: tap the map where it should go, or remove it.'
    : editing
      ? 'Drag a corner, or tap it and then tap its new place. Tap a small circle on an edge to add a corner.'
      : `Tap the map to add corners (${count} so far).${count >= 3 ? ' Tap \u201cFinish boundary\u201d when done.' : ''}`;
  return (
    <div class="placing-bar boundary-bar" role="group" aria-label={editing ? 'Edit boundary' : 'Draw boundary'}>
      <p role="status">{instruction}</p>
      {current.problem && (
        <p class="warning" role="alert">
          {current.problem.reason}
        </p>
      )}
      <div class="form-actions">
        {current.selected ? (
          <>
            <button type="button" class="danger" onClick={() => send({ type: 'remove-corner' })}>
              Remove corner
            </button>
            <button type="button" class="secondary" onClick={() => send({ type: 'keep-corner' })}>
              Keep corner
            </button>
          </>
        ) : (
          <>
            {!editing && (
              <button type="button" class="secondary" disabled={count === 0} onClick={() => send({ type: 'undo-corner' })}>
                Undo corner
              </button>
            )}
            {current.problem?.repaired && (
              <button type="button" onClick={() => send({ type: 'repair-boundary' })}>
                Repair boundary
              </button>
            )}
            <button type="button" class="primary" disabled={count < 3} onClick={() => send({ type: 'finish-boundary' })}>
              Finish boundary
            </button>
            <button type="button" class="secondary" onClick={() => send({ type: 'cancel' })}>
              Cancel
            </button>
          </>
        )}
      </div>
    </div>
  );
}

import { addCorner, cornerCount, draftFromGeometry, moveCorner, removeCorner, removeLastCorner, type BoundaryDraft } from '../model/boundary-draft';
import type { AreaGeometry } from '../model/geometry';
import { checkDrawnBoundary } from '../actions/neighbourhoods';
import { mode, type BoundaryMode } from './ui-state';

const EMPTY_FIELDS = { name: '', code: '', notes: '' };

/** After "Finish boundary" the neighbourhood form follows: name a new one, or save an edited one. */
function finish(current: BoundaryMode, geometry: AreaGeometry, notices: string[]): void {
  mode.value = { kind: 'neighbourhood-form', neighbourhoodId: current.neighbourhoodId, geometry, fields: current.details ?? EMPTY_FIELDS, notices };
}

/** Over the map while a boundary is drawn or its corners edited. */
export function BoundaryBar() {
  const current = mode.value;
  if (current.kind !== 'boundary') return null;
  const editing = current.neighbourhoodId !== null;
  const count = cornerCount(current.draft);
  const update = (draft: BoundaryDraft, patch: Partial<BoundaryMode> = {}) => (mode.value = { ...current, draft, selected: null, problem: null, ...patch });
  const onFinish = () => {
    const checked = checkDrawnBoundary(current.draft);
    if (checked.ok) return finish(current, checked.value.geometry, checked.value.notices);
    mode.value = { ...current, selected: null, problem: { reason: checked.error.message, crossings: checked.error.crossings, repaired: checked.error.repaired ?? null } };
  };
  const repair = () => {
    const repaired = current.problem?.repaired;
    if (repaired) finish({ ...current, draft: draftFromGeometry(repaired) }, repaired, ['The boundary was repaired: each loop became its own part.']);
  };
  const removeSelected = () => {
    if (!current.selected) return;
    const smaller = removeCorner(current.draft, current.selected);
    if (smaller) update(smaller);
    else mode.value = { ...current, problem: { reason: 'A boundary needs at least 3 corners, so this one cannot be removed.', crossings: [], repaired: null } };
  };
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
            <button type="button" class="danger" onClick={removeSelected}>
              Remove corner
            </button>
            <button type="button" class="secondary" onClick={() => (mode.value = { ...current, selected: null })}>
              Keep corner
            </button>
          </>
        ) : (
          <>
            {!editing && (
              <button type="button" class="secondary" disabled={count === 0} onClick={() => update(removeLastCorner(current.draft))}>
                Undo corner
              </button>
            )}
            {current.problem?.repaired && (
              <button type="button" onClick={repair}>
                Repair boundary
              </button>
            )}
            <button type="button" class="primary" disabled={count < 3} onClick={onFinish}>
              Finish boundary
            </button>
            <button type="button" class="secondary" onClick={() => (mode.value = { kind: 'browse' })}>
              Cancel
            </button>
          </>
        )}
      </div>
    </div>
  );
}

/** A map tap while drawing: moves the selected corner there, or adds a corner to a new boundary. */
export function boundaryTap(current: BoundaryMode, at: [number, number]): BoundaryMode {
  if (current.selected) {
    return { ...current, draft: moveCorner(current.draft, current.selected, at), selected: null, problem: null };
  }
  if (current.neighbourhoodId === null) return { ...current, draft: addCorner(current.draft, at), problem: null };
  return current;
}

import { useEffect } from 'preact/hooks';
import { cornerCount } from '../model/boundary-draft';
import { prepareBoundaryRepair } from '../actions/neighbourhoods';
import { mode, send } from './ui-state';
import { t } from '../lib/i18n';
import { problemText } from './problem-words';

/** Over the map while a boundary is drawn or its corners edited. */
export function BoundaryBar() {
  const current = mode.value;
  const drawing = current.kind === 'boundary';
  useEffect(() => {
    if (drawing) void prepareBoundaryRepair();
  }, [drawing]);
  if (current.kind !== 'boundary') return null;
  const editing = current.neighbourhoodId !== null;
  const count = cornerCount(current.draft);
  const instruction = current.selected
    ? t('Corner selected: tap the map where it should go, or remove it.')
    : editing
      ? t('Drag a corner, or tap it and then tap its new place. Tap a small circle on an edge to add a corner.')
      : count >= 3
        ? t('Tap the map to add corners ({count} so far). Tap “Finish boundary” when done.', { count })
        : t('Tap the map to add corners ({count} so far).', { count });
  return (
    <div class="placing-bar boundary-bar" role="group" aria-label={editing ? t('Edit boundary') : t('Draw boundary')}>
      <p role="status">{instruction}</p>
      {current.problem && (
        <p class="warning" role="alert">
          {problemText(current.problem.reason)}
        </p>
      )}
      <div class="form-actions">
        {current.selected ? (
          <>
            <button type="button" class="danger" onClick={() => send({ type: 'remove-corner' })}>
              {t('Remove corner')}
            </button>
            <button type="button" class="secondary" onClick={() => send({ type: 'keep-corner' })}>
              {t('Keep corner')}
            </button>
          </>
        ) : (
          <>
            {!editing && (
              <button type="button" class="secondary" disabled={count === 0} onClick={() => send({ type: 'undo-corner' })}>
                {t('Undo corner')}
              </button>
            )}
            {current.problem?.repaired && (
              <button type="button" onClick={() => send({ type: 'repair-boundary' })}>
                {t('Repair boundary')}
              </button>
            )}
            <button type="button" class="primary" disabled={count < 3} onClick={() => send({ type: 'finish-boundary' })}>
              {t('Finish boundary')}
            </button>
            <button type="button" class="secondary" onClick={() => send({ type: 'cancel' })}>
              {t('Cancel')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}

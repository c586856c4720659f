import { NeighbourhoodSchema, type Neighbourhood } from '../../model/neighbourhood';
import type { AreaGeometry } from '../../model/geometry';
import type { Change } from '../../model/change';
import { parseWith } from '../../model/problems';
import { reassignNear } from '../../geo/assign-neighbourhoods';
import type { AreaCandidate } from '../../io/read-areas';
import { ok, refuse } from '../../lib/result';
import type { Intent, WorkspaceView } from './intent';
import { planOf } from './action-plans';
import { walkPhotosOf } from './walk-photos';
import { CHANGE_LABELS, changeLabel } from '../../model/change-labels';
import { msg } from '../../lib/i18n/msg';

export interface NeighbourhoodDetails {
  name: string;
  code: string;
  notes: string;
}

/**
 * The change that puts these boundaries (and removes those), with every asset whose neighbourhoods
 * change as a result: boundary and assignments land in one transaction and undo together.
 */
function boundaryChange(view: WorkspaceView, label: string, put: Neighbourhood[], remove: string[] = []): Change {
  const replaced = new Set([...put.map((n) => n.id), ...remove]);
  const before = view.neighbourhoods.filter((n) => replaced.has(n.id));
  const after = [...view.neighbourhoods.filter((n) => !replaced.has(n.id)), ...put];
  const { changed } = reassignNear(
    view.assets,
    after,
    [...before, ...put].map((n) => n.geometry),
  );
  return { label, neighbourhoods: { put, remove }, assets: { put: changed } };
}

/** Saves a drawn or edited neighbourhood (details and boundary) as one undoable step. */
export const saveNeighbourhood: Intent<{ id: string | null; details: NeighbourhoodDetails; geometry: AreaGeometry }, Neighbourhood> = (view, { id, details, geometry }, { now, newId }) => {
  const existing = id ? view.neighbourhoods.find((n) => n.id === id) : undefined;
  if (id && !existing) return refuse(msg('That neighbourhood is no longer in the workspace.'));
  const parsed = parseWith(NeighbourhoodSchema, {
    ...(existing ?? { source: 'drawn', createdAt: now }),
    id: existing?.id ?? newId(),
    name: details.name.trim(),
    code: details.code.trim() || undefined,
    notes: details.notes,
    geometry,
    updatedAt: now,
  });
  if (!parsed.ok) return parsed;
  const area = parsed.value;
  const label = changeLabel(existing ? CHANGE_LABELS.editNeighbourhood : CHANGE_LABELS.addNeighbourhood, { name: area.name });
  return ok({ change: boundaryChange(view, label, [area]), value: area });
};

/** Deletes a neighbourhood; its assets stay, and forget they were in it; its action group, plan and walk photos go with it. Undo restores all. */
export const deleteNeighbourhood: Intent<{ id: string }, Neighbourhood> = (view, { id }) => {
  const area = view.neighbourhoods.find((n) => n.id === id);
  if (!area) return refuse(msg('That neighbourhood is no longer in the workspace.'));
  return ok({ change: { ...boundaryChange(view, `Delete neighbourhood \u201c${area.name}\u201d`, [], [id]), ...planOf(view, [id]), ...walkPhotosOf(view, [id]) }, value: area });
};

/**
 * Imports boundaries as neighbourhoods in one undoable step. A boundary whose code matches an
 * existing neighbourhood updates it (re-importing the ward file does not duplicate the wards).
 */
export const importNeighbourhoods: Intent<{ fileName: string; areas: readonly AreaCandidate[] }, { added: number; updated: number }> = (view, { fileName, areas }, { now, newId }) => {
  const byCode = new Map(view.neighbourhoods.filter((n) => n.code).map((n) => [n.code as string, n]));
  let updated = 0;
  const put = areas.map((a) => {
    const existing = a.code ? byCode.get(a.code) : undefined;
    if (existing) updated += 1;
    return NeighbourhoodSchema.parse({
      ...(existing ?? { id: newId(), createdAt: now, notes: '' }),
      name: a.name,
      code: a.code || undefined,
      geometry: a.geometry,
      source: fileName.slice(0, 200),
      updatedAt: now,
    });
  });
  if (put.length === 0) return refuse(msg('There are no valid boundaries to import.'));
  return ok({ change: boundaryChange(view, `Import boundaries \u201c${fileName}\u201d`, put), value: { added: put.length - updated, updated } });
};

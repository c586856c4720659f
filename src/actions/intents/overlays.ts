import { OverlaySchema, type Overlay, type OverlayArea } from '../../model/overlay';
import { parseWith } from '../../model/problems';
import type { AreaCandidate } from '../../io/read-areas';
import type { JoinResult } from '../../io/join-table';
import { ok, refuse } from '../../lib/result';
import type { Intent, WorkspaceView } from './intent';
import { CHANGE_LABELS, changeLabel } from '../../model/change-labels';
import { fill, msg } from '../../lib/i18n/msg';

export interface NewOverlay {
  name: string;
  vintage: string;
  attribution: string;
  valueField: string | undefined;
  areas: readonly AreaCandidate[];
  join: JoinResult | null;
}

/** Stores a context layer (small areas with their joined values) as one undoable step. */
export const addOverlay: Intent<NewOverlay, Overlay> = (_view, input, { now, newId }) => {
  const areas: OverlayArea[] = input.areas.map((a) => ({ code: a.code, name: a.name, geometry: a.geometry, values: input.join?.values.get(a.code) ?? {} }));
  const parsed = parseWith(OverlaySchema, {
    id: newId(),
    name: input.name.trim(),
    kind: 'small-areas',
    vintage: input.vintage.trim(),
    attribution: input.attribution.trim(),
    valueField: input.valueField,
    visible: true,
    areas,
    createdAt: now,
    updatedAt: now,
  });
  if (!parsed.ok) return parsed;
  return ok({ change: { label: changeLabel(CHANGE_LABELS.addLayer, { name: parsed.value.name }), overlays: { put: [parsed.value] } }, value: parsed.value });
};

const findOverlay = (view: WorkspaceView, id: string) => view.overlays.find((o) => o.id === id);
const gone = () => refuse(msg('That layer is no longer in the workspace.'));

/** Shows or hides a layer on the map (undoable, like every change to a layer). */
export const setOverlayVisible: Intent<{ id: string; visible: boolean }, Overlay> = (view, { id, visible }, { now }) => {
  const overlay = findOverlay(view, id);
  if (!overlay) return gone();
  const shown = { ...overlay, visible, updatedAt: now };
  return ok({ change: { label: changeLabel(visible ? CHANGE_LABELS.showLayer : CHANGE_LABELS.hideLayer, { name: overlay.name }), overlays: { put: [shown] } }, value: shown });
};

/** Colours a layer by another of its values. */
export const setOverlayValueField: Intent<{ id: string; valueField: string }, Overlay> = (view, { id, valueField }, { now }) => {
  const overlay = findOverlay(view, id);
  if (!overlay) return gone();
  if (!overlay.areas.some((a) => valueField in a.values)) return refuse(fill(msg('“{name}” has no values called “{field}”.'), { name: overlay.name, field: valueField }));
  const recoloured = { ...overlay, valueField, updatedAt: now };
  return ok({ change: { label: changeLabel(CHANGE_LABELS.colourLayer, { name: overlay.name, field: valueField }), overlays: { put: [recoloured] } }, value: recoloured });
};

export const deleteOverlay: Intent<{ id: string }, Overlay> = (view, { id }) => {
  const overlay = findOverlay(view, id);
  if (!overlay) return gone();
  return ok({ change: { label: changeLabel(CHANGE_LABELS.deleteLayer, { name: overlay.name }), overlays: { remove: [id] } }, value: overlay });
};

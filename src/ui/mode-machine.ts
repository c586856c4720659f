import { EMPTY_DRAFT, draftFromAsset, type AssetDraft } from '../model/asset-draft';
import type { Asset } from '../model/asset';
import type { Photo } from '../model/photo';
import type { Neighbourhood } from '../model/neighbourhood';
import type { AreaGeometry, AssetGeometry, Position } from '../model/geometry';
import { addCorner, draftFromGeometry, EMPTY_BOUNDARY, insertCornerAfter, moveCorner, removeCorner, removeLastCorner, type BoundaryDraft, type CornerRef } from '../model/boundary-draft';
import { checkDrawnBoundary } from '../actions/neighbourhoods';
import { newId } from '../lib/id';
import { msg } from '../lib/i18n/msg';

/**
 * What the panel and the map are doing right now. Only the UI owns this; nothing of it is stored.
 * It changes only through `transition` (below): components send events, never set a mode.
 */
export type Mode = { kind: 'browse' } | PlacingMode | FormMode | BoundaryMode | NeighbourhoodFormMode;

/** Waiting for a tap (or the device's location) to place a new asset, or to move one. */
export type PlacingMode = { kind: 'placing'; purpose: 'add' } | { kind: 'placing'; purpose: 'move'; assetId: string };

/** The asset form: a new asset already has its id, so photos taken before saving can point at it. */
export interface FormMode {
  kind: 'form';
  assetId: string;
  isNew: boolean;
  geometry: AssetGeometry | null;
  draft: AssetDraft;
  photos: readonly Photo[];
  dirty: boolean;
  accuracy?: number | undefined;
}

export interface NeighbourhoodFields {
  name: string;
  code: string;
  notes: string;
}

/** Drawing a new boundary (neighbourhoodId null) or editing an existing one's corners. */
export interface BoundaryMode {
  kind: 'boundary';
  neighbourhoodId: string | null;
  /** The details typed before "Edit boundary", kept for the form that follows. */
  details?: NeighbourhoodFields;
  draft: BoundaryDraft;
  selected: CornerRef | null;
  /** Set when "Finish boundary" found the shape crossing itself, or a corner could not go. */
  problem: { reason: string; crossings: Position[]; repaired: AreaGeometry | null } | null;
}

/** Naming a new neighbourhood, or editing one's details. */
export interface NeighbourhoodFormMode {
  kind: 'neighbourhood-form';
  neighbourhoodId: string | null;
  geometry: AreaGeometry;
  fields: NeighbourhoodFields;
  notices: string[];
}

/** Everything the user can do that changes the mode, named for what they did. */
export type ModeEvent =
  | { type: 'add-asset' }
  | { type: 'map-tapped'; at: Position }
  | { type: 'located'; at: Position; accuracy: number }
  | { type: 'cancel' }
  | { type: 'done' }
  | { type: 'edit-asset'; asset: Asset; photos: readonly Photo[] }
  | { type: 'move-asset'; assetId: string }
  | { type: 'resume-draft'; stored: Asset | null; photos: readonly Photo[]; geometry: AssetGeometry | null; draft: AssetDraft }
  | { type: 'draft-edited'; patch: Partial<AssetDraft> }
  | { type: 'photos-added'; photos: readonly Photo[] }
  | { type: 'photo-removed'; photoId: string }
  | { type: 'edit-neighbourhood'; neighbourhood: Neighbourhood }
  | { type: 'draw-neighbourhood' }
  | { type: 'neighbourhood-edited'; patch: Partial<NeighbourhoodFields> }
  | { type: 'edit-boundary' }
  | { type: 'corner-tapped'; corner: CornerRef }
  | { type: 'midpoint-tapped'; after: CornerRef; at: Position }
  | { type: 'corner-dragged'; corner: CornerRef; to: Position }
  | { type: 'keep-corner' }
  | { type: 'remove-corner' }
  | { type: 'undo-corner' }
  | { type: 'finish-boundary' }
  | { type: 'repair-boundary' };

const BROWSE: Mode = { kind: 'browse' };
const NO_FIELDS: NeighbourhoodFields = { name: '', code: '', notes: '' };
/** Marked for the catalogue; the form shows its notices through t(). */
const REPAIRED = msg('The boundary was repaired: each loop became its own part.');
const TOO_FEW = msg('A boundary needs at least 3 corners, so this one cannot be removed.');

/** The form for a new asset at a place (tapped, or found by GPS with its accuracy). */
export function newAssetForm(geometry: AssetGeometry | null, accuracy?: number, id = newId()): FormMode {
  return { kind: 'form', assetId: id, isNew: true, geometry, draft: EMPTY_DRAFT, photos: [], dirty: false, accuracy };
}

/** The form for editing a stored asset, with its photos. */
export function editAssetForm(asset: Asset, photos: readonly Photo[]): FormMode {
  const own = new Set(asset.photos);
  return { kind: 'form', assetId: asset.id, isNew: false, geometry: asset.geometry, draft: draftFromAsset(asset), photos: photos.filter((p) => own.has(p.id)), dirty: false };
}

const neighbourhoodForm = (n: Neighbourhood): NeighbourhoodFormMode => ({
  kind: 'neighbourhood-form',
  neighbourhoodId: n.id,
  geometry: n.geometry,
  fields: { name: n.name, code: n.code ?? '', notes: n.notes },
  notices: [],
});

const sameCorner = (a: CornerRef | null, b: CornerRef) => !!a && a.part === b.part && a.ring === b.ring && a.index === b.index;

/** After "Finish boundary" the neighbourhood form follows: name a new one, or save an edited one. */
const formAfter = (m: BoundaryMode, geometry: AreaGeometry, notices: string[]): NeighbourhoodFormMode => ({
  kind: 'neighbourhood-form',
  neighbourhoodId: m.neighbourhoodId,
  geometry,
  fields: m.details ?? NO_FIELDS,
  notices,
});

/** A changed boundary forgets the corner that was selected and the problem shown. */
const redrawn = (m: BoundaryMode, draft: BoundaryDraft): BoundaryMode => ({ ...m, draft, selected: null, problem: null });

function inBoundary(m: BoundaryMode, event: ModeEvent): Mode {
  switch (event.type) {
    case 'map-tapped':
      // A tap moves the selected corner there; on a new boundary it adds a corner.
      if (m.selected) return redrawn(m, moveCorner(m.draft, m.selected, event.at));
      return m.neighbourhoodId === null ? { ...m, draft: addCorner(m.draft, event.at), problem: null } : m;
    case 'corner-tapped':
      return { ...m, selected: sameCorner(m.selected, event.corner) ? null : event.corner, problem: null };
    case 'midpoint-tapped':
      return { ...m, draft: insertCornerAfter(m.draft, event.after, event.at), selected: { ...event.after, index: event.after.index + 1 }, problem: null };
    case 'corner-dragged':
      return redrawn(m, moveCorner(m.draft, event.corner, event.to));
    case 'keep-corner':
      return { ...m, selected: null };
    case 'remove-corner': {
      if (!m.selected) return m;
      const smaller = removeCorner(m.draft, m.selected);
      return smaller ? redrawn(m, smaller) : { ...m, problem: { reason: TOO_FEW, crossings: [], repaired: null } };
    }
    case 'undo-corner':
      return m.neighbourhoodId === null ? redrawn(m, removeLastCorner(m.draft)) : m;
    case 'finish-boundary': {
      const checked = checkDrawnBoundary(m.draft);
      if (checked.ok) return formAfter(m, checked.value.geometry, checked.value.notices);
      return { ...m, selected: null, problem: { reason: checked.error.message, crossings: checked.error.crossings, repaired: checked.error.repaired ?? null } };
    }
    case 'repair-boundary':
      return m.problem?.repaired ? formAfter(m, m.problem.repaired, [REPAIRED]) : m;
    default:
      return m;
  }
}

function inForm(m: FormMode, event: ModeEvent): Mode {
  switch (event.type) {
    case 'map-tapped':
      return { ...m, geometry: { type: 'Point', coordinates: event.at }, accuracy: undefined, dirty: true };
    case 'located':
      return { ...m, geometry: { type: 'Point', coordinates: event.at }, accuracy: event.accuracy, dirty: true };
    case 'draft-edited':
      return { ...m, draft: { ...m.draft, ...event.patch }, dirty: true };
    case 'photos-added':
      return { ...m, photos: [...m.photos, ...event.photos], dirty: true };
    case 'photo-removed':
      return { ...m, photos: m.photos.filter((p) => p.id !== event.photoId), dirty: true };
    default:
      return m;
  }
}

/**
 * The one place the UI's mode changes: the mode after `event` in `mode`. Events that make no sense
 * in a mode (a corner tap while browsing) leave it as it is. Pure, apart from the new asset's id.
 */
export function transition(mode: Mode, event: ModeEvent, makeId: () => string = newId): Mode {
  // Events that mean the same in every mode.
  switch (event.type) {
    case 'cancel':
    case 'done':
      return BROWSE;
    case 'add-asset':
      return { kind: 'placing', purpose: 'add' };
    case 'edit-asset':
      return editAssetForm(event.asset, event.photos);
    case 'move-asset':
      return { kind: 'placing', purpose: 'move', assetId: event.assetId };
    case 'resume-draft': {
      // An interrupted edit resumes over the stored asset, so its photos and hidden fields are kept.
      const base = event.stored ? editAssetForm(event.stored, event.photos) : newAssetForm(event.geometry, undefined, makeId());
      return { ...base, geometry: event.geometry, draft: event.draft, dirty: true };
    }
    case 'edit-neighbourhood':
      return neighbourhoodForm(event.neighbourhood);
    case 'draw-neighbourhood':
      return { kind: 'boundary', neighbourhoodId: null, draft: EMPTY_BOUNDARY, selected: null, problem: null };
    default:
      break;
  }
  switch (mode.kind) {
    case 'browse':
      return mode;
    case 'placing':
      if (mode.purpose === 'add' && event.type === 'map-tapped') return newAssetForm({ type: 'Point', coordinates: event.at }, undefined, makeId());
      if (mode.purpose === 'add' && event.type === 'located') return newAssetForm({ type: 'Point', coordinates: event.at }, event.accuracy, makeId());
      // Moving: the tap is where it goes; the caller saves the move.
      if (mode.purpose === 'move' && event.type === 'map-tapped') return BROWSE;
      return mode;
    case 'form':
      return inForm(mode, event);
    case 'neighbourhood-form':
      if (event.type === 'neighbourhood-edited') return { ...mode, fields: { ...mode.fields, ...event.patch } };
      if (event.type === 'edit-boundary')
        return { kind: 'boundary', neighbourhoodId: mode.neighbourhoodId, details: mode.fields, draft: draftFromGeometry(mode.geometry), selected: null, problem: null };
      return mode;
    case 'boundary':
      return inBoundary(mode, event);
  }
}

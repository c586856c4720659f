import { assetFromDraft, EMPTY_DRAFT } from '../../model/asset-draft';
import type { Asset } from '../../model/asset';
import type { CategoryId } from '../../model/categories';
import type { Change } from '../../model/change';
import type { Position } from '../../model/geometry';
import { PhotoSchema, type Photo } from '../../model/photo';
import { WalkPhotoSchema, type WalkPhoto } from '../../model/walk-photo';
import { parseWith } from '../../model/problems';
import { neighbourhoodsContaining } from '../../geo/assign-neighbourhoods';
import { ok, refuse, type Result } from '../../lib/result';
import type { IntentContext, Intent, WorkspaceView } from './intent';
import { CHANGE_LABELS, changeLabel } from '../../model/change-labels';
import { msg } from '../../lib/i18n/msg';

const quoted = (text: string) => `\u201c${text}\u201d`;
/** How a photo is named in a label: its caption, cut at a word after 40 characters, or "the photo". */
function called(photo: WalkPhoto): string {
  const caption = photo.caption.trim().replace(/\s+/g, ' ');
  if (!caption) return 'the photo';
  if (caption.length <= 40) return quoted(caption);
  const cut = caption.slice(0, 40);
  return quoted(`${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : 40)}\u2026`);
}

function photoOf(view: WorkspaceView, id: string): Result<WalkPhoto> {
  const photo = view.walkPhotos.find((p) => p.id === id);
  return photo ? ok(photo) : refuse(msg('That photo is no longer in the workspace.'));
}

export interface NewWalkPhoto {
  walk: string;
  neighbourhoodId: string;
  caption: string;
  theme: string;
  at: Position | null;
  placedBy: 'gps' | 'tap';
  accuracy?: number;
  image: { mimeType: string; width: number; height: number; blob: Blob };
}

/** Keeps a photo a resident took on a walk, with its caption, theme and place, for the coordinator to review. */
export const addWalkPhoto: Intent<NewWalkPhoto, WalkPhoto> = (view, input, { now, newId }) => {
  if (!view.neighbourhoods.some((n) => n.id === input.neighbourhoodId)) return refuse(msg('The walk’s neighbourhood is no longer in the workspace.'));
  if (!input.at) return refuse(msg('Say where the photo was taken: use the tablet’s location or tap the map.'), { field: 'place' });
  const parsed = parseWith(WalkPhotoSchema, {
    id: newId(),
    walk: input.walk,
    neighbourhoodId: input.neighbourhoodId,
    takenAt: now,
    caption: input.caption.trim(),
    theme: input.theme.trim() || undefined,
    at: input.at,
    placedBy: input.placedBy,
    accuracy: input.placedBy === 'gps' ? input.accuracy : undefined,
    outcome: 'to review',
    ...input.image,
  });
  if (!parsed.ok) return parsed;
  return ok({ change: { label: changeLabel(CHANGE_LABELS.addWalkPhoto, { photo: called(parsed.value) }), walkPhotos: { put: [parsed.value] } }, value: parsed.value });
};

/** The walk photo copied as one of the asset's photos, so the asset's details show it too. */
function assetPhoto(photo: WalkPhoto, assetId: string, { now, newId }: IntentContext): Result<Photo> {
  return parseWith(PhotoSchema, { id: newId(), assetId, mimeType: photo.mimeType, width: photo.width, height: photo.height, createdAt: now, blob: photo.blob });
}

const reviewable = (photo: WalkPhoto): Result<WalkPhoto> => (photo.outcome === 'to review' || photo.outcome === 'set aside' ? ok(photo) : refuse(msg('That photo was already linked to an asset.')));

/** Links a walk photo to an asset already on the map: the asset gains the photo. */
export const linkWalkPhoto: Intent<{ id: string; assetId: string }, Asset> = (view, { id, assetId }, context) => {
  const found = photoOf(view, id);
  if (!found.ok) return found;
  const photo = reviewable(found.value);
  if (!photo.ok) return photo;
  const asset = view.assets.find((a) => a.id === assetId);
  if (!asset) return refuse(msg('That asset is no longer in the workspace.'), { field: 'asset' });
  const copy = assetPhoto(photo.value, asset.id, context);
  if (!copy.ok) return copy;
  const updated: Asset = { ...asset, photos: [...asset.photos, copy.value.id], updatedAt: context.now };
  const change: Change = {
    label: changeLabel(CHANGE_LABELS.linkWalkPhoto, { photo: called(photo.value), name: asset.name }),
    assets: { put: [updated] },
    photos: { put: [copy.value] },
    walkPhotos: { put: [{ ...photo.value, outcome: 'linked', assetId: asset.id }] },
  };
  return ok({ change, value: updated });
};

/** Makes a new asset where the photo was taken, described by its caption and carrying the photo. */
export const makeAssetFromWalkPhoto: Intent<{ id: string; name: string; category: CategoryId | '' }, Asset> = (view, { id, name, category }, context) => {
  const found = photoOf(view, id);
  if (!found.ok) return found;
  const photo = reviewable(found.value);
  if (!photo.ok) return photo;
  // A person is recorded with their consent, in the asset form: a photo is not consent.
  if (category === 'individuals') return refuse(msg('A person is recorded with their consent in the asset form, not from a photo. Choose another category.'), { field: 'category' });
  const assetId = context.newId();
  const geometry = { type: 'Point' as const, coordinates: photo.value.at };
  const built = assetFromDraft(
    { ...EMPTY_DRAFT, name, category, description: photo.value.caption },
    { id: assetId, now: context.now, geometry, neighbourhoodIds: neighbourhoodsContaining(geometry, view.neighbourhoods) },
  );
  if (!built.ok) return built;
  const copy = assetPhoto(photo.value, assetId, context);
  if (!copy.ok) return copy;
  const asset: Asset = { ...built.value, photos: [copy.value.id] };
  const change: Change = {
    label: changeLabel(CHANGE_LABELS.assetFromWalkPhoto, { name: asset.name }),
    assets: { put: [asset] },
    photos: { put: [copy.value] },
    walkPhotos: { put: [{ ...photo.value, outcome: 'made asset', assetId }] },
  };
  return ok({ change, value: asset });
};

/** Sets a photo aside (kept, but off the map and the sheet), or brings a set-aside photo back to review. */
export const setWalkPhotoAside: Intent<{ id: string; aside: boolean }, WalkPhoto> = (view, { id, aside }) => {
  const found = photoOf(view, id);
  if (!found.ok) return found;
  if (found.value.outcome !== (aside ? 'to review' : 'set aside')) return refuse(aside ? msg('Only a photo still to review can be set aside.') : msg('That photo is not set aside.'));
  const updated: WalkPhoto = { ...found.value, outcome: aside ? 'set aside' : 'to review' };
  return ok({ change: { label: changeLabel(aside ? CHANGE_LABELS.setAsideWalkPhoto : CHANGE_LABELS.reviewWalkPhoto, { photo: called(updated) }), walkPhotos: { put: [updated] } }, value: updated });
};

/** Deletes a walk photo (one of a person who did not agree, say); an asset it was copied to keeps its copy. */
export const deleteWalkPhoto: Intent<{ id: string }, WalkPhoto> = (view, { id }) => {
  const found = photoOf(view, id);
  if (!found.ok) return found;
  return ok({ change: { label: changeLabel(CHANGE_LABELS.deleteWalkPhoto, { photo: called(found.value) }), walkPhotos: { remove: [id] } }, value: found.value });
};

/** A neighbourhood's walk photos, which go with it when it is deleted. */
export function walkPhotosOf(view: WorkspaceView, neighbourhoodIds: readonly string[]): Pick<Change, 'walkPhotos'> {
  const ids = view.walkPhotos.filter((p) => neighbourhoodIds.includes(p.neighbourhoodId)).map((p) => p.id);
  return ids.length > 0 ? { walkPhotos: { remove: ids } } : {};
}

import { assetFromDraft, type AssetDraft, type FieldErrors } from '../model/asset-draft';
import type { Asset } from '../model/asset';
import type { Photo } from '../model/photo';
import { moveGeometryTo, type AssetGeometry } from '../model/geometry';
import { neighbourhoodsContaining } from '../geo/assign-neighbourhoods';
import { workspace } from './workspace';

/** `forgotten`: consent was withdrawn, so the person's earlier versions left the undo history and the save cannot be undone. */
export type SaveOutcome = { ok: true; asset: Asset; forgotten: boolean } | { ok: false; errors: FieldErrors } | { ok: false; storeMessage: string };

const findAsset = (id: string) => workspace.state.assets.value.find((a) => a.id === id);

/**
 * Saves what the form holds as a new asset or over an existing one. On any failure nothing is
 * written and the caller keeps the draft, so nothing typed is lost.
 */
export async function saveAssetDraft(draft: AssetDraft, target: { assetId: string; isNew: boolean; geometry: AssetGeometry | null; photos?: readonly Photo[] }): Promise<SaveOutcome> {
  const existing = target.isNew ? undefined : findAsset(target.assetId);
  const photos = target.photos ?? [];
  const built = assetFromDraft(draft, {
    id: target.assetId,
    now: new Date().toISOString(),
    geometry: target.geometry,
    ...(existing ? { existing } : {}),
    neighbourhoodIds: neighbourhoodsContaining(target.geometry, workspace.state.neighbourhoods.value),
  });
  if (!built.ok) return built;
  built.asset.photos = photos.map((p) => p.id);
  const keptIds = new Set(built.asset.photos);
  const dropped = (existing?.photos ?? []).filter((id) => !keptIds.has(id));
  const stored = new Set(workspace.state.photos.value.map((p) => p.id));
  const added = photos.filter((p) => !stored.has(p.id));
  const label = existing ? `Edit \u201c${built.asset.name}\u201d` : `Add \u201c${built.asset.name}\u201d`;
  const change = { label, assets: { put: [built.asset] }, photos: { put: added, remove: dropped } };
  const forgotten = !!existing && existing.person?.consent.status !== 'withdrawn' && built.asset.person?.consent.status === 'withdrawn';
  const applied = forgotten ? await workspace.forget(change, [built.asset.id]) : await workspace.apply(change);
  if (!applied.ok) return { ok: false, storeMessage: applied.error.message };
  workspace.state.selectedAssetId.value = built.asset.id;
  return { ok: true, asset: built.asset, forgotten };
}

/** Moves an asset to a new place; a site (park, field) keeps its outline and is shifted whole. */
export async function moveAsset(id: string, to: [number, number]): Promise<boolean> {
  const asset = findAsset(id);
  if (!asset) return false;
  const geometry: AssetGeometry = asset.geometry ? moveGeometryTo(asset.geometry, to) : { type: 'Point', coordinates: to };
  const moved = { ...asset, geometry, updatedAt: new Date().toISOString(), neighbourhoodIds: neighbourhoodsContaining(geometry, workspace.state.neighbourhoods.value) };
  return (await workspace.apply({ label: `Move \u201c${asset.name}\u201d`, assets: { put: [moved] } })).ok;
}

/**
 * Deletes an asset and the links other assets had to it. One undoable step, except for a person:
 * their record, photos and every copy in the undo history go for good.
 */
export async function deleteAsset(id: string): Promise<boolean> {
  const asset = findAsset(id);
  if (!asset) return false;
  const now = new Date().toISOString();
  const unlinked = workspace.state.assets.value
    .filter((a) => a.id !== id && a.links.some((l) => l.assetId === id))
    .map((a) => ({ ...a, links: a.links.filter((l) => l.assetId !== id), updatedAt: now }));
  const change = { label: `Delete \u201c${asset.name}\u201d`, assets: { put: unlinked, remove: [id] }, photos: { remove: asset.photos } };
  const applied = asset.category === 'individuals' ? await workspace.forget(change, [id]) : await workspace.apply(change);
  if (applied.ok && workspace.state.selectedAssetId.value === id) workspace.state.selectedAssetId.value = null;
  return applied.ok;
}

/**
 * For a person who withdrew consent: keeps that a skill exists in the neighbourhood (type, tags,
 * neighbourhoods), removes who they are (name, description, contact, address, exact place, photos,
 * imported columns, consent details and sensitive notes) from the record and from the undo history.
 * It cannot be undone.
 */
export async function anonymisePerson(id: string): Promise<boolean> {
  const asset = findAsset(id);
  if (!asset || asset.category !== 'individuals') return false;
  const anonymous: Asset = {
    ...asset,
    name: `Anonymous resident (${asset.type || 'person'})`,
    description: '',
    contact: {},
    address: undefined,
    postcode: undefined,
    uprn: undefined,
    photos: [],
    links: [],
    geometry: null,
    extra: {},
    personalColumns: undefined,
    accessibility: '',
    openingTimes: '',
    verifiedAt: undefined,
    person: { consent: { status: 'withdrawn' }, exactLocation: false },
    updatedAt: new Date().toISOString(),
  };
  return (await workspace.forget({ label: 'Anonymise a person', assets: { put: [anonymous] }, photos: { remove: asset.photos } }, [id])).ok;
}

/** Records that a person's consent was asked again today and still stands (one undoable step). */
export async function reconfirmConsent(id: string, today: string): Promise<boolean> {
  const asset = findAsset(id);
  if (!asset?.person || asset.person.consent.status !== 'given') return false;
  const renewed: Asset = { ...asset, person: { ...asset.person, consent: { ...asset.person.consent, date: today } }, updatedAt: new Date().toISOString() };
  return (await workspace.apply({ label: `Re-confirm consent of \u201c${asset.name}\u201d`, assets: { put: [renewed] } })).ok;
}

import { assetFromDraft, type AssetDraft } from '../../model/asset-draft';
import type { Asset } from '../../model/asset';
import type { Photo } from '../../model/photo';
import { moveGeometryTo, type AssetGeometry, type Position } from '../../model/geometry';
import { neighbourhoodsContaining } from '../../geo/assign-neighbourhoods';
import { ok, refuse } from '../../lib/result';
import { fieldsOfType } from '../../model/type-fields';
import type { Intent, WorkspaceView } from './intent';
import { CHANGE_LABELS, changeLabel } from '../../model/change-labels';
import { fill, msg } from '../../lib/i18n/msg';

const findAsset = (view: WorkspaceView, id: string) => view.assets.find((a) => a.id === id);
const gone = () => refuse(msg('That asset is no longer in the workspace.'));

export interface SaveAssetInput {
  draft: AssetDraft;
  assetId: string;
  isNew: boolean;
  geometry: AssetGeometry | null;
  photos?: readonly Photo[];
}

/**
 * Saves what the form holds as a new asset or over an existing one. Withdrawing a person's consent
 * also takes their earlier versions out of the undo history (`forgotten`: it cannot be undone).
 */
export const saveAsset: Intent<SaveAssetInput, { asset: Asset; forgotten: boolean }> = (view, input, { now }) => {
  const existing = input.isNew ? undefined : findAsset(view, input.assetId);
  if (!input.isNew && !existing) return gone();
  const photos = input.photos ?? [];
  const built = assetFromDraft(input.draft, {
    id: input.assetId,
    now,
    geometry: input.geometry,
    ...(existing ? { existing } : {}),
    neighbourhoodIds: neighbourhoodsContaining(input.geometry, view.neighbourhoods),
    typeFields: fieldsOfType(view.settings.typeFields, input.draft.type),
  });
  if (!built.ok) return built;
  const asset: Asset = { ...built.value, photos: photos.map((p) => p.id) };
  const keptIds = new Set(asset.photos);
  const dropped = (existing?.photos ?? []).filter((id) => !keptIds.has(id));
  const stored = new Set(view.photos.map((p) => p.id));
  const added = photos.filter((p) => !stored.has(p.id));
  const label = changeLabel(existing ? CHANGE_LABELS.editAsset : CHANGE_LABELS.addAsset, { name: asset.name });
  const forgotten = !!existing && existing.person?.consent.status !== 'withdrawn' && asset.person?.consent.status === 'withdrawn';
  return ok({ change: { label, assets: { put: [asset] }, photos: { put: added, remove: dropped } }, ...(forgotten ? { forget: [asset.id] } : {}), value: { asset, forgotten } });
};

/** Moves an asset to a new place; a site (park, field) keeps its outline and is shifted whole. */
export const moveAsset: Intent<{ id: string; to: Position }, Asset> = (view, { id, to }, { now }) => {
  const asset = findAsset(view, id);
  if (!asset) return gone();
  const geometry: AssetGeometry = asset.geometry ? moveGeometryTo(asset.geometry, to) : { type: 'Point', coordinates: to };
  const moved: Asset = { ...asset, geometry, updatedAt: now, neighbourhoodIds: neighbourhoodsContaining(geometry, view.neighbourhoods) };
  return ok({ change: { label: changeLabel(CHANGE_LABELS.moveAsset, { name: asset.name }), assets: { put: [moved] } }, value: moved });
};

/**
 * Deletes an asset and the links other assets had to it. One undoable step, except for a person:
 * their record, photos and every copy in the undo history go for good.
 */
export const deleteAsset: Intent<{ id: string }, Asset> = (view, { id }, { now }) => {
  const asset = findAsset(view, id);
  if (!asset) return gone();
  const unlinked = view.assets.filter((a) => a.id !== id && a.links.some((l) => l.assetId === id)).map((a) => ({ ...a, links: a.links.filter((l) => l.assetId !== id), updatedAt: now }));
  const change = { label: changeLabel(CHANGE_LABELS.deleteAsset, { name: asset.name }), assets: { put: unlinked, remove: [id] }, photos: { remove: asset.photos } };
  return ok({ change, ...(asset.category === 'individuals' ? { forget: [id] } : {}), value: asset });
};

/**
 * For a person who withdrew consent: keeps that a skill exists in the neighbourhood (type, tags,
 * neighbourhoods), removes who they are (name, description, contact, address, exact place, photos,
 * imported columns, consent details and sensitive notes) from the record and from the undo history.
 * It cannot be undone.
 */
export const anonymisePerson: Intent<{ id: string; name?: string }, Asset> = (view, { id, name }, { now }) => {
  const asset = findAsset(view, id);
  if (!asset) return gone();
  if (asset.category !== 'individuals') return refuse(fill(msg('“{name}” is not a person, so there is no one to anonymise.'), { name: asset.name }));
  const anonymous: Asset = {
    ...asset,
    name: name ?? `Anonymous resident (${asset.type || 'person'})`,
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
    // The skill is kept (what the neighbourhood has); what they care about and would share was theirs.
    person: { consent: { status: 'withdrawn' }, exactLocation: false, gifts: asset.person?.gifts ?? [], cares: [], shares: [] },
    connector: false,
    updatedAt: now,
  };
  return ok({ change: { label: CHANGE_LABELS.anonymise, assets: { put: [anonymous] }, photos: { remove: asset.photos } }, forget: [id], value: anonymous });
};

/** Records that a person's consent was asked again on `today` and still stands (one undoable step). */
export const reconfirmConsent: Intent<{ id: string; today: string }, Asset> = (view, { id, today }, { now }) => {
  const asset = findAsset(view, id);
  if (!asset) return gone();
  if (!asset.person || asset.person.consent.status !== 'given') return refuse(fill(msg('“{name}” has no consent to re-confirm.'), { name: asset.name }));
  const renewed: Asset = { ...asset, person: { ...asset.person, consent: { ...asset.person.consent, date: today } }, updatedAt: now };
  return ok({ change: { label: changeLabel(CHANGE_LABELS.reconfirm, { name: asset.name }), assets: { put: [renewed] } }, value: renewed });
};

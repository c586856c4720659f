import type { Asset } from '../model/asset';
import type { Change, RecordKind, RecordKinds } from '../model/change';
import type { Neighbourhood } from '../model/neighbourhood';
import type { TeamSettings } from '../model/settings';
import { neighbourhoodLocator } from '../geo/assign-neighbourhoods';
import type { Incoming } from './incoming';
import { stableText } from '../lib/stable-text';
import { teamRecord, TEAM_KINDS, type TeamKind } from './team-documents';
import { CHANGE_LABELS } from '../model/change-labels';

/** The records this device holds now, by kind. */
export type Holdings = { [K in RecordKind]: readonly RecordKinds[K][] };

/**
 * What a batch of checked team documents changes on this device: records that differ from the
 * ones held are put, deletions of held records remove them (with an asset's photos). Each asset's
 * neighbourhoods are derived here from the boundaries as they will be after the batch, and when a
 * boundary arrives every asset is placed again, so assignment follows the winning boundary.
 */
export function incomingChange(held: Holdings, batch: readonly Incoming[]): { change: Change; settings: TeamSettings | null } {
  const byId = Object.fromEntries(TEAM_KINDS.map((kind) => [kind, new Map<string, { id: string }>(held[kind].map((r) => [r.id, r]))])) as Record<TeamKind, Map<string, { id: string }>>;
  const puts = Object.fromEntries(TEAM_KINDS.map((kind) => [kind, new Map<string, { id: string }>()])) as Record<TeamKind, Map<string, { id: string }>>;
  const removes = Object.fromEntries(TEAM_KINDS.map((kind) => [kind, new Set<string>()])) as Record<TeamKind, Set<string>>;
  let settings: TeamSettings | null = null;
  for (const item of batch) {
    if (item.what === 'settings') {
      settings = item.settings;
      continue;
    }
    const current = byId[item.kind].get(item.id);
    if (item.what === 'deleted') {
      puts[item.kind].delete(item.id);
      if (current) removes[item.kind].add(item.id);
      continue;
    }
    removes[item.kind].delete(item.id);
    const same = current && stableText(teamRecord(item.kind, current as never)) === stableText(teamRecord(item.kind, item.record as never));
    if (same) puts[item.kind].delete(item.id);
    else puts[item.kind].set(item.id, item.record);
  }
  const boundariesMoved = puts.neighbourhoods.size > 0 || removes.neighbourhoods.size > 0;
  const boundaries = [...held.neighbourhoods.filter((n) => !removes.neighbourhoods.has(n.id) && !puts.neighbourhoods.has(n.id)), ...(puts.neighbourhoods.values() as Iterable<Neighbourhood>)];
  const locate = neighbourhoodLocator(boundaries);
  for (const record of puts.assets.values()) {
    const asset = record as Asset;
    puts.assets.set(asset.id, { ...asset, neighbourhoodIds: locate(asset.geometry) } as Asset);
  }
  if (boundariesMoved) {
    for (const asset of held.assets) {
      if (puts.assets.has(asset.id) || removes.assets.has(asset.id)) continue;
      const placed = locate(asset.geometry);
      if (stableText(placed) !== stableText(asset.neighbourhoodIds)) puts.assets.set(asset.id, { ...asset, neighbourhoodIds: placed } as Asset);
    }
  }
  const change: Change = { label: CHANGE_LABELS.fromTeam };
  for (const kind of TEAM_KINDS) {
    if (puts[kind].size === 0 && removes[kind].size === 0) continue;
    (change as Record<string, unknown>)[kind] = { put: [...puts[kind].values()], remove: [...removes[kind]] };
  }
  const photosGone = held.photos.filter((p) => removes.assets.has(p.assetId)).map((p) => p.id);
  if (photosGone.length > 0) change.photos = { remove: photosGone };
  return { change, settings };
}

/** Whether a change has anything in it. */
export const isEmptyChange = (change: Change): boolean => TEAM_KINDS.every((k) => !change[k]) && !change.photos;

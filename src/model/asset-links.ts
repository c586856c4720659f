import type { Asset } from './asset';
import { foldForMatch } from '../lib/fold';
import { msg } from '../lib/i18n/msg';

export type LinkRelation = Asset['links'][number]['relation'];

/** A link as seen from one asset: one it made ("meets in the hall"), or one made to it ("the group meets here"). */
export interface SeenLink {
  direction: 'to' | 'from';
  relation: LinkRelation;
  /** The asset at the other end; null when it was deleted. */
  other: Asset | null;
  otherId: string;
}

/** How a link reads from each end: "Meets in [St Mary's Hall]", "[Walking group] meets here". */
export const LINK_WORDS: Record<LinkRelation, { to: string; from: string }> = {
  'meets in': { to: msg('Meets in'), from: msg('meets here') },
  'run by': { to: msg('Run by'), from: msg('is run by this') },
  'part of': { to: msg('Part of'), from: msg('is part of this') },
  'works with': { to: msg('Works with'), from: msg('works with this') },
};

interface LinkIndex {
  byId: ReadonlyMap<string, Asset>;
  /** For each asset id, the links others made to it. */
  madeTo: ReadonlyMap<string, { from: Asset; relation: LinkRelation }[]>;
}

/**
 * One index per list of assets (the store hands out a new list on every change): opening a record
 * in a workspace of 100,000 then reads a few map entries, not every asset and every link.
 */
const indexes = new WeakMap<readonly Asset[], LinkIndex>();

function linkIndex(assets: readonly Asset[]): LinkIndex {
  const known = indexes.get(assets);
  if (known) return known;
  const byId = new Map<string, Asset>();
  const madeTo = new Map<string, { from: Asset; relation: LinkRelation }[]>();
  for (const asset of assets) {
    byId.set(asset.id, asset);
    for (const l of asset.links) {
      if (l.assetId === asset.id) continue;
      const list = madeTo.get(l.assetId);
      if (list) list.push({ from: asset, relation: l.relation });
      else madeTo.set(l.assetId, [{ from: asset, relation: l.relation }]);
    }
  }
  const index = { byId, madeTo };
  indexes.set(assets, index);
  return index;
}

/**
 * Builds the list's index ahead of need (the app does it when the list changes and the page is
 * idle), so the first record opened in a large workspace does not wait for it.
 */
export function prepareLinkIndex(assets: readonly Asset[]): void {
  linkIndex(assets);
}

/**
 * The asset with this id: from the list's index when it has been built (a map read), else by
 * walking the list, which for 100,000 records took about 10 ms on each selection.
 */
export function findAsset(assets: readonly Asset[], id: string | null | undefined): Asset | null {
  if (id === null || id === undefined) return null;
  const index = indexes.get(assets);
  return (index ? index.byId.get(id) : assets.find((a) => a.id === id)) ?? null;
}

/** The asset's links both ways: those it made, then those others made to it, each by the other's name. */
export function linksBothWays(asset: Asset, assets: readonly Asset[]): SeenLink[] {
  const { byId, madeTo } = linkIndex(assets);
  const made = asset.links.map((l): SeenLink => ({ direction: 'to', relation: l.relation, other: byId.get(l.assetId) ?? null, otherId: l.assetId }));
  const received = (madeTo.get(asset.id) ?? []).map(({ from, relation }): SeenLink => ({ direction: 'from', relation, other: from, otherId: from.id }));
  const byName = (a: SeenLink, b: SeenLink) => (a.other?.name ?? '').localeCompare(b.other?.name ?? '');
  return [...made.sort(byName), ...received.sort(byName)];
}

/**
 * Assets a link can point to, for the search in the form: every word typed is in the name (ignoring
 * case and accents), names starting with the first word first. Never the asset itself, nor a person.
 */
export function linkCandidates(assets: readonly Asset[], text: string, selfId: string | undefined, limit = 8): Asset[] {
  return assetsNamed(assets, text, (a) => isLinkCandidate(a, selfId), limit);
}

/** Whether a link may point to an asset: never to itself, nor to a person. */
export const isLinkCandidate = (asset: Asset, selfId: string | undefined): boolean => asset.id !== selfId && asset.category !== 'individuals';

/** Assets `accept`ed whose names hold every word typed, names starting with the first word first. */
export function assetsNamed(assets: readonly Asset[], text: string, accept: (asset: Asset) => boolean, limit = 8): Asset[] {
  const words = foldForMatch(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: { asset: Asset; starts: boolean; name: string }[] = [];
  for (const a of assets) {
    if (!accept(a)) continue;
    const name = foldForMatch(a.name);
    if (words.every((w) => name.includes(w))) hits.push({ asset: a, starts: name.startsWith(words[0] ?? ''), name });
  }
  hits.sort((x, y) => (x.starts === y.starts ? x.name.localeCompare(y.name) : x.starts ? -1 : 1));
  return hits.slice(0, limit).map((h) => h.asset);
}

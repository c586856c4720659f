import type { Asset } from './asset';
import type { LinkRelation } from './asset-links';
import { representativePoint } from './geometry';

/** One link drawn on the map, from the asset that made it to the one it names. */
export interface ConnectionLine {
  fromId: string;
  toId: string;
  relation: LinkRelation;
  /** A gentle arc, so that two links between the same pair (one each way) do not lie on each other. */
  coordinates: [number, number][];
}

/**
 * Points along an arc from `a` to `b`, bowed to the right of the direction of travel by `bend`
 * times the distance (a quadratic Bézier curve). Longitude is scaled by the latitude's cosine so the
 * bow is round on the map, not squashed.
 */
export function arc(a: readonly [number, number], b: readonly [number, number], bend = 0.16, segments = 16): [number, number][] {
  const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180) || 1;
  const dx = (b[0] - a[0]) * k;
  const dy = b[1] - a[1];
  const control: [number, number] = [(a[0] + b[0]) / 2 + (dy * bend) / k, (a[1] + b[1]) / 2 - dx * bend];
  const points: [number, number][] = [];
  for (let i = 0; i <= segments; i += 1) {
    const t = i / segments;
    const u = 1 - t;
    points.push([u * u * a[0] + 2 * u * t * control[0] + t * t * b[0], u * u * a[1] + 2 * u * t * control[1] + t * t * b[1]]);
  }
  return points;
}

/** The links between the given assets that can be drawn: both ends shown and placed. */
export function connectionLines(assets: readonly Asset[]): ConnectionLine[] {
  const places = new Map<string, [number, number]>();
  for (const a of assets) {
    if (!a.geometry) continue;
    const [lon, lat] = representativePoint(a.geometry);
    places.set(a.id, [lon, lat]);
  }
  const lines: ConnectionLine[] = [];
  for (const a of assets) {
    const from = places.get(a.id);
    if (!from) continue;
    for (const link of a.links) {
      const to = places.get(link.assetId);
      if (!to || link.assetId === a.id) continue;
      lines.push({ fromId: a.id, toId: link.assetId, relation: link.relation, coordinates: arc(from, to) });
    }
  }
  return lines;
}

export interface ConnectionSummary {
  /** Assets in the neighbourhood (people counted apart). */
  total: number;
  /** Of those, how many are linked to at least one other asset. */
  linked: number;
  /** Assets with no link either way: a prompt for the next conversation. People are only counted. */
  alone: Asset[];
  /** The assets that connect most others, most first (ties by name); people only when shown. */
  connectors: { asset: Asset; count: number }[];
  /** Those marked as community connectors, by name, with how many others they link with. */
  marked: { asset: Asset; count: number }[];
  people: { total: number; linked: number };
}

/**
 * How connected a neighbourhood's assets are: links either way count, to assets anywhere. People
 * are counted but named only when `showPeople` (personal data may be shown).
 */
export function connectionSummary(inArea: readonly Asset[], all: readonly Asset[], showPeople: boolean, top = 5): ConnectionSummary {
  const partners = new Map<string, Set<string>>();
  const meet = (x: string, y: string) => {
    if (x === y) return;
    (partners.get(x) ?? partners.set(x, new Set()).get(x))?.add(y);
    (partners.get(y) ?? partners.set(y, new Set()).get(y))?.add(x);
  };
  const known = new Set(all.map((a) => a.id));
  for (const a of all) for (const link of a.links) if (known.has(link.assetId)) meet(a.id, link.assetId);
  const named = inArea.filter((a) => showPeople || a.category !== 'individuals');
  const people = inArea.filter((a) => a.category === 'individuals');
  const degree = (a: Asset) => partners.get(a.id)?.size ?? 0;
  const byName = (x: Asset, y: Asset) => x.name.localeCompare(y.name);
  return {
    total: inArea.length - people.length,
    linked: inArea.filter((a) => a.category !== 'individuals' && degree(a) > 0).length,
    alone: named.filter((a) => degree(a) === 0).sort(byName),
    connectors: named
      .filter((a) => degree(a) > 0)
      .sort((x, y) => degree(y) - degree(x) || byName(x, y))
      .slice(0, top)
      .map((asset) => ({ asset, count: degree(asset) })),
    marked: inArea
      .filter((a) => a.connector)
      .sort(byName)
      .map((asset) => ({ asset, count: degree(asset) })),
    people: { total: people.length, linked: people.filter((a) => degree(a) > 0).length },
  };
}

/**
 * One line style per relation: Okabe–Ito colours (told apart with colour-blindness) and a dash
 * pattern each, so the relations stay apart on a greyscale print too.
 */
export const CONNECTION_STYLES: Record<LinkRelation, { colour: string; dash: readonly number[] | null; label: string }> = {
  'meets in': { colour: '#0072b2', dash: null, label: 'Meets in' },
  'run by': { colour: '#d55e00', dash: [3, 1.5], label: 'Run by' },
  'part of': { colour: '#009e73', dash: [1, 1.2], label: 'Part of' },
  'works with': { colour: '#7b3f8c', dash: [4, 1.5, 1, 1.5], label: 'Works with' },
};

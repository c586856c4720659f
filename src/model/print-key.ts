import type { Asset } from './asset';
import { CATEGORY_IDS, type CategoryId } from './categories';
import { representativePoint } from './geometry';
import { msg } from '../lib/i18n/msg';

export interface KeyEntry {
  number: number;
  assetId: string;
  name: string;
  category: CategoryId;
  type: string;
}

const byName = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/**
 * Numbers the assets a printed map shows, in the order a workshop reads the key: by category (in the
 * legend's order), then by name. The same workspace and choices always give the same numbers.
 */
export function numberAssets(assets: readonly Asset[]): KeyEntry[] {
  const order = new Map(CATEGORY_IDS.map((id, i) => [id, i]));
  return [...assets]
    .sort((a, b) => (order.get(a.category) ?? 0) - (order.get(b.category) ?? 0) || byName.compare(a.name, b.name) || a.id.localeCompare(b.id))
    .map((asset, i) => ({ number: i + 1, assetId: asset.id, name: asset.name, category: asset.category, type: asset.type }));
}

/** People counted per neighbourhood, for prints that show individuals only as numbers; `elsewhere` marks the row of those in none. */
export function peopleCounts(assets: readonly Asset[], neighbourhoods: readonly { id: string; name: string }[]): { name: string; count: number; elsewhere?: true }[] {
  const people = assets.filter((a) => a.category === 'individuals');
  const rows = neighbourhoods.map((n) => ({ name: n.name, count: people.filter((p) => p.neighbourhoodIds.includes(n.id)).length }));
  const elsewhere = people.filter((p) => p.neighbourhoodIds.length === 0).length;
  return elsewhere > 0 ? [...rows, { name: msg('Not in a neighbourhood'), count: elsewhere, elsewhere: true }] : rows;
}

/** The assets a print shows: located inside the area, of the chosen categories; people only if asked. */
export function assetsForPrint(assets: readonly Asset[], area: readonly [number, number, number, number], categories: ReadonlySet<CategoryId>, includePeople: boolean): Asset[] {
  const [west, south, east, north] = area;
  return assets.filter((a) => {
    if (!a.geometry || !categories.has(a.category)) return false;
    if (a.category === 'individuals' && !includePeople) return false;
    const [x, y] = representativePoint(a.geometry);
    return x >= west && x <= east && y >= south && y <= north;
  });
}

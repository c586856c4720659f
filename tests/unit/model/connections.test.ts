import { describe, expect, it } from 'vitest';
import { AssetSchema, type Asset, type AssetInput } from '../../../src/model/asset';
import { arc, connectionLines, connectionSummary } from '../../../src/model/connections';
import { makeAsset } from '../factories';

const at = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] as [number, number] });
const asset = (overrides: Partial<AssetInput>): Asset => AssetSchema.parse(makeAsset(overrides));

const hall = asset({ name: 'Hall', category: 'physical', geometry: at(-2.3, 53.45) });
const choir = asset({ name: 'Choir', category: 'associations', geometry: at(-2.31, 53.451), links: [{ assetId: hall.id, relation: 'meets in' }] });
const club = asset({
  name: 'Lunch club',
  category: 'associations',
  geometry: at(-2.305, 53.449),
  links: [
    { assetId: hall.id, relation: 'meets in' },
    { assetId: choir.id, relation: 'works with' },
  ],
});
const shop = asset({ name: 'Shop', category: 'economic', geometry: at(-2.302, 53.452) });
const cook = asset({
  name: 'Gloria M.',
  category: 'individuals',
  geometry: null,
  links: [{ assetId: club.id, relation: 'part of' }],
  person: { consent: { status: 'given', date: '2026-01-10', purpose: 'Lunch club' }, exactLocation: false },
});
const quiet = asset({ name: 'Sam P.', category: 'individuals', geometry: null, person: { consent: { status: 'given', date: '2026-01-10', purpose: 'x' }, exactLocation: false } });
const elsewhere = asset({ name: 'Library', category: 'institutions', geometry: at(-2.4, 53.5), links: [{ assetId: shop.id, relation: 'works with' }] });

describe('connections between assets', () => {
  it('draws a link only when both ends are shown and placed, as an arc from one to the other', () => {
    const lines = connectionLines([hall, choir, club, cook, shop]);
    expect(lines.map((l) => `${l.fromId === choir.id ? 'choir' : 'club'} ${l.relation}`)).toEqual(['choir meets in', 'club meets in', 'club works with']);
    const [first] = lines;
    expect(first?.coordinates[0]).toEqual([-2.31, 53.451]);
    expect(first?.coordinates.at(-1)).toEqual([-2.3, 53.45]);
    // Bowed: the middle point is off the straight line, so a link back the other way is not drawn over it.
    const there = arc([0, 53], [0.01, 53]);
    const back = arc([0.01, 53], [0, 53]);
    expect(there[8]?.[1]).not.toBeCloseTo(53, 6);
    expect(Math.sign((there[8]?.[1] ?? 0) - 53)).toBe(-Math.sign((back[8]?.[1] ?? 0) - 53));
  });

  it('counts who is linked, who stands alone and who connects most; people are counted but named only when asked', () => {
    const all = [hall, choir, club, shop, cook, quiet, elsewhere];
    const inArea = [hall, choir, club, shop, cook, quiet];
    const summary = connectionSummary(inArea, all, false);
    expect(summary.total).toBe(4);
    // The shop is linked from the library in another neighbourhood: links to anywhere count.
    expect(summary.linked).toBe(4);
    expect(summary.alone).toEqual([]);
    expect(summary.connectors.map((c) => [c.asset.name, c.count])).toEqual([
      ['Lunch club', 3],
      ['Choir', 2],
      ['Hall', 2],
      ['Shop', 1],
    ]);
    expect(summary.people).toEqual({ total: 2, linked: 1 });
    const marked = connectionSummary([{ ...club, connector: true }, hall], all, false).marked;
    expect(marked.map((m) => [m.asset.name, m.count])).toEqual([['Lunch club', 3]]);
    const named = connectionSummary(inArea, all, true);
    expect(named.alone.map((a) => a.name)).toEqual(['Sam P.']);
    expect(connectionSummary([shop], [shop], false).alone.map((a) => a.name)).toEqual(['Shop']);
  });
});

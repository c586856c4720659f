import { describe, expect, it } from 'vitest';
import { investmentByDecile, investmentByNeighbourhood, needLayerOf, placeInvestments } from '../../../src/geo/investment-need';
import { OverlaySchema } from '../../../src/model/overlay';
import { AssetSchema } from '../../../src/model/asset';
import { makeAsset } from '../factories';
import { grant, pointInDecile, traffordDeprivation, traffordWards } from '../io/investment-fixtures';
import { area, square } from '../actions/intents/fixtures';

describe('where the money went, against need', () => {
  it('finds each grant’s ward and LSOA from the recipient’s place (Trafford, IMD 2019), and sums £ by decile', () => {
    const wards = traffordWards();
    const imd = traffordDeprivation();
    const layer = needLayerOf([imd]);
    expect(layer).toMatchObject({ decileField: 'imd_decile', populationField: null });
    const poor = pointInDecile(imd, 1);
    const rich = pointInDecile(imd, 10);
    const club = AssetSchema.parse(makeAsset({ name: 'Boxing club', category: 'associations', geometry: { type: 'Point', coordinates: poor.at } }));
    const grants = [
      grant({ recipient: { assetId: club.id }, amountPence: 100_000 }),
      grant({ recipient: { assetId: club.id }, amountPence: 50_050, status: 'completed' }),
      grant({ recipient: { name: 'Friends of the park', at: rich.at }, amountPence: 20_000 }),
      grant({ recipient: { name: 'Somewhere unknown' }, amountPence: 7_000 }),
      grant({ recipient: { assetId: club.id }, amountPence: 999_999, status: 'withdrawn' }),
    ];
    const placed = placeInvestments(grants, [club], wards, layer);
    expect(placed[0]?.smallArea?.code).toBe(poor.code);
    expect(placed[0]?.neighbourhoodIds).toHaveLength(1);
    expect(placed[3]).toMatchObject({ at: null, neighbourhoodIds: [], smallArea: null });
    const byDecile = investmentByDecile(placed);
    expect(byDecile[0]).toEqual({ decile: 1, totalPence: 150_050, count: 2 });
    expect(byDecile[9]).toEqual({ decile: 10, totalPence: 20_000, count: 1 });
    expect(byDecile[10]).toEqual({ decile: null, totalPence: 7_000, count: 1 });
    // Every awarded penny is in exactly one decile bar (the withdrawn grant in none).
    expect(byDecile.reduce((s, r) => s + r.totalPence, 0)).toBe(177_050);
    const rows = investmentByNeighbourhood(placed, wards, layer);
    const poorWard = rows.find((r) => r.neighbourhood?.id === placed[0]?.neighbourhoodIds[0]);
    expect(poorWard).toMatchObject({ totalPence: 150_050, count: 2, population: null, perThousandPence: null });
    expect(poorWard?.decile).toBeGreaterThanOrEqual(1);
    expect(rows[rows.length - 1]).toMatchObject({ neighbourhood: null, totalPence: 7_000, count: 1 });
  });

  it('works out £ per 1,000 residents and the residents’ median decile where the layer counts them', () => {
    const n = area({ name: 'Two areas', geometry: square(0, 0, 2) });
    const overlay = OverlaySchema.parse({
      id: '00000000-0000-4000-8000-000000000001',
      name: 'Small areas',
      areas: [
        { code: 'A', geometry: square(0, 0, 1), values: { imd_decile: 2, population: 1500 } },
        { code: 'B', geometry: square(1, 0, 1), values: { imd_decile: 9, population: 500 } },
        { code: 'C', geometry: square(5, 5, 1), values: { imd_decile: 1, population: 9000 } },
      ],
      createdAt: '2026-11-29T09:00:00.000Z',
      updatedAt: '2026-11-29T09:00:00.000Z',
    });
    const layer = needLayerOf([overlay]);
    expect(layer?.populationField).toBe('population');
    const placed = placeInvestments([grant({ recipient: { name: 'G', at: [1.5, 0.5] }, amountPence: 300_000 })], [], [n], layer);
    expect(placed[0]?.smallArea).toEqual({ code: 'B', name: '', decile: 9, population: 500 });
    const [row] = investmentByNeighbourhood(placed, [n], layer);
    // 2,000 residents (C's middle is outside); £3,000 is £1,500 per 1,000; three quarters live in decile 2.
    expect(row).toMatchObject({ totalPence: 300_000, count: 1, population: 2000, perThousandPence: 150_000, decile: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { AssetSchema } from '../../../src/model/asset';
import { EMPTY_QUERY, matchesQuery } from '../../../src/model/asset-query';
import { CoverageQuestionSchema, countsForQuestion, describeQuestion } from '../../../src/model/coverage';
import { NeighbourhoodSchema } from '../../../src/model/neighbourhood';
import { representativePoint, type AreaGeometry, type Position } from '../../../src/model/geometry';
import { neighbourhoodsContaining } from '../../../src/geo/assign-neighbourhoods';
import { analyseCoverage } from '../../../src/geo/coverage/analyse-coverage';
import { makeAsset, makeNeighbourhood } from '../factories';

const cafe = AssetSchema.parse(makeAsset({ name: 'Café Nero', category: 'economic', type: 'café', tags: ['Crèche'], cost: 'paid' }));

describe('one rule where two copies disagreed', () => {
  it('"cafe" finds "café" in the asset list and in a coverage question alike', () => {
    expect(matchesQuery(cafe, { ...EMPTY_QUERY, type: 'cafe' })).toBe(true);
    expect(matchesQuery(cafe, { ...EMPTY_QUERY, tag: 'creche' })).toBe(true);
    expect(countsForQuestion(cafe, CoverageQuestionSchema.parse({ distance: 800, types: ['cafe'] }))).toBe(true);
    expect(countsForQuestion(cafe, CoverageQuestionSchema.parse({ distance: 800, tags: [' CRECHE '] }))).toBe(true);
    expect(countsForQuestion(cafe, CoverageQuestionSchema.parse({ distance: 800, types: ['pub'] }))).toBe(false);
  });

  it('describes a question by the costs it asks for, not by how many it asks for', () => {
    const describe = (costs: string[]) => describeQuestion(CoverageQuestionSchema.parse({ distance: 800, categories: ['physical'], statuses: [], costs }));
    expect(describe(['paid'])).toBe('paid physical spaces within 800 m');
    expect(describe(['free'])).toBe('free physical spaces within 800 m');
    expect(describe(['free', 'low'])).toBe('free or low-cost physical spaces within 800 m');
    expect(describe(['low', 'paid'])).toBe('low-cost or paid physical spaces within 800 m');
    expect(describe(['free', 'low', 'paid'])).toBe('physical spaces within 800 m');
    expect(describe([])).toBe('physical spaces within 800 m');
  });
});

describe('one place for a site', () => {
  // Two neighbourhoods side by side, split at longitude -2.30.
  const polygon = (ring: number[][]): AreaGeometry => ({ type: 'Polygon', coordinates: [ring as Position[]] });
  const square = (west: number, east: number) =>
    polygon([
      [west, 53.4],
      [east, 53.4],
      [east, 53.42],
      [west, 53.42],
      [west, 53.4],
    ]);
  const west = NeighbourhoodSchema.parse(makeNeighbourhood({ name: 'West', geometry: square(-2.32, -2.3) }));
  const east = NeighbourhoodSchema.parse(makeNeighbourhood({ name: 'East', geometry: square(-2.3, -2.28) }));
  // A park across the boundary: its first corner is in West, almost all of it in East.
  const park = polygon([
    [-2.301, 53.405],
    [-2.285, 53.405],
    [-2.285, 53.415],
    [-2.301, 53.415],
    [-2.301, 53.405],
  ]);

  it('counts a park on a boundary in the same neighbourhood in the coverage table and the neighbourhood list', () => {
    expect(neighbourhoodsContaining(park, [west, east])).toEqual([east.id]);
    const answer = analyseCoverage({ areas: [west, east].map((n) => ({ id: n.id, name: n.name, code: '', geometry: n.geometry })), points: new Float64Array(), sites: [park], distance: 400 });
    expect(Object.fromEntries(answer.areas.map((a) => [a.name, a.assetsInside]))).toEqual({ West: 0, East: 1 });
  });

  it('stands a crescent-shaped site on its own ground, not in the hollow its corners surround', () => {
    // A "U": the mean of its corners falls in the open middle, outside the site.
    const u = polygon([
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ]);
    const [x, y] = representativePoint(u);
    const inArm = (x > 0 && x < 1) || (x > 2 && x < 3) || (y > 0 && y < 1);
    expect(inArm).toBe(true);
    expect(
      representativePoint(
        polygon([
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ]),
      ),
    ).toEqual([1, 1]);
  });
});

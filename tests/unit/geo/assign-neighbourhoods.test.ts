import { describe, expect, it } from 'vitest';
import { neighbourhoodLocator, neighbourhoodsContaining } from '../../../src/geo/assign-neighbourhoods';
import { NeighbourhoodSchema } from '../../../src/model/neighbourhood';

const square = (id: string, x0: number, size: number) =>
  NeighbourhoodSchema.parse({
    id,
    name: id,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, 0],
          [x0 + size, 0],
          [x0 + size, size],
          [x0, size],
          [x0, 0],
        ],
      ],
    },
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
  });
const west = square('0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', 0, 2);
const overlap = square('1b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', 1, 2);

describe('neighbourhood assignment', () => {
  it('finds every neighbourhood a point lies in, overlaps included, and none for people without a place', () => {
    const locate = neighbourhoodLocator([west, overlap]);
    expect(locate({ type: 'Point', coordinates: [0.5, 0.5] })).toEqual([west.id]);
    expect(locate({ type: 'Point', coordinates: [1.5, 0.5] })).toEqual([west.id, overlap.id]);
    expect(locate({ type: 'Point', coordinates: [5, 5] })).toEqual([]);
    expect(locate(null)).toEqual([]);
  });

  it('places a site by its representative point', () => {
    const site = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [2.5, 0.5],
          [2.9, 0.5],
          [2.9, 0.9],
          [2.5, 0.9],
          [2.5, 0.5],
        ],
      ] as [number, number][][],
    };
    expect(neighbourhoodsContaining(site, [west, overlap])).toEqual([overlap.id]);
  });
});

import type { AssetInput } from '../../src/model/asset';
import type { NeighbourhoodInput } from '../../src/model/neighbourhood';
import { newId } from '../../src/lib/id';

const NOW = '2026-11-22T10:00:00.000Z';

/** A valid asset, with any field overridden. */
export function makeAsset(overrides: Partial<AssetInput> = {}): AssetInput {
  return {
    id: newId(),
    name: 'Gorse Hill Park',
    category: 'physical',
    type: 'park',
    geometry: { type: 'Point', coordinates: [-2.3, 53.45] },
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

/** A valid square neighbourhood, with any field overridden. */
export function makeNeighbourhood(overrides: Partial<NeighbourhoodInput> = {}): NeighbourhoodInput {
  return {
    id: newId(),
    name: 'Gorse Hill',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [-2.31, 53.44],
          [-2.29, 53.44],
          [-2.29, 53.46],
          [-2.31, 53.46],
          [-2.31, 53.44],
        ],
      ],
    },
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

/** A figure-of-eight on the unit square: it crosses itself once, at (0.5, 0.5); its two loops make a valid repair. */
export const BOW_TIE = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ],
  ],
} as const;

import { describe, expect, it } from 'vitest';
import { bboxOfCoordinates, bboxOfRecords, unionBBox } from '../../../src/lib/bbox';

describe('bounding boxes', () => {
  it('spans a point, a ring and nested polygons', () => {
    expect(bboxOfCoordinates([-2.3, 53.4])).toEqual([-2.3, 53.4, -2.3, 53.4]);
    expect(
      bboxOfCoordinates([
        [
          [-2.4, 53.3],
          [-2.1, 53.3],
          [-2.1, 53.5],
          [-2.4, 53.3],
        ],
      ]),
    ).toEqual([-2.4, 53.3, -2.1, 53.5]);
    expect(
      bboxOfCoordinates([
        [
          [
            [0, 1],
            [2, 3],
          ],
        ],
        [
          [
            [-5, 4],
            [1, -1],
          ],
        ],
      ]),
    ).toEqual([-5, -1, 2, 4]);
  });

  it('is null for nothing to span', () => {
    expect(bboxOfCoordinates([])).toBeNull();
    expect(bboxOfCoordinates('not coordinates')).toBeNull();
    expect(bboxOfRecords([{ geometry: null }])).toBeNull();
  });

  it('spans many records, skipping those without a place, without changing them', () => {
    const records = [
      { geometry: { type: 'Point', coordinates: [-2.35, 53.42] } },
      { geometry: null },
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-2.4, 53.41],
              [-2.3, 53.41],
              [-2.3, 53.45],
              [-2.4, 53.41],
            ],
          ],
        },
      },
      { geometry: { type: 'Point', coordinates: [-2.2, 53.39] } },
    ];
    const before = JSON.stringify(records);
    expect(bboxOfRecords(records)).toEqual([-2.4, 53.39, -2.2, 53.45]);
    expect(JSON.stringify(records)).toBe(before);
  });

  it('joins two boxes, either of which may be missing', () => {
    expect(unionBBox([0, 0, 1, 1], [-1, 0.5, 0.5, 2])).toEqual([-1, 0, 1, 2]);
    expect(unionBBox(null, [0, 0, 1, 1])).toEqual([0, 0, 1, 1]);
    expect(unionBBox(null, null)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { pointInArea } from '../../../src/geo/point-in-polygon';
import { representativePoint, type AreaGeometry } from '../../../src/model/geometry';

const square = (x0: number, y0: number, size: number) =>
  [
    [x0, y0],
    [x0 + size, y0],
    [x0 + size, y0 + size],
    [x0, y0 + size],
    [x0, y0],
  ] as [number, number][];

describe('pointInArea', () => {
  const withHole: AreaGeometry = { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] };
  const twoParts: AreaGeometry = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]] };

  it('finds points inside and outside a polygon', () => {
    expect(pointInArea([1, 1], withHole)).toBe(true);
    expect(pointInArea([11, 1], withHole)).toBe(false);
  });

  it('treats a hole as outside', () => {
    expect(pointInArea([5, 5], withHole)).toBe(false);
    expect(pointInArea([3.9, 5], withHole)).toBe(true);
  });

  it('counts any part of a MultiPolygon', () => {
    expect(pointInArea([5.5, 5.5], twoParts)).toBe(true);
    expect(pointInArea([0.5, 0.5], twoParts)).toBe(true);
    expect(pointInArea([3, 3], twoParts)).toBe(false);
  });
});

describe('representativePoint', () => {
  it('is the point itself or the mean of the outer corners', () => {
    expect(representativePoint({ type: 'Point', coordinates: [1, 2] })).toEqual([1, 2]);
    expect(representativePoint({ type: 'Polygon', coordinates: [square(0, 0, 2)] })).toEqual([1, 1]);
  });
});

describe('moveGeometryTo', () => {
  it('moves a point, and shifts a site whole so its shape is kept', async () => {
    const { moveGeometryTo } = await import('../../../src/model/geometry');
    expect(moveGeometryTo({ type: 'Point', coordinates: [1, 1] }, [2, 3])).toEqual({ type: 'Point', coordinates: [2, 3] });
    const moved = moveGeometryTo({ type: 'Polygon', coordinates: [square(0, 0, 2)] }, [11, 21]);
    expect(moved).toEqual({ type: 'Polygon', coordinates: [square(10, 20, 2)] });
  });
});

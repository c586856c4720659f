import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { area } from '@turf/turf';
import { checkBoundary, findCrossings } from '../../../src/geo/check-boundary';
import { repairBoundary } from '../../../src/geo/repair-boundary';
import { BOW_TIE } from '../factories';
import { pointInArea } from '../../../src/geo/point-in-polygon';

const bowTie = BOW_TIE;

describe('boundary checks', () => {
  it('reports where a bow-tie crosses itself and offers a repair made of its two loops', () => {
    const result = checkBoundary(bowTie, repairBoundary);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.crossings).toHaveLength(1);
    expect(result.error.crossings[0]![0]).toBeCloseTo(0.5, 10);
    expect(result.error.crossings[0]![1]).toBeCloseTo(0.5, 10);
    expect(result.error.message).toContain('crosses itself at one place');
    expect(result.error.message).toContain('0.50000, 0.50000');
    const repaired = result.error.repaired;
    expect(repaired?.type).toBe('MultiPolygon');
    if (repaired?.type !== 'MultiPolygon') return;
    expect(repaired.coordinates).toHaveLength(2);
    // The two triangles cover the bow-tie's area (1/4 + 1/4 of the unit square) and each is simple.
    const total = area({ type: 'Feature', properties: {}, geometry: repaired });
    const square = area({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      },
    });
    expect(total / square).toBeCloseTo(0.5, 2);
    expect(checkBoundary(repaired).ok).toBe(true);
    // Without the repair loaded (the app's first load), the fault is the same and no repair is offered.
    const unrepaired = checkBoundary(bowTie);
    expect(!unrepaired.ok && unrepaired.error).toMatchObject({ message: result.error.message, crossings: result.error.crossings });
    expect(!unrepaired.ok && unrepaired.error.repaired).toBeUndefined();
    // The loops are the left and right triangles; the top and bottom were never inside.
    expect(pointInArea([0.2, 0.5], repaired)).toBe(true);
    expect(pointInArea([0.8, 0.5], repaired)).toBe(true);
    expect(pointInArea([0.5, 0.2], repaired)).toBe(false);
  });

  it('closes an unclosed ring, drops repeated corners, and says so', () => {
    const result = checkBoundary({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.geometry.coordinates).toEqual([
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ]);
    expect(result.value.notices).toEqual(['Repeated corners (the same point twice in a row) were removed.', 'A ring that did not end where it started was closed.']);
  });

  it('refuses fewer than three distinct corners', () => {
    const result = checkBoundary({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [0, 0],
          [1, 1],
        ],
      ],
    });
    expect(result).toMatchObject({ ok: false, error: { message: 'A boundary needs at least 3 distinct corners; one ring has only 2.' } });
  });

  it('reports a hole that crosses its outer ring', () => {
    const result = checkBoundary({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
        [
          [3, 1],
          [5, 1],
          [5, 2],
          [3, 2],
          [3, 1],
        ],
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.crossings.map((p) => p.join())).toEqual(expect.arrayContaining(['4,1', '4,2']));
  });

  it('refuses what is not a polygon with a specific reason', () => {
    expect(checkBoundary({ type: 'Point', coordinates: [0, 0] })).toMatchObject({ ok: false, error: { message: 'A boundary must be a Polygon or MultiPolygon, not Point.' } });
    expect(checkBoundary({ type: 'Polygon', coordinates: [[['a', 0]]] })).toMatchObject({ ok: false });
    expect(checkBoundary(null)).toMatchObject({ ok: false, error: { message: 'The boundary has no geometry.' } });
  });

  it('passes every full-resolution Trafford ward, keeping MultiPolygons and holes', () => {
    const wards = JSON.parse(readFileSync('tests/fixtures/trafford/boundaries/trafford_ward_2023_full_resolution.geojson', 'utf8')) as {
      features: { geometry: { type: string; coordinates: unknown } }[];
    };
    for (const ward of wards.features) {
      const result = checkBoundary(ward.geometry);
      expect(result.ok ? 'ok' : result.error.message).toBe('ok');
      if (result.ok) expect(result.value.geometry.type).toBe(ward.geometry.type);
    }
  });

  it('finds no crossing where neighbouring edges merely share a corner', () => {
    expect(
      findCrossings([
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [1, 1],
          [0, 2],
          [0, 0],
        ],
      ]),
    ).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AreaGeometrySchema, type AreaGeometry } from '../../../src/model/geometry';
import { NeighbourhoodSchema, type Neighbourhood } from '../../../src/model/neighbourhood';
import { pointInArea } from '../../../src/geo/point-in-polygon';
import { prepareArea } from '../../../src/geo/prepared-area';
import { buildAreaIndex } from '../../../src/geo/area-index';
import { reassignNear } from '../../../src/geo/assign-neighbourhoods';
import { seededRandom } from '../../../src/lib/random';
import { makeAsset, makeNeighbourhood } from '../factories';

const TRAFFORD = 'tests/fixtures/trafford/boundaries';
const areasOf = (file: string): { id: string; geometry: AreaGeometry }[] =>
  (JSON.parse(readFileSync(`${TRAFFORD}/${file}`, 'utf8')) as { features: { properties: { area_code: string }; geometry: unknown }[] }).features.map((f) => ({
    id: f.properties.area_code,
    geometry: AreaGeometrySchema.parse(f.geometry),
  }));

const square = (x0: number, y0: number, size: number): number[][] => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];

describe('prepared areas (banded point-in-polygon)', () => {
  it('agrees with plain ray casting on 1,500 random points against the full-resolution Trafford wards', () => {
    const wards = areasOf('trafford_ward_2023_full_resolution.geojson');
    const random = seededRandom(7);
    const prepared = wards.map((w) => prepareArea(w.geometry));
    let inside = 0;
    const disagreements: string[] = [];
    for (let i = 0; i < 1500; i += 1) {
      const p: [number, number] = [-2.48 + random() * 0.25, 53.35 + random() * 0.14];
      wards.forEach((w, k) => {
        const expected = pointInArea(p, w.geometry);
        if (prepared[k]!.contains(p[0], p[1]) !== expected) disagreements.push(`${w.id} at ${p.join(',')}`);
        if (expected) inside += 1;
      });
    }
    expect(disagreements).toEqual([]);
    expect(inside).toBeGreaterThan(600); // the sample really lands in the wards
  }, 30_000);

  it('leaves holes out and counts every part of a MultiPolygon', () => {
    const withHole = prepareArea({ type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] as [number, number][][] });
    expect(withHole.contains(1, 1)).toBe(true);
    expect(withHole.contains(5, 5)).toBe(false);
    const multi = prepareArea({ type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]] as [number, number][][][] });
    expect(multi.contains(0.5, 0.5)).toBe(true);
    expect(multi.contains(5.5, 5.5)).toBe(true);
    expect(multi.contains(3, 3)).toBe(false);
  });
});

describe('area index', () => {
  it('finds the one LSOA holding each postcode-like point, as brute force does', () => {
    const lsoas = areasOf('trafford_lsoa_2011_generalised.geojson');
    const index = buildAreaIndex(lsoas);
    const random = seededRandom(11);
    let found = 0;
    const disagreements: string[] = [];
    for (let i = 0; i < 2000; i += 1) {
      const p: [number, number] = [-2.45 + random() * 0.2, 53.36 + random() * 0.12];
      const got = index.locate(p).join();
      const expected = lsoas
        .filter((a) => pointInArea(p, a.geometry))
        .map((a) => a.id)
        .join();
      if (got !== expected) disagreements.push(`${p.join(',')}: ${got} vs ${expected}`);
      if (expected) found += 1;
    }
    expect(disagreements).toEqual([]);
    expect(found).toBeGreaterThan(500);
  }, 30_000);

  it('returns nothing when there are no areas', () => {
    expect(buildAreaIndex([]).locate([0, 0])).toEqual([]);
  });
});

describe('re-assigning assets after a boundary edit', () => {
  const area = (id: string, x0: number): Neighbourhood =>
    NeighbourhoodSchema.parse(makeNeighbourhood({ id, name: id, geometry: { type: 'Polygon', coordinates: [square(x0, 0, 1)] as [number, number][][] } }));
  const west = area('0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d41', 0);
  const east = area('0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d42', 10);
  const grid = Array.from({ length: 400 }, (_, i) => {
    const x = (i % 40) * 0.3;
    const y = Math.floor(i / 40) * 0.1 + 0.05;
    const located = [west, east].filter((n) => pointInArea([x, y], n.geometry)).map((n) => n.id);
    return { ...makeAsset({ geometry: { type: 'Point', coordinates: [x, y] } }), neighbourhoodIds: located };
  });

  it('tests only the assets near the changed boundary and reports those whose neighbourhoods changed', () => {
    const widened: Neighbourhood = { ...west, geometry: { type: 'Polygon', coordinates: [square(0, 0, 2)] as [number, number][][] } };
    const result = reassignNear(grid, [widened, east], [west.geometry, widened.geometry]);
    expect(result.tested).toBeLessThan(grid.length / 4);
    const expected = grid.filter((a) => {
      const [x, y] = (a.geometry as { coordinates: number[] }).coordinates as [number, number];
      return pointInArea([x, y], widened.geometry) && !a.neighbourhoodIds.includes(west.id);
    });
    expect(result.changed.map((a) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
    expect(result.changed.length).toBeGreaterThan(0);
    for (const a of result.changed) expect(a.neighbourhoodIds).toEqual([widened.id]);
  });

  it('clears the neighbourhood from assets when its boundary is deleted', () => {
    const result = reassignNear(grid, [east], [west.geometry]);
    const before = grid.filter((a) => a.neighbourhoodIds.includes(west.id));
    expect(before.length).toBeGreaterThan(0);
    expect(result.changed.map((a) => a.id).sort()).toEqual(before.map((a) => a.id).sort());
    for (const a of result.changed) expect(a.neighbourhoodIds).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overlappingAreas } from '../../../src/geo/overlaps';
import { AreaGeometrySchema } from '../../../src/model/geometry';

const square = (x0: number, size: number) =>
  AreaGeometrySchema.parse({
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
  });

describe('overlapping neighbourhoods', () => {
  it('finds areas that overlap, and not those that only share an edge', () => {
    const result = overlappingAreas([
      { id: 'a', geometry: square(0, 0.01) },
      { id: 'b', geometry: square(0.005, 0.01) },
      { id: 'c', geometry: square(0.015, 0.01) },
    ]);
    expect(result.get('a')).toEqual(['b']);
    expect(result.get('b')).toEqual(['a']);
    expect(result.get('c')).toEqual([]);
  });

  it('finds no overlaps among the 21 Trafford wards, which tile the borough', () => {
    const wards = (
      JSON.parse(readFileSync('tests/fixtures/trafford/boundaries/trafford_ward_2023_full_resolution.geojson', 'utf8')) as { features: { properties: { area_code: string }; geometry: unknown }[] }
    ).features;
    const start = performance.now();
    const result = overlappingAreas(wards.map((w) => ({ id: w.properties.area_code, geometry: AreaGeometrySchema.parse(w.geometry) })));
    console.log(`overlaps of 21 full-resolution wards: ${(performance.now() - start).toFixed(0)} ms`);
    expect([...result.values()].flat()).toEqual([]);
  }, 30_000);
});

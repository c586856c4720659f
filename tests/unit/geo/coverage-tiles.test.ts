import { describe, expect, it } from 'vitest';
import { analyseCoverage, type CoverageRequest } from '../../../src/geo/coverage/analyse-coverage';
import { mergeTiles, splitIntoTiles } from '../../../src/geo/coverage/tiles';
import { describeMethod } from '../../../src/model/coverage';
import { seededRandom } from '../../../src/lib/random';
import type { AreaGeometry } from '../../../src/model/geometry';

/** A 6 × 4 grid of 1.5 km square areas near Manchester, and clustered points over them. */
function region(): CoverageRequest {
  const areas = [];
  for (let r = 0; r < 4; r += 1) {
    for (let c = 0; c < 6; c += 1) {
      const [w, s] = [-2.4 + c * 0.0225, 53.4 + r * 0.0135];
      const geometry: AreaGeometry = {
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [w + 0.0225, s],
            [w + 0.0225, s + 0.0135],
            [w, s + 0.0135],
            [w, s],
          ],
        ],
      };
      areas.push({ id: `a${r}${c}`, name: `Area ${r}${c}`, geometry });
    }
  }
  const random = seededRandom(3);
  const points: number[] = [];
  for (let i = 0; i < 300; i += 1) points.push(-2.4 + random() * 0.135, 53.4 + random() * 0.054);
  return { areas, points: Float64Array.from(points), sites: [], distance: 400, withoutSurface: true, cellSize: 10 };
}

describe('coverage in tiles', () => {
  it('answers each area once, with the assets inside it and its covered share as one grid does', () => {
    const request = region();
    const tiles = splitIntoTiles(request, 3_000);
    expect(tiles.length).toBeGreaterThan(4);
    // Each tile carries only the points within reach of its own areas.
    expect(Math.max(...tiles.map((t) => t.points.length))).toBeLessThan(request.points.length);
    const merged = mergeTiles(tiles.map(analyseCoverage), request.distance);
    const whole = analyseCoverage(request);
    expect(merged.areas.map((a) => a.id).sort()).toEqual(request.areas.map((a) => a.id).sort());
    for (const area of whole.areas) {
      const tiled = merged.areas.find((a) => a.id === area.id)!;
      expect(tiled.assetsInside, area.name).toBe(area.assetsInside);
      // Two grids on planes centred a few km apart sample cell centres differently: within 0.5 pp.
      expect(Math.abs(tiled.coveredShare - area.coveredShare), area.name).toBeLessThan(0.005);
    }
    expect(merged.gaps).toHaveLength(request.areas.length);
    expect(merged.method.cellSize).toBe(10);
    // No surface was drawn, so the method names none (it once promised hexagons the command line never drew).
    expect(describeMethod(merged.method)).toBe('Straight-line distance 400 m; covered share counted on a 10 m grid (each cell centre tested exactly)');
    const withSurface = analyseCoverage({ ...tiles[0]!, withoutSurface: false });
    expect(withSurface.surface.distances.length).toBeGreaterThan(0);
    expect(describeMethod(withSurface.method)).toMatch(new RegExp(`; distance surface in ${withSurface.method.hexSize} m hexagons$`));
  });
});

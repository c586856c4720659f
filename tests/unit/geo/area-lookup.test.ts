import { describe, expect, it } from 'vitest';
import { areaLookup, planeAreaLocator } from '../../../src/geo/coverage/area-lookup';
import { buildAreaIndex } from '../../../src/geo/area-index';
import { localPlaneFor, toLat, toLon, toPlaneX, toPlaneY } from '../../../src/geo/coverage/local-plane';
import { planeRings } from '../../../src/geo/coverage/plane-geometry';
import type { AreaGeometry, Position } from '../../../src/model/geometry';
import { gridOver } from '../../../src/geo/coverage/grid';
import type { PlaneRing } from '../../../src/geo/coverage/polygon-cells';
import { seededRandom } from '../../../src/lib/random';

/** Even-odd point in rings: the exact answer the raster must agree with. */
function inside(rings: readonly PlaneRing[], x: number, y: number): boolean {
  let odd = false;
  for (const ring of rings) {
    const n = ring.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i, i += 1) {
      const [ax, ay, bx, by] = [ring[2 * i]!, ring[2 * i + 1]!, ring[2 * j]!, ring[2 * j + 1]!];
      if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) odd = !odd;
    }
  }
  return odd;
}

/** A star-shaped ring with sharp narrow spikes: edges that cut blocks between their centres. */
function star(cx: number, cy: number, points: number, outer: number, inner: number): PlaneRing {
  const xy: number[] = [];
  for (let k = 0; k < points * 2; k += 1) {
    const r = k % 2 === 0 ? outer : inner;
    const a = (Math.PI * k) / points;
    xy.push(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  return Float64Array.from(xy);
}

describe('area lookup by raster', () => {
  it('answers exactly what a point-in-polygon test answers, for spikes, holes and overlapping areas', () => {
    const grid = gridOver(0, 0, 4000, 3000, 15);
    const areas: PlaneRing[][] = [
      [star(1200, 1500, 23, 1000, 400)],
      // A square with a square hole.
      [Float64Array.of(2200, 400, 3800, 400, 3800, 2600, 2200, 2600), Float64Array.of(2700, 1000, 3300, 1000, 3300, 2000, 2700, 2000)],
      // Overlaps the first.
      [star(1800, 1200, 7, 700, 250)],
    ];
    const exact = (x: number, y: number) => areas.flatMap((rings, k) => (inside(rings, x, y) ? [k] : []));
    let asked = 0;
    const lookup = areaLookup(grid, areas, (x, y) => {
      asked += 1;
      return exact(x, y);
    });
    const random = seededRandom(5);
    const total = 60_000;
    let wrong = 0;
    for (let i = 0; i < total; i += 1) {
      const x = random() * 4000;
      const y = random() * 3000;
      if ([...lookup.locate(x, y)].sort().join() !== exact(x, y).join()) wrong += 1;
    }
    expect(wrong).toBe(0);
    // The raster answers most points itself.
    expect(asked).toBeLessThan(total / 2);
  });
});

describe('area lookup in plane metres', () => {
  it('names the same areas as the longitude-latitude area index, holes and overlaps included', () => {
    const toLonLat = (ring: PlaneRing): Position[] => {
      const out: Position[] = [];
      for (let i = 0; i < ring.length; i += 2) out.push([-2.35 + ring[i]! / 66_000, 53.42 + ring[i + 1]! / 111_000]);
      return [...out, out[0]!];
    };
    const geometries: AreaGeometry[] = [
      { type: 'Polygon', coordinates: [toLonLat(star(1200, 1500, 23, 1000, 400))] },
      {
        type: 'Polygon',
        coordinates: [toLonLat(Float64Array.of(2200, 400, 3800, 400, 3800, 2600, 2200, 2600)), toLonLat(Float64Array.of(2700, 1000, 2700, 2000, 3300, 2000, 3300, 1000))],
      },
      { type: 'MultiPolygon', coordinates: [[toLonLat(star(1800, 1200, 7, 700, 250))], [toLonLat(star(3000, 2800, 5, 150, 60))]] },
    ];
    const plane = localPlaneFor([-2.36, 53.41, -2.28, 53.46]);
    const locate = planeAreaLocator(geometries.map((g) => planeRings(plane, g)));
    const index = buildAreaIndex(geometries.map((geometry, k) => ({ id: String(k), geometry })));
    const random = seededRandom(11);
    let found = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const lon = -2.36 + random() * 0.08;
      const lat = 53.41 + random() * 0.05;
      const expected = index.locate([lon, lat]).map(Number);
      found += expected.length;
      expect(locate(toPlaneX(plane, lon), toPlaneY(plane, lat))).toEqual(expected);
    }
    // Many points fall in some area, so the agreement is not just on empty answers.
    expect(found).toBeGreaterThan(3_000);
  });

  it('names the same areas when there are more than a borough has (an R-tree picks the candidates)', () => {
    const plane = localPlaneFor([-2.36, 53.41, -2.28, 53.46]);
    const random = seededRandom(5);
    // 120 overlapping stars: past the count where boxes are scanned in a row.
    const rings = Array.from({ length: 120 }, () => [star(random() * 4000, random() * 3000, 5 + Math.floor(random() * 9), 250 + random() * 300, 80)]);
    const geometries: AreaGeometry[] = rings.map(([ring]) => {
      const out: Position[] = [];
      for (let i = 0; i < ring!.length; i += 2) out.push([toLon(plane, ring![i]!), toLat(plane, ring![i + 1]!)]);
      return { type: 'Polygon', coordinates: [[...out, out[0]!]] };
    });
    const locate = planeAreaLocator(geometries.map((g) => planeRings(plane, g)));
    const index = buildAreaIndex(geometries.map((geometry, k) => ({ id: String(k), geometry })));
    let overlapping = 0;
    for (let i = 0; i < 5_000; i += 1) {
      const x = random() * 4000;
      const y = random() * 3000;
      const expected = index
        .locate([toLon(plane, x), toLat(plane, y)])
        .map(Number)
        .sort((a, b) => a - b);
      if (expected.length > 1) overlapping += 1;
      expect(locate(x, y)).toEqual(expected);
    }
    expect(overlapping).toBeGreaterThan(50);
  });
});

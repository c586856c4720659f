import { describe, expect, it } from 'vitest';
import { areaLookup } from '../../../src/geo/coverage/area-lookup';
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

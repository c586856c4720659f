import Flatbush from 'flatbush';
import type { Surface } from '../../model/coverage';
import { toLat, toLon, type LocalPlane } from './local-plane';


export interface NearestFinder {
  /** Straight-line metres to the nearest asset (0 inside a site), or null if none within `cap`. */
  nearest(x: number, y: number, cap: number): number | null;
}

/** A nearest-asset finder over seed points (Flatbush k-nearest) plus "inside a site". */
export function nearestFinder(seeds: Float64Array, insideSite: (x: number, y: number) => boolean): NearestFinder {
  const count = seeds.length / 2;
  if (count === 0) return { nearest: (x, y) => (insideSite(x, y) ? 0 : null) };
  const index = new Flatbush(count);
  for (let i = 0; i < count; i += 1) {
    const x = seeds[2 * i] as number;
    const y = seeds[2 * i + 1] as number;
    index.add(x, y, x, y);
  }
  index.finish();
  return {
    nearest(x, y, cap) {
      if (insideSite(x, y)) return 0;
      const [hit] = index.neighbors(x, y, 1, cap);
      if (hit === undefined) return null;
      return Math.hypot((seeds[2 * hit] as number) - x, (seeds[2 * hit + 1] as number) - y);
    },
  };
}

/**
 * Pointy-top hexagons `size` metres across (flat side to flat side) covering a box, keeping those
 * whose centre `keep` accepts. Hexagons read better than squares on a printed map and have
 * neighbours at one distance in every direction.
 */
export function hexSurface(
  plane: LocalPlane,
  box: readonly [number, number, number, number],
  size: number,
  keep: (x: number, y: number) => boolean,
  finder: NearestFinder,
  cap: number,
): Surface {
  const rowStep = (size / Math.sqrt(3)) * 1.5;
  const centres: number[] = [];
  const distances: (number | null)[] = [];
  const [minX, minY, maxX, maxY] = box;
  for (let row = 0, y = minY; y <= maxY + rowStep; row += 1, y += rowStep) {
    const offset = row % 2 === 0 ? 0 : size / 2;
    for (let x = minX + offset; x <= maxX + size; x += size) {
      if (!keep(x, y)) continue;
      centres.push(toLon(plane, x), toLat(plane, y));
      distances.push(finder.nearest(x, y, cap));
    }
  }
  return { hexSize: size, metresPerDegreeX: plane.metresPerDegreeX, metresPerDegreeY: plane.metresPerDegreeY, centres, distances };
}

/** Hexagon size that keeps the surface near 10,000 cells: 150 m for a borough, 50 m for a ward. */
export function hexSizeFor(widthM: number, heightM: number): number {
  const raw = Math.sqrt((Math.max(1, widthM * heightM) * 1.155) / 10_000);
  return Math.min(500, Math.max(50, Math.ceil(raw / 50) * 50));
}

import type { Asset } from '../model/asset';

/** An ordinary workspace: markers 28 px apart or less are grouped up to zoom 13, every marker shows from 14. */
export const CLUSTER_MAX_ZOOM = 13;
/**
 * A dense workspace: they stay grouped up to street level (MapLibre's own default is 17). Where a
 * few hundred assets share a few streets, zoom 14–16 would otherwise draw them as one blot of
 * overlapping discs and letters, and every frame of a pan would paint them all.
 */
export const DENSE_CLUSTER_MAX_ZOOM = 16;

/** The square counted, and how many markers in it make a blot at zoom 14–15 (about 90 px across at 14). */
const SQUARE_METRES = 500;
const BLOT = 100;
const METRES_PER_DEGREE = 111_320;

/**
 * How far up markers should stay grouped: `DENSE_CLUSTER_MAX_ZOOM` when some 500 m square (on a
 * fixed grid) holds more than 100 point assets, else `CLUSTER_MAX_ZOOM`. Sites (parks, fields)
 * are few and left out. One pass, stopping at the first crowded square.
 */
export function clusterMaxZoomFor(assets: readonly Asset[]): number {
  const counts = new Map<number, number>();
  const rowDegrees = SQUARE_METRES / METRES_PER_DEGREE;
  let columnDegrees = 0;
  for (const asset of assets) {
    const geometry = asset.geometry;
    if (geometry?.type !== 'Point') continue;
    const [lon, lat] = geometry.coordinates as [number, number];
    // East–west degrees shrink with latitude; the first asset's is near enough for one area's grid.
    if (columnDegrees === 0) columnDegrees = rowDegrees / Math.max(0.05, Math.cos((lat * Math.PI) / 180));
    // Rows and columns are well under 2^21 apart from any workspace's: the key is exact in a double.
    const key = Math.floor(lat / rowDegrees) * 2 ** 22 + Math.floor(lon / columnDegrees);
    const count = (counts.get(key) ?? 0) + 1;
    if (count > BLOT) return DENSE_CLUSTER_MAX_ZOOM;
    counts.set(key, count);
  }
  return CLUSTER_MAX_ZOOM;
}

/** Metres per degree of latitude; a degree of longitude is this times cos(latitude). */
const METRES_PER_DEGREE = 111_320;

/**
 * The key of the place nearest a point, if one is within `withinMetres` (postcodes, assets by id).
 * A flat-earth distance: exact enough over the few hundred metres it is asked about.
 */
export function nearestKey<K>(point: readonly [number, number], places: Iterable<readonly [K, readonly [number, number]]>, withinMetres: number): { key: K; metres: number } | null {
  const [lon, lat] = point;
  const kx = METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  let best: { key: K; metres: number } | null = null;
  let bestSquared = withinMetres * withinMetres;
  for (const [key, [plon, plat]] of places) {
    const dx = (plon - lon) * kx;
    const dy = (plat - lat) * METRES_PER_DEGREE;
    const squared = dx * dx + dy * dy;
    if (squared <= bestSquared) {
      bestSquared = squared;
      best = { key, metres: Math.sqrt(squared) };
    }
  }
  return best;
}

/** Metres per degree of latitude; a degree of longitude is this times cos(latitude). */
const METRES_PER_DEGREE = 111_320;

/**
 * The postcode in the table nearest a point, if one is within `withinMetres` (a postcode's middle is
 * rarely more than 200 m from its homes in a town). A flat-earth distance is exact enough at this range.
 */
export function nearestPostcode(point: readonly [number, number], postcodes: ReadonlyMap<string, readonly [number, number]>, withinMetres = 300): { postcode: string; metres: number } | null {
  const [lon, lat] = point;
  const kx = METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  let best: { postcode: string; metres: number } | null = null;
  let bestSquared = withinMetres * withinMetres;
  for (const [postcode, [plon, plat]] of postcodes) {
    const dx = (plon - lon) * kx;
    const dy = (plat - lat) * METRES_PER_DEGREE;
    const squared = dx * dx + dy * dy;
    if (squared <= bestSquared) {
      bestSquared = squared;
      best = { postcode, metres: Math.sqrt(squared) };
    }
  }
  return best;
}

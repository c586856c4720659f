import { nearestKey } from '../lib/nearest';

/**
 * The postcode in the table nearest a point, if one is within `withinMetres` (a postcode's middle is
 * rarely more than 200 m from its homes in a town). A flat-earth distance is exact enough at this range.
 */
export function nearestPostcode(point: readonly [number, number], postcodes: ReadonlyMap<string, readonly [number, number]>, withinMetres = 300): { postcode: string; metres: number } | null {
  const found = nearestKey(point, postcodes, withinMetres);
  return found ? { postcode: found.key, metres: found.metres } : null;
}

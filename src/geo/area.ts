import { area } from '@turf/turf';
import type { AreaGeometry } from '../model/geometry';

/** The area of a boundary in square metres, on the sphere (holes subtracted). */
export function areaSquareMetres(geometry: AreaGeometry): number {
  return area({ type: 'Feature', properties: {}, geometry });
}

/** "34.5 ha" under a square kilometre, "2.98 km²" above: the units coordinators use. */
export function formatArea(squareMetres: number): string {
  if (squareMetres < 1_000_000) return `${(squareMetres / 10_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} ha`;
  return `${(squareMetres / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 2 })} km\u00b2`;
}

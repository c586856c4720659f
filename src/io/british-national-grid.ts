import proj4 from 'proj4';
import { round7 } from '../lib/round';

/**
 * EPSG:27700 (OSGB36 / British National Grid) with the standard 7-parameter Helmert shift from
 * WGS84. Good to about 5 m across Great Britain — say "approximate" wherever it is used; OSTN15's
 * grid would be exact but is a large file this offline app does not carry.
 */
/** The National Grid projection on the Airy 1830 ellipsoid (exported for tests of the projection alone). */
export const NATIONAL_GRID_PROJECTION = '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +units=m +no_defs';
const BNG = `${NATIONAL_GRID_PROJECTION} +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489`;
const toGrid = proj4('EPSG:4326', BNG);

/** [easting, northing] in metres, rounded to 0.1 m, for a WGS84 [longitude, latitude]. */
export function toBritishNationalGrid([lon, lat]: readonly [number, number] | readonly number[]): [number, number] {
  const [e, n] = toGrid.forward([lon ?? NaN, lat ?? NaN]);
  return [Math.round((e ?? NaN) * 10) / 10, Math.round((n ?? NaN) * 10) / 10];
}

/** [longitude, latitude] rounded to 7 decimals for an [easting, northing] in metres. */
export function fromBritishNationalGrid([e, n]: readonly [number, number] | readonly number[]): [number, number] {
  const [lon, lat] = toGrid.inverse([e ?? NaN, n ?? NaN]);
  return [round7(lon ?? NaN), round7(lat ?? NaN)];
}

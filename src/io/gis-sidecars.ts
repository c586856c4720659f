/**
 * The two small files GDAL and QGIS read beside a CSV: `.csvt` (one type per column, so numbers stay
 * numbers and dates dates) and `.prj` (the coordinate system, so the layer is EPSG:4326 rather
 * than "unknown"). See GDAL's CSV driver: https://gdal.org/drivers/vector/csv.html
 */

/** EPSG:4326 as OGC WKT 1, with its authority code, which GDAL and QGIS identify as EPSG:4326. */
export const WGS84_PRJ =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],' +
  'PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]';

/** The GDAL type of each of the app's own columns; any other column (an imported one) is text. */
const COLUMN_TYPES: Readonly<Record<string, string>> = {
  longitude: 'Real',
  latitude: 'Real',
  easting: 'Real',
  northing: 'Real',
  photo_count: 'Integer',
  created_at: 'DateTime',
  updated_at: 'DateTime',
  verified_at: 'Date',
  consent_date: 'Date',
  wkt: 'WKT',
};

/** The `.csvt` line for these columns, in their order: `"String","Real",…`. */
export function csvtFor(columns: readonly string[]): string {
  return `${columns.map((c) => `"${COLUMN_TYPES[c] ?? 'String'}"`).join(',')}\r\n`;
}

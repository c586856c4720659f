/** How a file says where things are, as detected from its column names and values. */
export type LocationColumns =
  { kind: 'lonlat'; lon: string; lat: string } | { kind: 'bng'; easting: string; northing: string } | { kind: 'wkt'; column: string } | { kind: 'postcode'; column: string } | { kind: 'none' };

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
/** The column matching the earliest of `names` (so "type" wins over "category" for the type). */
const find = (columns: readonly string[], names: readonly string[]) => {
  for (const name of names) {
    const hit = columns.find((c) => norm(c) === name);
    if (hit) return hit;
  }
  return undefined;
};

/** Missing-value markers that spreadsheets and R write: treated as empty, never as text. */
export const MISSING = new Set(['', 'na', 'n/a', 'null', 'none', '-', 'nan', '#n/a']);
export const isMissing = (value: string | undefined) => value === undefined || MISSING.has(value.trim().toLowerCase());

/** Guesses the location columns; metre-sized x/y values mean British National Grid, not degrees. */
export function detectLocation(columns: readonly string[], sample: readonly Record<string, string>[]): LocationColumns {
  const numeric = (column: string) => sample.map((r) => Number(r[column])).filter((n) => Number.isFinite(n) && !isMissing(String(n)));
  const easting = find(columns, ['easting', 'eastings', 'east', 'gridx', 'xcoord']);
  const northing = find(columns, ['northing', 'northings', 'north', 'gridy', 'ycoord']);
  if (easting && northing) return { kind: 'bng', easting, northing };
  const lon = find(columns, ['lon', 'lng', 'long', 'longitude', 'x', 'lonwgs84', 'longitudewgs84']);
  const lat = find(columns, ['lat', 'latitude', 'y', 'latwgs84', 'latitudewgs84']);
  if (lon && lat) {
    const big = [...numeric(lon), ...numeric(lat)].some((n) => Math.abs(n) > 1000);
    return big ? { kind: 'bng', easting: lon, northing: lat } : { kind: 'lonlat', lon, lat };
  }
  const wkt = find(columns, ['wkt', 'geometry', 'geom', 'thegeom', 'shape']);
  if (wkt && sample.some((r) => /^\s*(MULTI)?(POINT|POLYGON)\s*\(/i.test(r[wkt] ?? ''))) return { kind: 'wkt', column: wkt };
  const postcode = find(columns, ['postcode', 'postalcode', 'postcodes', 'pcd', 'pcds', 'zip']);
  if (postcode) return { kind: 'postcode', column: postcode };
  return { kind: 'none' };
}

/** The column most likely to hold each asset's name, type, and the other mapped fields. */
export function detectFields(
  columns: readonly string[],
): Partial<Record<'name' | 'type' | 'description' | 'address' | 'postcode' | 'uprn' | 'website' | 'email' | 'phone' | 'openingTimes' | 'id', string>> {
  const pick = (...names: string[]) => find(columns, names);
  const out = {
    id: pick('id'),
    name: pick('name', 'sitename', 'distname', 'title', 'assetname', 'organisation', 'organisationname', 'communityhub', 'establishmentname'),
    type: pick('type', 'sitetype', 'classifica', 'category', 'kind', 'assettype'),
    description: pick('description', 'notes', 'summary', 'facilities'),
    address: pick('address', 'fulladdress', 'street'),
    postcode: pick('postcode', 'postalcode', 'pcd', 'pcds'),
    uprn: pick('uprn'),
    website: pick('website', 'web', 'url'),
    email: pick('email', 'emailaddress'),
    phone: pick('telephone', 'phone', 'tel', 'phonenumber'),
    openingTimes: pick('openingtimes', 'openinghours', 'hours'),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

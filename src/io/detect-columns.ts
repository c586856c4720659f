/** How a file says where things are, as detected from its column names and values. */
export type LocationColumns =
  | { kind: 'lonlat'; lon: string; lat: string }
  | { kind: 'bng'; easting: string; northing: string }
  | { kind: 'wkt'; column: string; britishNationalGrid?: boolean }
  | { kind: 'postcode'; column: string }
  | { kind: 'none' };

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

/** The first [x, y] written in a WKT value, to tell degrees from metres. */
const firstWktPair = (text: string) => /(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s+(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)/i.exec(text)?.slice(1, 3).map(Number);

/**
 * Every way the file can place its rows, best first: WKT (the whole shape, exact), longitude and
 * latitude (exact), British National Grid (converted, to a few metres), then a postcode (the middle
 * of the postcode, and only with a postcode table). A row without the first falls back to the next.
 * Metre-sized x/y values mean British National Grid, not degrees.
 */
export function detectLocations(columns: readonly string[], sample: readonly Record<string, string>[]): LocationColumns[] {
  const found: LocationColumns[] = [];
  const numeric = (column: string) => sample.map((r) => Number(r[column])).filter((n) => Number.isFinite(n) && !isMissing(String(n)));
  const wkt = find(columns, ['wkt', 'geometry', 'geom', 'thegeom', 'shape']);
  const wktValues = wkt ? sample.map((r) => r[wkt] ?? '').filter((v) => /^\s*(MULTI)?(POINT|POLYGON)\s*(Z|M|ZM)?\s*\(/i.test(v)) : [];
  if (wkt && wktValues.length > 0) {
    const metres = wktValues.some((v) => (firstWktPair(v) ?? []).some((n) => Math.abs(n) > 1000));
    found.push(metres ? { kind: 'wkt', column: wkt, britishNationalGrid: true } : { kind: 'wkt', column: wkt });
  }
  const lon = find(columns, ['lon', 'lng', 'long', 'longitude', 'x', 'lonwgs84', 'longitudewgs84']);
  const lat = find(columns, ['lat', 'latitude', 'y', 'latwgs84', 'latitudewgs84']);
  const inMetres = lon && lat && [...numeric(lon), ...numeric(lat)].some((n) => Math.abs(n) > 1000);
  if (lon && lat && !inMetres) found.push({ kind: 'lonlat', lon, lat });
  const easting = find(columns, ['easting', 'eastings', 'east', 'gridx', 'xcoord']);
  const northing = find(columns, ['northing', 'northings', 'north', 'gridy', 'ycoord']);
  if (easting && northing) found.push({ kind: 'bng', easting, northing });
  else if (lon && lat && inMetres) found.push({ kind: 'bng', easting: lon, northing: lat });
  const postcode = find(columns, ['postcode', 'postalcode', 'postcodes', 'pcd', 'pcds', 'zip']);
  if (postcode) found.push({ kind: 'postcode', column: postcode });
  return found;
}

/** The best way the file places its rows (see `detectLocations`), or none. */
export function detectLocation(columns: readonly string[], sample: readonly Record<string, string>[]): LocationColumns {
  return detectLocations(columns, sample)[0] ?? { kind: 'none' };
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

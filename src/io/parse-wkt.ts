/** Parses POINT, POLYGON and MULTIPOLYGON well-known text into GeoJSON-shaped geometry, or null. */
export function parseWkt(text: string): { type: 'Point' | 'Polygon' | 'MultiPolygon'; coordinates: unknown } | null {
  const match = /^\s*(POINT|POLYGON|MULTIPOLYGON)\s*(?:Z|M|ZM)?\s*(\(.*\))\s*$/is.exec(text);
  if (!match) return null;
  const kind = (match[1] ?? '').toUpperCase();
  // Turn "(( 1 2, 3 4 ))" into nested JSON arrays: each "x y" pair becomes [x,y].
  const json = (match[2] ?? '')
    .replace(/(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s+(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)(?:\s+-?\d+(?:\.\d+)?)*/gi, '[$1,$2]')
    .replace(/\(/g, '[')
    .replace(/\)/g, ']');
  let nested: unknown;
  try {
    nested = JSON.parse(json);
  } catch {
    return null;
  }
  if (kind === 'POINT') return Array.isArray(nested) && Array.isArray(nested[0]) ? { type: 'Point', coordinates: nested[0] } : null;
  return { type: kind === 'POLYGON' ? 'Polygon' : 'MultiPolygon', coordinates: nested };
}

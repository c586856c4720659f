import { decodeText } from './decode-text';
import { readCsv } from './read-csv';
import { detectFields, detectLocation } from './detect-columns';
import { normalisePostcode } from './records-to-assets';
import { ok, refuse, sentences, type Result } from '../lib/result';
import { fill, msg } from '../lib/i18n/msg';

/** A coordinate cell: a number written in it, not an empty cell (which Number() would read as 0). */
function coordinate(cell: string | undefined, limit: number): number | null {
  const text = cell?.trim() ?? '';
  const value = text === '' ? NaN : Number(text);
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
}

/**
 * Reads a postcode table (a CSV with postcode, longitude and latitude columns, such as the ONS
 * postcode directory's extract for a borough) into postcode → [lon, lat], one entry per distinct
 * postcode (any spacing, any case). The app (placing rows, homes within reach) and the command line
 * read it the same way, so both count the same homes.
 */
export function readPostcodeTable(bytes: Uint8Array, fileName: string): Result<Map<string, readonly [number, number]>> {
  const read = readCsv(decodeText(bytes).text);
  if (!read.ok) return refuse(fill(msg('“{file}”: {problem}'), { file: fileName, problem: sentences(read.error) }));
  const { columns, rows } = read.value;
  const records = rows.map((cells) => Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])));
  const postcode = detectFields(columns).postcode;
  const location = detectLocation(columns, records.slice(0, 200));
  if (!postcode || location.kind !== 'lonlat') return refuse(fill(msg('“{file}” needs a postcode column and longitude/latitude columns.'), { file: fileName }));
  const lookup = new Map<string, readonly [number, number]>();
  for (const r of records) {
    const code = normalisePostcode(r[postcode] ?? '');
    const lon = coordinate(r[location.lon], 180);
    const lat = coordinate(r[location.lat], 90);
    if (code && lon !== null && lat !== null) lookup.set(code, [lon, lat]);
  }
  if (lookup.size === 0) return refuse(fill(msg('“{file}” has no usable postcode rows.'), { file: fileName }));
  return ok(lookup);
}

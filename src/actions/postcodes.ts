import { decodeText } from '../io/decode-text';
import { readCsv } from '../io/read-csv';
import { detectFields, detectLocation } from '../io/detect-columns';
import { normalisePostcode } from '../io/records-to-assets';
import { err, ok, type Result } from '../lib/result';
import { forgetStoredPostcodeTable, readStoredPostcodeTable, storePostcodeTable } from '../store/postcode-table';
import { workspace } from './workspace';

/** A coordinate cell: a number written in it, not an empty cell (which Number() would read as 0). */
function coordinate(cell: string | undefined, limit: number): number | null {
  const text = cell?.trim() ?? '';
  const value = text === '' ? NaN : Number(text);
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
}

/**
 * Loads a postcode table (a CSV with postcode, longitude and latitude columns, such as the Trafford
 * postcodes file): it places imported rows that have only a postcode, and counts homes in coverage.
 * It is kept on this device until replaced or forgotten; `note` says when it could not be.
 */
export async function loadPostcodeTable(file: File): Promise<Result<{ count: number; note: string | null }, string>> {
  const read = readCsv(decodeText(new Uint8Array(await file.arrayBuffer())).text);
  if (!read.ok) return err(`\u201c${file.name}\u201d: ${read.reason}`);
  const { columns, rows } = read.table;
  const records = rows.map((cells) => Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])));
  const postcode = detectFields(columns).postcode;
  const location = detectLocation(columns, records.slice(0, 200));
  if (!postcode || location.kind !== 'lonlat') return err(`\u201c${file.name}\u201d needs a postcode column and longitude/latitude columns.`);
  const lookup = new Map<string, readonly [number, number]>();
  for (const r of records) {
    const code = normalisePostcode(r[postcode] ?? '');
    const lon = coordinate(r[location.lon], 180);
    const lat = coordinate(r[location.lat], 90);
    if (code && lon !== null && lat !== null) lookup.set(code, [lon, lat]);
  }
  if (lookup.size === 0) return err(`\u201c${file.name}\u201d has no usable postcode rows.`);
  const table = { fileName: file.name, lookup };
  workspace.state.postcodeTable.value = table;
  const stored = await storePostcodeTable(table);
  return ok({ count: lookup.size, note: stored.ok ? null : stored.error });
}

/** Brings back the table kept on this device (at start-up); a damaged one is reported. */
export async function restorePostcodeTable(): Promise<void> {
  const stored = await readStoredPostcodeTable();
  if (stored.ok) workspace.state.postcodeTable.value = stored.value;
  else workspace.state.lastError.value = { message: stored.error, details: [] };
}

/** Stops using the postcode table and removes it from this device. */
export async function forgetPostcodeTable(): Promise<void> {
  workspace.state.postcodeTable.value = null;
  await forgetStoredPostcodeTable();
}

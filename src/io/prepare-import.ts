import { decodeText } from './decode-text';
import { readCsv } from './read-csv';
import { readGeoJson, MAX_FILE_BYTES, type ImportRecord } from './read-geojson';
import { detectFields, detectLocation, type LocationColumns } from './detect-columns';
import { looksSwapped, type ImportMapping } from './records-to-assets';

/** How a file will be read, worked out before anything is written. */
export interface ImportPreview {
  fileName: string;
  format: 'csv' | 'geojson';
  columns: string[];
  /** How many rows (CSV) or features (GeoJSON) the file has. */
  recordCount: number;
  /** The first rows, for the preview table. */
  sample: ImportRecord[];
  location: LocationColumns | { kind: 'geometry' };
  fields: ImportMapping['fields'];
  swapSuggested: boolean;
  notices: string[];
}

export const PREVIEW_ROWS = 5;

/** Reads a file's bytes into records and a preview: the format, columns and location detected. */
export function readImportFile(bytes: Uint8Array, fileName: string): { ok: true; preview: ImportPreview; records: ImportRecord[] } | { ok: false; reason: string } {
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, reason: `\u201c${fileName}\u201d is ${(bytes.byteLength / 1024 / 1024).toFixed(0)} MB; at most ${MAX_FILE_BYTES / 1024 / 1024} MB can be imported at once.` };
  const { text, encoding } = decodeText(bytes);
  const notices = encoding === 'windows-1252' ? ['The file is not UTF-8; it was read as Windows-1252 (older Excel).'] : [];
  const looksJson = /\.(geo)?json$/i.test(fileName) || /^\s*\{/.test(text);
  if (looksJson) {
    const read = readGeoJson(text);
    if (!read.ok) return { ok: false, reason: `\u201c${fileName}\u201d: ${read.reason}` };
    const columns = [...new Set(read.records.flatMap((r) => Object.keys(r.values)))];
    const preview: ImportPreview = { fileName, format: 'geojson', columns, recordCount: read.records.length, sample: read.records.slice(0, PREVIEW_ROWS), location: { kind: 'geometry' }, fields: detectFields(columns), swapSuggested: false, notices: [...notices, ...read.notices] };
    return { ok: true, preview, records: read.records };
  }
  const read = readCsv(text);
  if (!read.ok) return { ok: false, reason: `\u201c${fileName}\u201d: ${read.reason}` };
  const { columns, rows } = read.table;
  const records = rows.map((cells, i): ImportRecord => ({ line: i + 2, values: Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])) }));
  const location = detectLocation(columns, records.slice(0, 200).map((r) => r.values));
  const preview: ImportPreview = {
    fileName,
    format: 'csv',
    columns,
    recordCount: records.length,
    sample: records.slice(0, PREVIEW_ROWS),
    location,
    fields: detectFields(columns),
    swapSuggested: looksSwapped(records, location),
    notices: [...notices, ...read.table.notices.map((n) => `Row ${n.row} ${n.reason}.`)],
  };
  return { ok: true, preview, records };
}

import Papa from 'papaparse';
import { decodeText } from '../io/decode-text';
import { readCsv } from '../io/read-csv';
import { readGeoJson, MAX_FILE_BYTES, type ImportRecord } from '../io/read-geojson';
import { detectFields, detectLocation, type LocationColumns } from '../io/detect-columns';
import { looksSwapped, normalisePostcode, recordsToAssets, type ImportMapping } from '../io/records-to-assets';

export type { MappedField } from '../io/records-to-assets';
import { escapeForSpreadsheet } from '../io/csv-export';
import { neighbourhoodLocator } from '../geo/assign-neighbourhoods';
import { newId } from '../lib/id';
import { err, ok, type Result } from '../lib/result';
import { datedFileName, downloadBlob } from './download';
import { workspace } from './workspace';

export interface PreparedImport {
  fileName: string;
  format: 'csv' | 'geojson';
  columns: string[];
  records: ImportRecord[];
  location: LocationColumns | { kind: 'geometry' };
  fields: ImportMapping['fields'];
  swapSuggested: boolean;
  notices: string[];
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  problems: { line: number; reason: string }[];
  notes: { line: number; reason: string }[];
}

/** Reads a chosen file and works out how it will be read; nothing is written yet. */
export async function prepareImport(file: File): Promise<Result<PreparedImport, string>> {
  if (file.size > MAX_FILE_BYTES) return err(`\u201c${file.name}\u201d is ${(file.size / 1024 / 1024).toFixed(0)} MB; at most ${MAX_FILE_BYTES / 1024 / 1024} MB can be imported at once.`);
  const { text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()));
  const notices = encoding === 'windows-1252' ? ['The file is not UTF-8; it was read as Windows-1252 (older Excel).'] : [];
  const looksJson = /\.(geo)?json$/i.test(file.name) || /^\s*\{/.test(text);
  if (looksJson) {
    const read = readGeoJson(text);
    if (!read.ok) return err(`\u201c${file.name}\u201d: ${read.reason}`);
    const columns = [...new Set(read.records.flatMap((r) => Object.keys(r.values)))];
    return ok({ fileName: file.name, format: 'geojson', columns, records: read.records, location: { kind: 'geometry' }, fields: detectFields(columns), swapSuggested: false, notices: [...notices, ...read.notices] });
  }
  const read = readCsv(text);
  if (!read.ok) return err(`\u201c${file.name}\u201d: ${read.reason}`);
  const { columns, rows } = read.table;
  const records = rows.map((cells, i): ImportRecord => ({ line: i + 2, values: Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])) }));
  const location = detectLocation(columns, records.slice(0, 200).map((r) => r.values));
  return ok({
    fileName: file.name,
    format: 'csv',
    columns,
    records,
    location,
    fields: detectFields(columns),
    swapSuggested: looksSwapped(records, location),
    notices: [...notices, ...read.table.notices.map((n) => `Row ${n.row} ${n.reason}.`)],
  });
}

/**
 * Loads a postcode table (a CSV with postcode, longitude and latitude columns, such as the Trafford
 * postcodes file) for placing rows that have only a postcode. Kept for this session.
 */
export async function loadPostcodeTable(file: File): Promise<Result<number, string>> {
  const read = readCsv(decodeText(new Uint8Array(await file.arrayBuffer())).text);
  if (!read.ok) return err(`\u201c${file.name}\u201d: ${read.reason}`);
  const { columns, rows } = read.table;
  const records = rows.map((cells) => Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])));
  const postcode = detectFields(columns).postcode;
  const location = detectLocation(columns, records.slice(0, 200));
  if (!postcode || location.kind !== 'lonlat') return err(`\u201c${file.name}\u201d needs a postcode column and longitude/latitude columns.`);
  const lookup = new Map<string, readonly [number, number]>();
  for (const r of records) {
    const lon = Number(r[location.lon]);
    const lat = Number(r[location.lat]);
    if (r[postcode] && Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) lookup.set(normalisePostcode(r[postcode] ?? ''), [lon, lat]);
  }
  if (lookup.size === 0) return err(`\u201c${file.name}\u201d has no usable postcode rows.`);
  workspace.state.postcodeTable.value = { fileName: file.name, lookup };
  return ok(lookup.size);
}

/** Imports with the coordinator's choices as one undoable step; rows that cannot be read are listed. */
export async function runImport(prepared: PreparedImport, choices: Omit<ImportMapping, 'location' | 'source'>): Promise<Result<ImportSummary, string>> {
  const state = workspace.state;
  const outcome = recordsToAssets(prepared.records, { ...choices, location: prepared.location, source: prepared.fileName }, {
    newId,
    now: new Date().toISOString(),
    existing: new Map(state.assets.value.map((a) => [a.id, a])),
    ...(state.postcodeTable.value ? { postcodes: state.postcodeTable.value.lookup } : {}),
  });
  const locate = neighbourhoodLocator(state.neighbourhoods.value);
  const put = [...outcome.added, ...outcome.updated].map((a) => ({ ...a, neighbourhoodIds: locate(a.geometry) }));
  if (put.length > 0) {
    const applied = await workspace.apply({ label: `Import \u201c${prepared.fileName}\u201d`, assets: { put } });
    if (!applied.ok) return err(applied.error.message);
  }
  return ok({ added: outcome.added.length, updated: outcome.updated.length, unchanged: outcome.unchanged, problems: outcome.problems, notes: outcome.notes });
}

/** The rows that were not imported, as a spreadsheet-safe CSV the coordinator can fix and re-import. */
export function downloadProblems(fileName: string, problems: ImportSummary['problems']): void {
  const csv = Papa.unparse({ fields: ['row', 'reason'], data: problems.map((p) => [p.line, escapeForSpreadsheet(p.reason)]) }, { newline: '\r\n' });
  downloadBlob(new Blob([`\ufeff${csv}`], { type: 'text/csv;charset=utf-8' }), datedFileName(`${fileName} problems`, 'csv'));
}

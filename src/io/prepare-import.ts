import { unzipSync } from 'fflate';
import { ok, refuse, sentences, type Result } from '../lib/result';
import { decodeText } from './decode-text';
import { readCsv } from './read-csv';
import { detectGrantColumns, REQUIRED_GRANT_FIELDS } from './read-grants';
import { readGeoJson, MAX_FILE_BYTES, type ImportRecord } from './read-geojson';
import { detectFields, detectLocations, isMissing, type LocationColumns } from './detect-columns';
import { categoryFromText } from '../model/categories';
import { isOwnExport, looksSwapped, OWN_EXPORT_COLUMNS, type ImportMapping } from './records-to-assets';
import { fill, msg } from '../lib/i18n/msg';

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
  /** Every way the file can place rows, best first; `location` is the first. */
  locations: (LocationColumns | { kind: 'geometry' })[];
  /** Columns of this app's own export that are read as its fields or worked out again, never kept as extras. */
  ownColumns: string[];
  /** A column whose values are this app's categories (as its own exports write), to take each row's from. */
  categoryColumn?: string;
  fields: ImportMapping['fields'];
  swapSuggested: boolean;
  /** Coordinates use decimal commas ("53,4412"): read as decimal points. */
  decimalComma: boolean;
  /** Polygons named by ONS area codes: more likely neighbourhood boundaries than assets. */
  boundaries?: { codeColumn: string; count: number };
  /** Amounts, award dates and recipients with no place: more likely a grants spreadsheet than assets. */
  grants?: { columns: string[] };
  notices: string[];
}

export const PREVIEW_ROWS = 5;

/** An ONS/GSS area code: E05000829 (ward), E01006187 (LSOA), W05…, S13…, N08… */
const AREA_CODE = /^[EWSNK]\d{8}$/;
const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;

/**
 * The property that gives (nearly) every polygon its own ONS area code, when there is one. Sites
 * that all carry their borough's code (Trafford's green spaces: E08000009) are assets, not areas.
 */
function boundaryCodes(records: readonly ImportRecord[], columns: readonly string[]): ImportPreview['boundaries'] {
  const polygons = records.filter((r) => /Polygon$/.test(String((r.geometry as { type?: unknown } | null)?.type ?? '')));
  if (polygons.length === 0 || polygons.length < records.length * 0.9) return undefined;
  const namesAreas = (column: string) => {
    const codes = polygons.map((r) => (r.values[column] ?? '').trim()).filter((v) => AREA_CODE.test(v));
    return codes.length >= polygons.length * 0.9 && new Set(codes).size >= codes.length * 0.9;
  };
  const codeColumn = columns.find(namesAreas);
  return codeColumn ? { codeColumn, count: polygons.length } : undefined;
}

/** A column named as a category whose filled cells are all this app's categories (ids or labels). */
function categoryColumnOf(records: readonly ImportRecord[], columns: readonly string[]): string | undefined {
  return columns.find((column) => {
    if (!/^(abcd[ _]?)?categor(y|ies)$/i.test(column.trim())) return false;
    const values = records
      .slice(0, 200)
      .map((r) => r.values[column] ?? '')
      .filter((v) => !isMissing(v));
    return values.length > 0 && values.every((v) => categoryFromText(v) !== null);
  });
}

/**
 * The detected fields, minus a type column that is really the category column (a file with
 * "category" and no "type" would otherwise get "physical" as every row's type).
 */
function fieldsBeside(columns: readonly string[], categoryColumn: string | undefined): ImportPreview['fields'] {
  const fields = detectFields(columns);
  if (categoryColumn !== undefined && fields.type === categoryColumn) delete fields.type;
  return fields;
}

/** The app's own columns, when the file is one of its exports. */
const ownColumnsOf = (columns: readonly string[]) => (isOwnExport(Object.fromEntries(columns.map((c) => [c, true]))) ? columns.filter((c) => OWN_EXPORT_COLUMNS.has(c)) : []);

/** True when a `;` or tab separated file writes its coordinates with decimal commas. */
function usesDecimalComma(delimiter: string, records: readonly ImportRecord[], location: LocationColumns): boolean {
  if (delimiter === ',' || (location.kind !== 'lonlat' && location.kind !== 'bng')) return false;
  const columns = location.kind === 'lonlat' ? [location.lon, location.lat] : [location.easting, location.northing];
  const values = records
    .slice(0, 200)
    .flatMap((r) => columns.map((c) => (r.values[c] ?? '').trim()))
    .filter((v) => v !== '');
  return values.length > 0 && values.filter((v) => DECIMAL_COMMA.test(v)).length >= values.length / 2;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => ZIP_SIGNATURE.every((b, i) => bytes[i] === b);

/**
 * The one data file in a zip (as this app's "CSV for GIS" comes, with its .csvt and .prj), to read
 * as if chosen alone. Sidecars are written again on the next export, so they are not needed here.
 */
function fileInZip(bytes: Uint8Array, fileName: string): Result<{ bytes: Uint8Array; name: string }> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => /\.(csv|tsv|txt|geojson|json)$/i.test(f.name) && !f.name.startsWith('__MACOSX/') && f.originalSize <= MAX_FILE_BYTES });
  } catch {
    return refuse(fill(msg('“{file}” looks like a zip but could not be opened.'), { file: fileName }));
  }
  const names = Object.keys(entries);
  const [name] = names;
  if (name === undefined) return refuse(fill(msg('“{file}” holds no CSV or GeoJSON file (of at most {most} MB) to import.'), { file: fileName, most: MAX_FILE_BYTES / 1024 / 1024 }));
  if (names.length > 1)
    return refuse(fill(msg('“{file}” holds {count} data files ({names}); unzip it and import them one at a time.'), { file: fileName, count: names.length, names: names.join(', ') }));
  return ok({ bytes: entries[name] ?? new Uint8Array(), name: name.split('/').pop() ?? name });
}

/** Reads a file's bytes into records and a preview: the format, columns and location detected. */
export function readImportFile(bytes: Uint8Array, fileName: string): Result<{ preview: ImportPreview; records: ImportRecord[] }> {
  if (isZip(bytes)) {
    const inner = fileInZip(bytes, fileName);
    if (!inner.ok) return inner;
    const read = readDataFile(inner.value.bytes, inner.value.name);
    if (read.ok) read.value.preview.notices.unshift(fill(msg('Read “{file}” from the zip “{zip}”.'), { file: inner.value.name, zip: fileName }));
    return read;
  }
  return readDataFile(bytes, fileName);
}

/** Reads a CSV or GeoJSON file's bytes (not a zip). */
function readDataFile(bytes: Uint8Array, fileName: string): Result<{ preview: ImportPreview; records: ImportRecord[] }> {
  if (bytes.byteLength > MAX_FILE_BYTES)
    return refuse(
      fill(msg('“{file}” is {size} MB; at most {most} MB can be imported at once.'), { file: fileName, size: (bytes.byteLength / 1024 / 1024).toFixed(0), most: MAX_FILE_BYTES / 1024 / 1024 }),
    );
  const { text, encoding } = decodeText(bytes);
  const notices: string[] = encoding === 'windows-1252' ? [msg('The file is not UTF-8; it was read as Windows-1252 (older Excel).')] : [];
  const looksJson = /\.(geo)?json$/i.test(fileName) || /^\s*\{/.test(text);
  if (looksJson) {
    const read = readGeoJson(text);
    if (!read.ok) return refuse(fill(msg('“{file}”: {problem}'), { file: fileName, problem: sentences(read.error) }));
    const columns = [...new Set(read.value.records.flatMap((r) => Object.keys(r.values)))];
    const boundaries = boundaryCodes(read.value.records, columns);
    const categoryColumn = categoryColumnOf(read.value.records, columns);
    const preview: ImportPreview = {
      fileName,
      format: 'geojson',
      columns,
      recordCount: read.value.records.length,
      sample: read.value.records.slice(0, PREVIEW_ROWS),
      location: { kind: 'geometry' },
      locations: [{ kind: 'geometry' }],
      ownColumns: ownColumnsOf(columns),
      ...(categoryColumn ? { categoryColumn } : {}),
      fields: fieldsBeside(columns, categoryColumn),
      swapSuggested: looksSwapped(read.value.records, { kind: 'geometry' }),
      decimalComma: false,
      ...(boundaries ? { boundaries } : {}),
      notices: [...notices, ...read.value.notices],
    };
    return ok({ preview, records: read.value.records });
  }
  const read = readCsv(text);
  if (!read.ok) return refuse(fill(msg('“{file}”: {problem}'), { file: fileName, problem: sentences(read.error) }));
  const { columns, rows, rowNumbers } = read.value;
  const records = rows.map((cells, i): ImportRecord => ({ line: rowNumbers[i] ?? i + 2, values: Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])) }));
  const locations = detectLocations(
    columns,
    records.slice(0, 200).map((r) => r.values),
  );
  const location = locations[0] ?? { kind: 'none' };
  const categoryColumn = categoryColumnOf(records, columns);
  const grantColumns = detectGrantColumns(columns);
  const looksLikeGrants = location.kind === 'none' && REQUIRED_GRANT_FIELDS.every((f) => grantColumns[f]);
  const decimalComma = usesDecimalComma(read.value.delimiter, records, location);
  if (decimalComma)
    notices.push(
      fill(msg('The coordinates are written with decimal commas (e.g. “{example}”), as European spreadsheets do; they are read as decimal points.'), {
        example: records[0]?.values[location.kind === 'lonlat' ? location.lat : location.kind === 'bng' ? location.northing : ''] ?? '',
      }),
    );
  const preview: ImportPreview = {
    fileName,
    format: 'csv',
    columns,
    recordCount: records.length,
    sample: records.slice(0, PREVIEW_ROWS),
    location,
    locations,
    ownColumns: ownColumnsOf(columns),
    ...(categoryColumn ? { categoryColumn } : {}),
    fields: fieldsBeside(columns, categoryColumn),
    swapSuggested: looksSwapped(records, location, decimalComma),
    decimalComma,
    ...(looksLikeGrants ? { grants: { columns: REQUIRED_GRANT_FIELDS.map((f) => grantColumns[f] ?? '') } } : {}),
    notices: [...notices, ...read.value.notices.map((n) => fill(msg('Row {row} {problem}.'), { row: n.row, problem: n.reason }))],
  };
  return ok({ preview, records });
}

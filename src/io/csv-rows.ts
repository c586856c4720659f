import Papa from 'papaparse';
import type { FlatValue } from './asset-properties';

/**
 * How every CSV the app makes is written: "gis" plain, or "excel" with a BOM and no cell a
 * spreadsheet would run. Apart from csv-export (assets, with grid references through proj4), so
 * the plan and coverage tables do not load proj4 with them.
 */
export type CsvFlavour = 'gis' | 'excel';

const BOM = '\ufeff';
/** A cell a spreadsheet would run as a formula: =, +, -, @, tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a text cell for spreadsheets: a leading apostrophe makes it plain text. */
export function escapeForSpreadsheet(value: FlatValue): FlatValue {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Every column any row has, in the order they first appear: the CSV's header. */
export const columnsOf = (rows: readonly Record<string, FlatValue>[]) => [...new Set(rows.flatMap((r) => Object.keys(r)))];

/**
 * Any table as CSV in either flavour: the one writer behind every CSV the app makes (assets,
 * coverage tables), so all of them are safe to open in a spreadsheet.
 */
export function rowsToCsv(rows: readonly Record<string, FlatValue>[], flavour: CsvFlavour): string {
  const safe = flavour === 'excel' ? rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, escapeForSpreadsheet(v)]))) : rows;
  const columns = columnsOf(safe);
  const body = Papa.unparse({ fields: columns, data: safe.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\r\n', quotes: (value: unknown) => typeof value === 'string' });
  return flavour === 'excel' ? BOM + body : body;
}

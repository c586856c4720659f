import Papa from 'papaparse';
import type { Asset } from '../model/asset';
import { representativePoint } from '../model/geometry';
import { flatAssetProperties, selectForExport, type ExportNames, type FlatValue, type PrivacyReport } from './asset-properties';
import { toWkt } from './geometry-out';
import { toBritishNationalGrid } from './british-national-grid';
import { round7 } from '../lib/round';

export type CsvFlavour = 'gis' | 'excel';

const BOM = '\ufeff';
/** A cell a spreadsheet would run as a formula: =, +, -, @, tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a text cell for spreadsheets: a leading apostrophe makes it plain text. */
export function escapeForSpreadsheet(value: FlatValue): FlatValue {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Assets as CSV. "gis": longitude, latitude, easting and northing (EPSG:27700, approximate to a few
 * metres) and WKT, as QGIS's delimited-text reader or ogr2ogr take it. "excel": UTF-8 with a BOM so
 * Excel reads accents, and no cell that a spreadsheet would execute.
 */
export function assetsToCsv(assets: readonly Asset[], flavour: CsvFlavour, includePersonal: boolean, names?: ExportNames): { csv: string; columns: string[]; report: PrivacyReport } {
  const { assets: kept, report } = selectForExport(assets, includePersonal);
  const rows = kept.map((asset) => {
    const row = flatAssetProperties(asset, includePersonal, names);
    const point = asset.geometry ? representativePoint(asset.geometry) : null;
    const grid = point ? toBritishNationalGrid(point) : null;
    const located: Record<string, FlatValue> = {
      longitude: point ? round7(point[0]) : null,
      latitude: point ? round7(point[1]) : null,
      ...(flavour === 'gis' ? { easting: grid?.[0] ?? null, northing: grid?.[1] ?? null, wkt: asset.geometry ? toWkt(asset.geometry) : null } : {}),
    };
    return { ...row, ...located };
  });
  return { csv: rowsToCsv(rows, flavour), columns: columnsOf(rows), report };
}

/** Every column any row has, in the order they first appear: the CSV's header. */
const columnsOf = (rows: readonly Record<string, FlatValue>[]) => [...new Set(rows.flatMap((r) => Object.keys(r)))];

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

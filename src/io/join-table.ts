import { isMissing } from './detect-columns';
import { vintageOfField } from './read-areas';
import { fill, msg } from '../lib/i18n/msg';

export type JoinedValue = number | string | null;

export interface JoinResult {
  /** Area code → the chosen columns' values (numbers where the text is a number). */
  values: Map<string, Record<string, JoinedValue>>;
  matched: number;
  areaCount: number;
  /** Areas no row matched. */
  unmatchedAreas: string[];
  /** Rows whose code matched no area (by row number, as a spreadsheet counts, header = 1). */
  unmatchedRows: { row: number; code: string }[];
  /** Codes that appear on more than one row: the first row is used. */
  duplicateCodes: string[];
  /** Set when the codes look like another vintage of boundaries than the areas. */
  vintageWarning: string | null;
}

const toValue = (text: string | undefined): JoinedValue => {
  if (isMissing(text)) return null;
  const trimmed = (text as string).trim();
  const n = Number(trimmed);
  return trimmed !== '' && Number.isFinite(n) ? n : trimmed;
};

// The last 2011 codes: ONS issued higher numbers only to areas new in 2021 (E01033769… LSOAs,
// E02006935… MSOAs, W01001959… Welsh LSOAs). Welsh MSOAs are left out until their range is checked.
const LAST_2011_CODE: Record<string, number> = { E01: 33768, E02: 6934, W01: 1958 };
/** True when a code exists only in the 2021 small-area geography. */
export function isNew2021Code(code: string): boolean {
  const limit = LAST_2011_CODE[code.slice(0, 3).toUpperCase()];
  return limit !== undefined && Number(code.slice(3)) > limit;
}

function vintageWarning(areaCodes: readonly string[], areaField: string | undefined, tableCodes: readonly string[], tableField: string, unmatched: number): string | null {
  const areaYear = vintageOfField(areaField) ?? (areaCodes.some(isNew2021Code) ? '2021' : null);
  const tableYear = vintageOfField(tableField) ?? (tableCodes.some(isNew2021Code) ? '2021' : null);
  if (areaYear && tableYear && areaYear !== tableYear) {
    return fill(
      msg(
        '{count, plural, one {The table’s codes look like {table} codes ({field}) but the areas are {areas} boundaries, so # area did not match. Use boundaries of the same vintage as the data (IMD 2019 uses LSOA 2011).} other {The table’s codes look like {table} codes ({field}) but the areas are {areas} boundaries, so # areas did not match. Use boundaries of the same vintage as the data (IMD 2019 uses LSOA 2011).}}',
      ),
      { count: unmatched, table: tableYear, field: tableField, areas: areaYear },
    );
  }
  if (areaYear === '2021' && !tableYear && unmatched > 0) {
    return fill(msg('The areas include codes new in 2021 (e.g. {code}) that the table does not have: it may be for 2011 areas. Use boundaries of the same vintage as the data.'), {
      code: areaCodes.find(isNew2021Code) ?? '',
    });
  }
  return null;
}

/**
 * Joins table rows to areas by code (trimmed, case-blind), reporting what matched and what did
 * not, and warning when the codes look like another vintage (2011 codes against 2021 areas).
 */
export function joinTable(
  areas: { codes: readonly string[]; codeField?: string },
  table: { columns: readonly string[]; rows: readonly string[][]; rowNumbers?: readonly number[] },
  codeColumn: string,
  valueColumns: readonly string[],
): JoinResult {
  const key = (code: string) => code.trim().toUpperCase();
  const areaKeys = new Map(areas.codes.map((c) => [key(c), c]));
  const codeIndex = table.columns.indexOf(codeColumn);
  const valueIndexes = valueColumns.map((c) => [c, table.columns.indexOf(c)] as const).filter(([, i]) => i >= 0);
  const values = new Map<string, Record<string, JoinedValue>>();
  const unmatchedRows: JoinResult['unmatchedRows'] = [];
  const duplicates = new Set<string>();
  table.rows.forEach((cells, i) => {
    const code = cells[codeIndex]?.trim() ?? '';
    if (!code) return;
    const areaCode = areaKeys.get(key(code));
    if (!areaCode) return void unmatchedRows.push({ row: table.rowNumbers?.[i] ?? i + 2, code });
    if (values.has(areaCode)) return void duplicates.add(areaCode);
    values.set(areaCode, Object.fromEntries(valueIndexes.map(([column, index]) => [column, toValue(cells[index])])));
  });
  const unmatchedAreas = areas.codes.filter((c) => !values.has(c));
  return {
    values,
    matched: values.size,
    areaCount: areas.codes.length,
    unmatchedAreas,
    unmatchedRows,
    duplicateCodes: [...duplicates],
    vintageWarning: vintageWarning(
      areas.codes,
      areas.codeField,
      table.rows.map((r) => r[codeIndex] ?? ''),
      codeColumn,
      unmatchedAreas.length,
    ),
  };
}

import { ok, refuse, type Result } from '../lib/result';
import Papa from 'papaparse';
import { fill, msg } from '../lib/i18n/msg';

export interface Table {
  /** Column names as in the file, made unique ("name", "name (2)") so none is lost. */
  columns: string[];
  /** Every data row as strings, one per column (short rows padded with ''). */
  rows: string[][];
  /** Each row's number as a spreadsheet shows it (the header is row 1, blank lines count). */
  rowNumbers: number[];
  delimiter: string;
  /** Row-level notes, numbered as a spreadsheet would (the header is row 1). */
  notices: { row: number; reason: string }[];
}

export const MAX_ROWS = 200_000;

/** Reads CSV/TSV text: guesses , ; tab or |, copes with CRLF, quoted newlines, ragged rows, duplicate headers. */
export function readCsv(text: string): Result<Table> {
  // Blank lines are kept while parsing so each row's number is the one a spreadsheet shows.
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: false });
  const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
  const numbered = parsed.data.map((cells, i) => ({ cells, number: i + 1 })).filter((r) => !blank(r.cells));
  const [headerRow, ...bodyRows] = numbered;
  const header = headerRow?.cells;
  const body = bodyRows.map((r) => r.cells);
  const rowNumbers = bodyRows.map((r) => r.number);
  if (!header || header.every((h) => h.trim() === '')) return refuse(msg('The file has no header row: the first line must name the columns.'));
  if (body.length > MAX_ROWS)
    return refuse(
      fill(msg('The file has {count} rows; at most {most} can be imported at once. Split it into smaller files.'), {
        count: body.length.toLocaleString('en-GB'),
        most: MAX_ROWS.toLocaleString('en-GB'),
      }),
    );
  const seen = new Map<string, number>();
  const columns = header.map((raw, i) => {
    const name = raw.trim() || `column ${i + 1}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
  const notices: Table['notices'] = [];
  const rows = body.map((cells, i) => {
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c.trim() !== '')) {
      notices.push({ row: rowNumbers[i] ?? i + 2, reason: fill(msg('has {values} values for {columns} columns; the extra values were ignored'), { values: cells.length, columns: columns.length }) });
    }
    return columns.map((_, c) => cells[c] ?? '');
  });
  return ok({ columns, rows, rowNumbers, delimiter: parsed.meta.delimiter, notices });
}

import type { Overlay } from '../model/overlay';
import { decodeText } from '../io/decode-text';
import { readCsv, type Table } from '../io/read-csv';
import { joinTable, type JoinResult } from '../io/join-table';
import type { AreaCandidate, AreaFields } from '../io/read-areas';
import { ok, refuse, sentences, type Result } from '../lib/result';
import * as intents from './intents/overlays';
import type { NewOverlay } from './intents/overlays';
import { run } from './workspace';
import { fill, msg } from '../lib/i18n/msg';

export type { JoinResult } from '../io/join-table';

export interface PreparedTable {
  fileName: string;
  table: Table;
  /** The column whose values match the most area codes. */
  codeColumn: string;
  /** Numeric columns, most useful first (deciles, then scores). */
  numericColumns: string[];
}

/** Reads a CSV to join and guesses its code column (the one matching most areas) and value columns. */
export async function prepareTable(file: File, areaCodes: readonly string[]): Promise<Result<PreparedTable>> {
  const read = readCsv(decodeText(new Uint8Array(await file.arrayBuffer())).text);
  if (!read.ok) return refuse(fill(msg('“{file}”: {problem}'), { file: file.name, problem: sentences(read.error) }));
  const { columns, rows } = read.value;
  const codes = new Set(areaCodes.map((c) => c.toUpperCase()));
  const hits = columns.map((_, i) => rows.reduce((n, r) => n + (codes.has((r[i] ?? '').trim().toUpperCase()) ? 1 : 0), 0));
  const best = hits.indexOf(Math.max(...hits));
  const numericColumns = columns.filter((_, i) => rows.length > 0 && rows.filter((r) => r[i]?.trim()).every((r) => Number.isFinite(Number(r[i]))) && rows.some((r) => r[i]?.trim()));
  const rank = (c: string) => (/decile/i.test(c) ? 0 : /score/i.test(c) ? 1 : 2);
  numericColumns.sort((a, b) => rank(a) - rank(b));
  if (!columns[best] || (hits[best] ?? 0) === 0)
    return refuse(fill(msg('No column of “{file}” holds the areas’ codes (such as {codes}).'), { file: file.name, codes: areaCodes.slice(0, 2).join(', ') }));
  return ok({ fileName: file.name, table: read.value, codeColumn: columns[best], numericColumns });
}

/** Joins the table to the areas and reports how well it matched. */
export function joinPrepared(areas: readonly AreaCandidate[], fields: AreaFields, prepared: PreparedTable, codeColumn: string, valueColumns: readonly string[]): JoinResult {
  return joinTable({ codes: areas.map((a) => a.code), ...(fields.code ? { codeField: fields.code } : {}) }, prepared.table, codeColumn, valueColumns);
}

/** Stores a context layer (small areas with their joined values) as one undoable step. */
export const saveOverlay = (input: NewOverlay): Promise<Result<Overlay>> => run(intents.addOverlay, input);

export const setOverlayVisible = async (id: string, visible: boolean): Promise<boolean> => (await run(intents.setOverlayVisible, { id, visible })).ok;
export const setOverlayValueField = async (id: string, valueField: string): Promise<boolean> => (await run(intents.setOverlayValueField, { id, valueField })).ok;
export const deleteOverlay = async (id: string): Promise<boolean> => (await run(intents.deleteOverlay, { id })).ok;

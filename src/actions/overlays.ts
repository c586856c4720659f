import { OverlaySchema, type Overlay, type OverlayArea } from '../model/overlay';
import { describeIssues } from '../model/problems';
import { decodeText } from '../io/decode-text';
import { readCsv, type Table } from '../io/read-csv';
import { joinTable, type JoinResult } from '../io/join-table';
import type { AreaCandidate, AreaFields } from '../io/read-areas';
import { newId } from '../lib/id';
import { err, ok, type Result } from '../lib/result';
import { workspace } from './workspace';

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
export async function prepareTable(file: File, areaCodes: readonly string[]): Promise<Result<PreparedTable, string>> {
  const read = readCsv(decodeText(new Uint8Array(await file.arrayBuffer())).text);
  if (!read.ok) return err(`\u201c${file.name}\u201d: ${read.reason}`);
  const { columns, rows } = read.table;
  const codes = new Set(areaCodes.map((c) => c.toUpperCase()));
  const hits = columns.map((_, i) => rows.reduce((n, r) => n + (codes.has((r[i] ?? '').trim().toUpperCase()) ? 1 : 0), 0));
  const best = hits.indexOf(Math.max(...hits));
  const numericColumns = columns.filter((_, i) => rows.length > 0 && rows.filter((r) => r[i]?.trim()).every((r) => Number.isFinite(Number(r[i]))) && rows.some((r) => r[i]?.trim()));
  const rank = (c: string) => (/decile/i.test(c) ? 0 : /score/i.test(c) ? 1 : 2);
  numericColumns.sort((a, b) => rank(a) - rank(b));
  if (!columns[best] || (hits[best] ?? 0) === 0) return err(`No column of \u201c${file.name}\u201d holds the areas' codes (such as ${areaCodes.slice(0, 2).join(', ')}).`);
  return ok({ fileName: file.name, table: read.table, codeColumn: columns[best], numericColumns });
}

/** Joins the table to the areas and reports how well it matched. */
export function joinPrepared(areas: readonly AreaCandidate[], fields: AreaFields, prepared: PreparedTable, codeColumn: string, valueColumns: readonly string[]): JoinResult {
  return joinTable({ codes: areas.map((a) => a.code), ...(fields.code ? { codeField: fields.code } : {}) }, prepared.table, codeColumn, valueColumns);
}

/** Stores a context layer (small areas with their joined values) as one undoable step. */
export async function saveOverlay(input: {
  name: string;
  vintage: string;
  attribution: string;
  valueField: string | undefined;
  areas: readonly AreaCandidate[];
  join: JoinResult | null;
}): Promise<Result<Overlay, string[]>> {
  const now = new Date().toISOString();
  const areas: OverlayArea[] = input.areas.map((a) => ({ code: a.code, name: a.name, geometry: a.geometry, values: input.join?.values.get(a.code) ?? {} }));
  const parsed = OverlaySchema.safeParse({
    id: newId(),
    name: input.name.trim(),
    kind: 'small-areas',
    vintage: input.vintage.trim(),
    attribution: input.attribution.trim(),
    valueField: input.valueField,
    visible: true,
    areas,
    createdAt: now,
    updatedAt: now,
  });
  if (!parsed.success) return err(describeIssues(parsed.error));
  const applied = await workspace.apply({ label: `Add layer \u201c${parsed.data.name}\u201d`, overlays: { put: [parsed.data] } });
  return applied.ok ? ok(parsed.data) : err([applied.error.message]);
}

async function updateOverlay(id: string, label: (o: Overlay) => string, patch: Partial<Overlay>): Promise<boolean> {
  const overlay = workspace.state.overlays.value.find((o) => o.id === id);
  if (!overlay) return false;
  return (await workspace.apply({ label: label(overlay), overlays: { put: [{ ...overlay, ...patch, updatedAt: new Date().toISOString() }] } })).ok;
}

export const setOverlayVisible = (id: string, visible: boolean) => updateOverlay(id, (o) => `${visible ? 'Show' : 'Hide'} layer \u201c${o.name}\u201d`, { visible });
export const setOverlayValueField = (id: string, valueField: string) => updateOverlay(id, (o) => `Colour \u201c${o.name}\u201d by ${valueField}`, { valueField });

export async function deleteOverlay(id: string): Promise<boolean> {
  const overlay = workspace.state.overlays.value.find((o) => o.id === id);
  if (!overlay) return false;
  return (await workspace.apply({ label: `Delete layer \u201c${overlay.name}\u201d`, overlays: { remove: [id] } })).ok;
}

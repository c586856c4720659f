import type { Asset } from '../model/asset';
import { CATEGORIES } from '../model/categories';
import { foldForMatch } from '../lib/fold';
import { fieldsOfType, readYesNo, showValue, type TypeField, type TypeFields } from '../model/type-fields';
import type { TableColumn } from '../actions/asset-actions';
import { msg } from '../lib/i18n';

/** How a column's cells are shown and edited. */
export type CellKind = 'text' | 'status' | 'date' | 'yes-no' | 'number' | 'fixed';

export interface ColumnDef {
  id: TableColumn | 'category' | 'neighbourhoods';
  label: string;
  kind: CellKind;
  /** A type's field: only assets of a type with that field can hold it. */
  field?: TypeField;
}

/** The columns every list has; a type's fields follow. */
const BASE_COLUMNS: readonly ColumnDef[] = [
  { id: 'name', label: msg('Name'), kind: 'text' },
  { id: 'category', label: msg('Category'), kind: 'fixed' },
  { id: 'type', label: msg('Type'), kind: 'text' },
  { id: 'status', label: msg('Status'), kind: 'status' },
  { id: 'neighbourhoods', label: msg('Neighbourhoods'), kind: 'fixed' },
  { id: 'verifiedAt', label: msg('Last verified'), kind: 'date' },
];

/** Beyond this many, a type's fields would make the table wider than a tablet can scroll through usefully. */
export const MAX_FIELD_COLUMNS = 10;

/** The table's columns for these assets: the common ones, then the fields of the types among them. */
export function tableColumns(assets: readonly Asset[], definitions: readonly TypeFields[]): ColumnDef[] {
  const types = new Set<string>();
  for (const a of assets) types.add(foldForMatch(a.type.trim()));
  const fields = new Map<string, TypeField>();
  for (const d of definitions) if (types.has(foldForMatch(d.type.trim()))) for (const f of d.fields) if (!fields.has(f.key)) fields.set(f.key, f);
  const extra = [...fields.values()].slice(0, MAX_FIELD_COLUMNS).map((f): ColumnDef => ({ id: `extra.${f.key}`, label: f.label, kind: f.kind, field: f }));
  return [...BASE_COLUMNS, ...extra];
}

/** True when this asset's type has the column's field (a café column means nothing for a group). */
export function holds(asset: Asset, column: ColumnDef, definitions: readonly TypeFields[]): boolean {
  return !column.field || fieldsOfType(definitions, asset.type).some((f) => f.key === column.field?.key);
}

/** What a cell holds as stored (the edit control's value). */
export function cellValue(asset: Asset, column: ColumnDef, neighbourhoodNames: ReadonlyMap<string, string>): string {
  switch (column.id) {
    case 'name':
      return asset.name;
    case 'category':
      return CATEGORIES[asset.category].label;
    case 'type':
      return asset.type;
    case 'status':
      return asset.status;
    case 'neighbourhoods':
      return asset.neighbourhoodIds.map((id) => neighbourhoodNames.get(id) ?? '').join(', ');
    case 'verifiedAt':
      return asset.verifiedAt ?? '';
    default:
      return asset.extra[column.id.slice('extra.'.length)] ?? '';
  }
}

/** How a cell reads: yes/no as "Yes"/"No". */
export const cellText = (asset: Asset, column: ColumnDef, names: ReadonlyMap<string, string>): string => showValue(column.field, cellValue(asset, column, names));

export interface SortBy {
  column: ColumnDef['id'];
  descending: boolean;
}

/**
 * The assets' ids in the column's order: numbers by value, yes before no, text and dates as text
 * ignoring case and accents; empty cells last either way; ties keep the list's order (by name).
 */
export function sortedIds(assets: readonly Asset[], columns: readonly ColumnDef[], sort: SortBy | null, names: ReadonlyMap<string, string>): string[] {
  const column = sort ? columns.find((c) => c.id === sort.column) : undefined;
  if (!sort || !column) return assets.map((a) => a.id);
  const key = (a: Asset): string | number | null => {
    const v = cellValue(a, column, names).trim();
    if (v === '') return null;
    if (column.kind === 'number') return Number.isFinite(Number(v)) ? Number(v) : null;
    if (column.kind === 'yes-no') return readYesNo(v) === 'yes' ? 0 : readYesNo(v) === 'no' ? 1 : 2;
    return foldForMatch(v);
  };
  const keyed = assets.map((a, i) => ({ id: a.id, k: key(a), i }));
  const sign = sort.descending ? -1 : 1;
  keyed.sort((x, y) => {
    if (x.k === null || y.k === null) return x.k === y.k ? x.i - y.i : x.k === null ? 1 : -1;
    const c = x.k < y.k ? -1 : x.k > y.k ? 1 : 0;
    return c === 0 ? x.i - y.i : c * sign;
  });
  return keyed.map((k) => k.id);
}

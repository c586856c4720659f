import { AssetSchema, type Asset } from '../../model/asset';
import { fieldsOfType, fieldValue } from '../../model/type-fields';
import { describeIssues } from '../../model/problems';
import { ok, refuse } from '../../lib/result';
import type { Intent } from './intent';
import { CHANGE_LABELS, changeLabel } from '../../model/change-labels';
import { msg } from '../../lib/i18n/msg';

/** What the attribute table can change: a few of the asset's own fields, or one detail. */
export type TableColumn = 'name' | 'type' | 'status' | 'verifiedAt' | `extra.${string}`;

const COLUMN_NAMES: Record<string, string> = { name: 'name', type: 'type', status: 'status', verifiedAt: 'last verified' };

/**
 * One cell of the attribute table: the same checks as the form (a name is required, a date is a
 * date, a type's number field holds a number), one undoable step named after the asset and column.
 * A blank detail is removed, as the form does.
 */
export const editAssetCell: Intent<{ id: string; column: TableColumn; value: string }, Asset> = (view, { id, column, value }, { now }) => {
  const asset = view.assets.find((a) => a.id === id);
  if (!asset) return refuse(msg('That asset is no longer in the workspace.'));
  let changed: Record<string, unknown>;
  let what: string;
  if (column.startsWith('extra.')) {
    const key = column.slice('extra.'.length);
    const field = fieldsOfType(view.settings.typeFields, asset.type).find((f) => f.key === key);
    const read = field ? fieldValue(field, value) : { value: value.trim() };
    if ('problem' in read) return refuse(read.problem, { field: column, recordId: id });
    const extra = Object.fromEntries(Object.entries({ ...asset.extra, [key]: read.value }).filter(([, v]) => v !== ''));
    changed = { extra };
    what = field?.label ?? key;
  } else {
    const text = value.trim();
    changed = { [column]: column === 'verifiedAt' && text === '' ? undefined : text };
    what = COLUMN_NAMES[column] ?? column;
  }
  const parsed = AssetSchema.safeParse({ ...asset, ...changed, updatedAt: now });
  if (!parsed.success) return refuse(describeIssues(parsed.error).join('; '), { field: column, recordId: id });
  if (JSON.stringify({ ...parsed.data, updatedAt: '' }) === JSON.stringify({ ...asset, updatedAt: '' })) return ok({ value: asset });
  return ok({ change: { label: changeLabel(CHANGE_LABELS.editCell, { name: parsed.data.name, what }), assets: { put: [parsed.data] } }, value: parsed.data });
};

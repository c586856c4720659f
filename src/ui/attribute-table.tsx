import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { STATUS_VALUES, type Asset } from '../model/asset';
import { editAssetCell, type TableColumn } from '../actions/asset-actions';

import { appState } from '../store/state';
import { query, sortedFilteredAssets } from './ui-state';
import { cellText, cellValue, holds, sortedIds, tableColumns, type ColumnDef, type SortBy } from './attribute-table-model';
import { STATUS_LABELS } from './value-labels';
import { t } from '../lib/i18n';
import { formatNumber } from '../lib/i18n/format';
import { problemsText } from './problem-words';

/** A tablet draws a few hundred rows smoothly; past that the coordinator narrows the list first. */
export const MAX_ROWS = 500;

interface Editing {
  id: string;
  column: TableColumn;
  text: string;
}

/** The control of one editable cell, labelled "Status of Lime Park" for a screen reader and the tests. */
function EditableCell({
  asset,
  column,
  value,
  editing,
  onEdit,
  onCommit,
}: {
  asset: Asset;
  column: ColumnDef;
  value: string;
  editing: Editing | null;
  onEdit: (text: string) => void;
  onCommit: (text: string) => void;
}) {
  const label = t('{column} of {name}', { column: t(column.label), name: asset.name });
  const shown = editing && editing.id === asset.id && editing.column === column.id ? editing.text : value;
  if (column.kind === 'status' || column.kind === 'yes-no') {
    const options: [string, string][] =
      column.kind === 'status'
        ? STATUS_VALUES.map((s) => [s, t(STATUS_LABELS[s])])
        : [
            ['', t('Not known')],
            ['yes', t('Yes')],
            ['no', t('No')],
          ];
    const known = options.some(([v]) => v === value);
    return (
      <select aria-label={label} value={shown} onChange={(e) => onCommit(e.currentTarget.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
        {!known && <option value={value}>{value}</option>}
      </select>
    );
  }
  return (
    <input
      aria-label={label}
      type={column.kind === 'date' ? 'date' : 'text'}
      inputMode={column.kind === 'number' ? 'decimal' : undefined}
      value={shown}
      onInput={(e) => onEdit(e.currentTarget.value)}
      onChange={(e) => onCommit(e.currentTarget.value)}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
    />
  );
}

/**
 * "Table": the current list (search and filters apply) as rows, for the checks a coordinator makes
 * before a workshop. Columns sort; names, types, statuses, dates and the type's fields are edited in
 * place, each edit one undoable change with the form's checks.
 */
export function AttributeTable({ onClose }: { onClose: () => void }) {
  const assets = sortedFilteredAssets.value;
  const definitions = appState.settings.value.typeFields;
  const names = useMemo(() => new Map(appState.neighbourhoods.value.map((n) => [n.id, n.name])), [appState.neighbourhoods.value]);
  const columns = useMemo(() => tableColumns(assets, definitions), [assets, definitions]);
  const [sort, setSort] = useState<SortBy | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // Rows keep their place while cells are edited; the order is worked out again when the sort or
  // the list (its search and filters, or how many it holds) changes.
  const order = useMemo(() => sortedIds(assets, columns, sort, names), [sort, query.value, assets.length]);
  const byId = useMemo(() => new Map(assets.map((a) => [a.id, a])), [assets]);
  const rows = order
    .slice(0, MAX_ROWS)
    .map((id) => byId.get(id))
    .filter((a): a is Asset => a !== undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus goes to the title once, when the table opens: the app redraws after every edit, and the
  // cell being edited must keep the focus.
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close.current();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const commit = async (asset: Asset, column: ColumnDef, text: string) => {
    const id = column.id as TableColumn;
    if (text === cellValue(asset, column, names)) return setEditing(null);
    const result = await editAssetCell({ id: asset.id, column: id, value: text });
    if (result.ok) {
      setEditing(null);
      setProblem(null);
      setSaved(t('Saved {column} of \u201c{name}\u201d.', { column: t(column.label).toLocaleLowerCase(), name: result.value.name }));
    } else {
      setEditing({ id: asset.id, column: id, text });
      setSaved(null);
      setProblem(t('Not saved — \u201c{name}\u201d: {problem}', { name: asset.name, problem: problemsText(result.error) }));
    }
  };
  const sortBy = (column: ColumnDef['id']) => setSort(sort?.column === column ? { column, descending: !sort.descending } : { column, descending: false });
  const total = appState.assets.value.length;
  return (
    <div class="dialog-backdrop">
      <section class="dialog table-dialog" role="dialog" aria-modal="true" aria-labelledby="table-title">
        <header class="table-header">
          <h1 id="table-title" ref={heading} tabIndex={-1}>
            {t('Attribute table')}
          </h1>
          <p>
            {assets.length === total
              ? t('{count, plural, one {# asset} other {# assets}}', { count: total })
              : t('{count, plural, one {{shown} of # asset (search and filters apply)} other {{shown} of # assets (search and filters apply)}}', { count: total, shown: formatNumber(assets.length) })}
            {assets.length > MAX_ROWS ? t('; the first {count} are shown: narrow the list to see the others.', { count: MAX_ROWS }) : '.'}
          </p>
          <button type="button" class="primary" onClick={onClose}>
            {t('Close')}
          </button>
        </header>
        {problem && (
          <p class="form-problems" role="alert">
            {problem}
          </p>
        )}
        <p role="status" class="visually-hidden">
          {saved}
        </p>
        <div class="table-scroll attribute-table" role="region" aria-label={t('Assets as a table')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.id} scope="col" aria-sort={sort?.column === c.id ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                    <button type="button" class="sort" onClick={() => sortBy(c.id)}>
                      {t(c.label)}
                      <span aria-hidden="true">{sort?.column === c.id ? (sort.descending ? ' \u25bc' : ' \u25b2') : ''}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((asset) => (
                <tr key={asset.id}>
                  {columns.map((c) => (
                    <td key={c.id} class={c.kind === 'number' ? 'number' : undefined}>
                      {c.kind === 'fixed' || !holds(asset, c, definitions) ? (
                        holds(asset, c, definitions) ? (
                          c.id === 'category' ? (
                            t(cellText(asset, c, names))
                          ) : (
                            cellText(asset, c, names)
                          )
                        ) : (
                          <span class="muted" title={t('Not a field of this type')}>
                            {'\u2013'}
                          </span>
                        )
                      ) : (
                        <EditableCell
                          asset={asset}
                          column={c}
                          value={cellValue(asset, c, names)}
                          editing={editing}
                          onEdit={(text) => setEditing({ id: asset.id, column: c.id as TableColumn, text })}
                          onCommit={(text) => void commit(asset, c, text)}
                        />
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}

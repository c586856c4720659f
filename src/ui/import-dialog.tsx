import { sentences } from '../lib/result';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_LIST, type CategoryId } from '../model/categories';
import { closeImport, prepareImport, runImport, type ImportSummary, type PreparedImport } from '../actions/import';
import { forgetPostcodeTable, loadPostcodeTable } from '../actions/postcodes';
import type { MappedField } from '../actions/import';
import { appState } from '../store/state';
import { looksPersonal } from '../model/personal-data';
import { KeptColumnsField } from './kept-columns-field';
import { SampleFiles } from './sample-files';
import { ImportSummaryView } from './import-summary';
import { BoundaryImportDialog } from './boundary-import-dialog';
import { countOf } from '../lib/count';

/** The asset fields a column can fill, beyond name and type, in the order the form shows them. */
const MORE_FIELDS: readonly [MappedField, string][] = [
  ['description', 'Description'],
  ['address', 'Address'],
  ['postcode', 'Postcode'],
  ['uprn', 'UPRN'],
  ['phone', 'Phone'],
  ['email', 'Email'],
  ['website', 'Website'],
  ['openingTimes', 'Opening times'],
];

const LOCATION_TEXT = (p: PreparedImport): string => {
  const loc = p.location;
  switch (loc.kind) {
    case 'geometry':
      return 'From each feature\u2019s geometry (points and polygons).';
    case 'lonlat':
      return `Longitude from \u201c${loc.lon}\u201d, latitude from \u201c${loc.lat}\u201d.`;
    case 'bng':
      return `British National Grid: easting \u201c${loc.easting}\u201d, northing \u201c${loc.northing}\u201d, converted to longitude/latitude (approximate, to a few metres).`;
    case 'wkt':
      return `Well-known text in \u201c${loc.column}\u201d.`;
    case 'postcode':
      return `Only postcodes (\u201c${loc.column}\u201d): rows need a postcode table to be placed; without one they are listed below and only people can be kept without a location.`;
    case 'none':
      return 'No location columns found: rows will be listed as problems, except people, who need no exact location.';
  }
};

/** The file's columns that no field or location takes: kept with each asset as they came. */
function keptBeside(prepared: PreparedImport, taken: readonly (string | undefined)[]): string[] {
  const location = Object.entries(prepared.location)
    .filter(([key]) => key !== 'kind')
    .map(([, column]) => String(column));
  const used = new Set([...taken, ...location]);
  return prepared.columns.filter((c) => !used.has(c));
}

const unit = (p: PreparedImport) => (p.format === 'csv' ? 'row' : 'feature');

/** The category choice: one for every row, or each row's from a column. */
type CategoryChoice = { fixed: CategoryId } | { column: string };

/** The <select> value of a choice: a category's id, or "#" and the column's position (no id starts with "#"). */
const categoryOption = (choice: CategoryChoice, columns: readonly string[]) => ('fixed' in choice ? choice.fixed : `#${columns.indexOf(choice.column)}`);

function categoryFromOption(value: string, columns: readonly string[]): CategoryChoice {
  const column = value.startsWith('#') ? columns[Number(value.slice(1))] : undefined;
  if (column !== undefined) return { column };
  return { fixed: (CATEGORY_LIST.find((c) => c.id === value) ?? CATEGORIES.physical).id };
}

/** "Import data": choose a file, see how it will be read, choose the category, import. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [nameColumn, setNameColumn] = useState('');
  const [typeColumn, setTypeColumn] = useState('');
  const [defaultType, setDefaultType] = useState('');
  const [category, setCategory] = useState<CategoryChoice>({ fixed: 'physical' });
  const [categoryFromType, setCategoryFromType] = useState(true);
  const [swap, setSwap] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const cancelRef = useRef<AbortController | null>(null);
  const [columnsFor, setColumnsFor] = useState<Partial<Record<MappedField, string>>>({});
  const [tableMessage, setTableMessage] = useState<string | null>(null);
  const [personal, setPersonal] = useState<ReadonlySet<string>>(new Set());
  const [file, setFile] = useState<File | null>(null);
  const [asBoundaries, setAsBoundaries] = useState(false);
  const postcodeTable = appState.postcodeTable.value;
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => fileInput.current?.focus(), []);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setFile(file);
    setSummary(null);
    const result = await prepareImport(file);
    if (!result.ok) return (setProblem(sentences(result.error)), setPrepared(null));
    setProblem(null);
    setPrepared(result.value);
    setNameColumn(result.value.fields.name ?? '');
    setTypeColumn(result.value.fields.type ?? '');
    setSwap(result.value.swapSuggested);
    setColumnsFor(result.value.fields);
    setPersonal(new Set(result.value.columns.filter(looksPersonal)));
  };
  const choosePostcodes = async (file: File | undefined) => {
    if (!file) return;
    const loaded = await loadPostcodeTable(file);
    setTableMessage(loaded.ok ? `Loaded ${loaded.value.count.toLocaleString('en-GB')} postcodes from “${file.name}”.${loaded.value.note ? ` ${loaded.value.note}` : ''}` : sentences(loaded.error));
  };
  const byColumn = 'column' in category;
  // Only a type read from the file can choose a category: a type typed in for every row goes with
  // the category chosen with it. With the box ticked, the chosen category is for the other types.
  const typeCanChoose = typeColumn !== '' && !byColumn;
  const fromTypeApplies = typeCanChoose && categoryFromType;
  const keptColumns = prepared ? keptBeside(prepared, [nameColumn, typeColumn, ...Object.values(columnsFor), 'column' in category ? category.column : '']) : [];
  const run = async () => {
    if (!prepared) return;
    setBusy(true);
    const fields = { ...prepared.fields, ...columnsFor, name: nameColumn || undefined, type: typeColumn || undefined };
    const controller = new AbortController();
    cancelRef.current = controller;
    setProgress({ done: 0, total: prepared.recordCount });
    const result = await runImport(
      prepared,
      {
        fields,
        category: 'column' in category ? category : { fixed: category.fixed, fromType: fromTypeApplies },
        defaultType,
        swapCoordinates: swap,
        personalColumns: keptColumns.filter((c) => personal.has(c)),
      },
      { onProgress: (done, total) => setProgress({ done, total }), signal: controller.signal },
    );
    cancelRef.current = null;
    setBusy(false);
    setProgress(null);
    if (result.ok) setSummary(result.value);
    else setProblem(sentences(result.error));
  };
  const preview = prepared?.sample ?? [];
  // The worker holds the parsed file until the dialog closes.
  useEffect(() => () => closeImport(), []);
  if (asBoundaries && file) return <BoundaryImportDialog file={file} onClose={onClose} />;
  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && !busy && onClose()}>
      <section class="dialog wide-dialog" role="dialog" aria-modal="true" aria-labelledby="import-title">
        <h1 id="import-title">Import data</h1>
        <div class="field">
          <label for="import-file">File to import</label>
          <input
            id="import-file"
            ref={fileInput}
            type="file"
            accept=".csv,.tsv,.txt,.geojson,.json,text/csv,application/geo+json,application/json"
            onChange={(e) => void choose(e.currentTarget.files?.[0])}
          />
          <small class="field-hint">GeoJSON, or CSV/TSV with a header row (points, or polygons as WKT).</small>
        </div>
        {!prepared && <SampleFiles />}
        {problem && (
          <p class="form-problems" role="alert">
            {problem}
          </p>
        )}
        {prepared && !summary && (
          <>
            <p>
              <b>{countOf(prepared.recordCount, unit(prepared))}</b> in “{prepared.fileName}”. Location: {LOCATION_TEXT(prepared)}
            </p>
            {prepared.boundaries && (
              <div class="notice" role="alert">
                <p>
                  This looks like a boundary file: {countOf(prepared.boundaries.count, 'area')} with ONS codes in “{prepared.boundaries.codeColumn}”. Import them as neighbourhoods, to analyse and
                  filter by, rather than as assets?
                </p>
                <button type="button" class="primary" onClick={() => setAsBoundaries(true)}>
                  Import as neighbourhoods
                </button>
              </div>
            )}
            {prepared.notices.map((n) => (
              <p key={n} class="notice">
                {n}
              </p>
            ))}
            {prepared.swapSuggested && (
              <p class="warning" role="alert">
                The longitude and latitude look swapped (latitudes where longitudes should be{prepared.format === 'geojson' ? ': the file writes [latitude, longitude]' : ''}). They will be swapped
                unless you untick below.
              </p>
            )}
            {/* Focusable, so a keyboard can scroll a wide file's columns into view. */}
            <div class="table-scroll" role="region" aria-label="File preview" tabIndex={0}>
              <table aria-label="Preview of the first rows">
                <thead>
                  <tr>
                    {prepared.columns.slice(0, 12).map((c) => (
                      <th key={c} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.map((r) => (
                    <tr key={r.line}>
                      {prepared.columns.slice(0, 12).map((c) => (
                        <td key={c}>{(r.values[c] ?? '').slice(0, 60)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div class="field-row">
              <div class="field">
                <label for="import-name">Name column</label>
                <select id="import-name" value={nameColumn} onChange={(e) => setNameColumn(e.currentTarget.value)}>
                  <option value="">(none)</option>
                  {prepared.columns.map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="import-category">Category</label>
                <select id="import-category" value={categoryOption(category, prepared.columns)} onChange={(e) => setCategory(categoryFromOption(e.currentTarget.value, prepared.columns))}>
                  {CATEGORY_LIST.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.label} ({fromTypeApplies ? 'rows of other types' : 'every row'})
                    </option>
                  ))}
                  {prepared.columns.map((c) => (
                    <option key={c} value={categoryOption({ column: c }, prepared.columns)}>
                      From column “{c}”
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="import-type-column">Type column</label>
                <select id="import-type-column" value={typeColumn} onChange={(e) => setTypeColumn(e.currentTarget.value)}>
                  <option value="">(none: use the type below)</option>
                  {prepared.columns.map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="import-type">Type for every row</label>
                <input id="import-type" value={defaultType} placeholder="e.g. park" onInput={(e) => setDefaultType(e.currentTarget.value)} />
              </div>
            </div>
            {typeCanChoose && (
              <label class="check">
                <input type="checkbox" checked={categoryFromType} onChange={(e) => setCategoryFromType(e.currentTarget.checked)} />
                <span>
                  Choose the category from the type where it is a known type
                  <small>
                    For example “group” → Associations, “school” → Institutions, “café” → Economic. Other types get{' '}
                    {'fixed' in category ? CATEGORIES[category.fixed].label : 'the column\u2019s category'}.
                  </small>
                </span>
              </label>
            )}
            {prepared.location.kind === 'postcode' && (
              <div class="field">
                <label for="import-postcodes">Postcode table</label>
                <input id="import-postcodes" type="file" accept=".csv,text/csv" onChange={(e) => void choosePostcodes(e.currentTarget.files?.[0])} />
                <small class="field-hint">
                  {postcodeTable
                    ? `Using ${postcodeTable.lookup.size.toLocaleString('en-GB')} postcodes from “${postcodeTable.fileName}”, kept on this device. Choose another file to replace it.`
                    : 'A CSV with postcode, longitude and latitude columns, e.g. the Trafford postcodes file. It is kept on this device.'}
                </small>
                {postcodeTable && (
                  <button type="button" class="secondary" onClick={() => void forgetPostcodeTable().then(() => setTableMessage('The postcode table was removed from this device.'))}>
                    Forget postcode table
                  </button>
                )}
                {tableMessage && <p role="status">{tableMessage}</p>}
              </div>
            )}
            <details class="more-columns">
              <summary>More columns</summary>
              <div class="field-row">
                {MORE_FIELDS.map(([field, label]) => (
                  <div class="field" key={field}>
                    <label for={`import-${field}`}>{label} column</label>
                    <select id={`import-${field}`} value={columnsFor[field] ?? ''} onChange={(e) => setColumnsFor({ ...columnsFor, [field]: e.currentTarget.value || undefined })}>
                      <option value="">(none)</option>
                      {prepared.columns.map((c) => (
                        <option key={c}>{c}</option>
                      ))}
                    </select>
                  </div>
                ))}
              </div>
            </details>
            {(prepared.location.kind === 'lonlat' || prepared.location.kind === 'geometry') && (
              <label class="check">
                <input type="checkbox" checked={swap} onChange={(e) => setSwap(e.currentTarget.checked)} />
                <span>Swap longitude and latitude</span>
              </label>
            )}
            <KeptColumnsField columns={keptColumns} personal={personal} onChange={setPersonal} />
            <p class="hint">NA, N/A and empty cells count as missing.</p>
          </>
        )}
        {summary && prepared && <ImportSummaryView summary={summary} prepared={prepared} />}
        {progress && (
          <div class="import-progress">
            <label for="import-progress">
              Importing: {progress.done.toLocaleString('en-GB')} of {prepared ? countOf(progress.total, unit(prepared)) : progress.total.toLocaleString('en-GB')}
            </label>
            <progress id="import-progress" max={progress.total} value={progress.done} />
            <button type="button" class="secondary" onClick={() => cancelRef.current?.abort()}>
              Cancel import
            </button>
          </div>
        )}
        <div class="actions">
          {prepared && !summary && (
            <button type="button" class="primary" disabled={busy} onClick={() => void run()}>
              Import {countOf(prepared.recordCount, unit(prepared))}
            </button>
          )}
          <button type="button" class="secondary" disabled={busy} onClick={onClose}>
            {summary ? 'Done' : 'Cancel'}
          </button>
        </div>
      </section>
    </div>
  );
}

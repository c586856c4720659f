import { CATEGORIES, CATEGORY_LIST } from '../model/categories';
import type { MappedField, PreparedImport } from '../actions/import';
import { countOf } from '../lib/count';
import { KeptColumnsField } from './kept-columns-field';
import { PostcodeTableField } from './postcode-table-field';
import { appState } from '../store/state';
import { chosenLocation, columnsOntoFields, fromTypeApplies, keptColumns, typeCanChoose, type CategoryChoice, type MappingChoices } from './import-steps';

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

type Location = PreparedImport['location'];

const LOCATION_TEXT = (loc: Location): string => {
  switch (loc.kind) {
    case 'geometry':
      return 'From each feature\u2019s geometry (points and polygons).';
    case 'lonlat':
      return `Longitude from \u201c${loc.lon}\u201d, latitude from \u201c${loc.lat}\u201d.`;
    case 'bng':
      return `British National Grid: easting \u201c${loc.easting}\u201d, northing \u201c${loc.northing}\u201d, converted to longitude/latitude (approximate, to a few metres).`;
    case 'wkt':
      return `Well-known text in \u201c${loc.column}\u201d${loc.britishNationalGrid ? ', in British National Grid metres, converted to longitude/latitude (approximate, to a few metres)' : ''}.`;
    case 'postcode':
      return `Only postcodes (\u201c${loc.column}\u201d): rows need a postcode table to be placed; without one they are listed below and only people can be kept without a location.`;
    case 'none':
      return 'No location columns found: rows will be listed as problems, except people, who need no exact location.';
  }
};

/** A way of placing rows, as a short choice in the "Place each row by" list. */
const LOCATION_CHOICE = (loc: Location): string => {
  switch (loc.kind) {
    case 'geometry':
      return 'Geometry';
    case 'lonlat':
      return `Longitude/latitude (${loc.lon}, ${loc.lat}): exact`;
    case 'bng':
      return `Easting/northing (${loc.easting}, ${loc.northing}): to a few metres`;
    case 'wkt':
      return `WKT shape (${loc.column})${loc.britishNationalGrid ? ': to a few metres' : ': exact'}`;
    case 'postcode':
      return `Postcode (${loc.column}): middle of the postcode`;
    case 'none':
      return 'Nothing';
  }
};

export const unit = (p: PreparedImport) => (p.format === 'csv' ? 'row' : 'feature');

/** The <select> value of a choice: a category's id, or "#" and the column's position (no id starts with "#"). */
const categoryOption = (choice: CategoryChoice, columns: readonly string[]) => ('fixed' in choice ? choice.fixed : `#${columns.indexOf(choice.column)}`);

function categoryFromOption(value: string, columns: readonly string[]): CategoryChoice {
  const column = value.startsWith('#') ? columns[Number(value.slice(1))] : undefined;
  if (column !== undefined) return { column };
  return { fixed: (CATEGORY_LIST.find((c) => c.id === value) ?? CATEGORIES.physical).id };
}

/**
 * The mapping step of "Import data": how the file was read, a preview of its first rows, and which
 * columns give the name, category, type, other fields and personal data.
 */
export function ImportMappingStep({
  prepared,
  choices,
  onChange,
  onBoundaries,
  onGrants,
}: {
  prepared: PreparedImport;
  choices: MappingChoices;
  onChange: (patch: Partial<MappingChoices>) => void;
  onBoundaries: () => void;
  /** Hands the file to the Investment tab's grant import. */
  onGrants?: () => void;
}) {
  const set = onChange;
  const fromType = fromTypeApplies(choices);
  const location = chosenLocation(prepared, choices);
  const ontoFields = columnsOntoFields(keptColumns(prepared, choices), appState.settings.value.typeFields);
  return (
    <>
      <p>
        <b>{countOf(prepared.recordCount, unit(prepared))}</b> in “{prepared.fileName}”. Location: {LOCATION_TEXT(location)}
      </p>
      {prepared.boundaries && (
        <div class="notice" role="alert">
          <p>
            This looks like a boundary file: {countOf(prepared.boundaries.count, 'area')} with ONS codes in “{prepared.boundaries.codeColumn}”. Import them as neighbourhoods, to analyse and filter by,
            rather than as assets?
          </p>
          <button type="button" class="primary" onClick={onBoundaries}>
            Import as neighbourhoods
          </button>
        </div>
      )}
      {prepared.grants && onGrants && (
        <div class="notice" role="alert">
          <p>
            This looks like a grants spreadsheet: amounts, award dates and recipients ({prepared.grants.columns.map((c) => `“${c}”`).join(', ')}) and no place. Import the rows as grants, matched to
            the assets on the map, rather than as assets?
          </p>
          <button type="button" class="primary" onClick={onGrants}>
            Import as grants
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
          The longitude and latitude look swapped (latitudes where longitudes should be{prepared.format === 'geojson' ? ': the file writes [latitude, longitude]' : ''}). They will be swapped unless
          you untick below.
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
            {prepared.sample.map((r) => (
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
          <select id="import-name" value={choices.nameColumn} onChange={(e) => set({ nameColumn: e.currentTarget.value })}>
            <option value="">(none)</option>
            {prepared.columns.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="import-category">Category</label>
          <select id="import-category" value={categoryOption(choices.category, prepared.columns)} onChange={(e) => set({ category: categoryFromOption(e.currentTarget.value, prepared.columns) })}>
            {CATEGORY_LIST.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label} ({fromType ? 'rows of other types' : 'every row'})
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
          <select id="import-type-column" value={choices.typeColumn} onChange={(e) => set({ typeColumn: e.currentTarget.value })}>
            <option value="">(none: use the type below)</option>
            {prepared.columns.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="import-type">Type for every row</label>
          <input id="import-type" value={choices.defaultType} placeholder="e.g. park" onInput={(e) => set({ defaultType: e.currentTarget.value })} />
        </div>
      </div>
      {typeCanChoose(choices) && (
        <label class="check">
          <input type="checkbox" checked={choices.categoryFromType} onChange={(e) => set({ categoryFromType: e.currentTarget.checked })} />
          <span>
            Choose the category from the type where it is a known type
            <small>
              For example “group” → Associations, “school” → Institutions, “café” → Economic. Other types get{' '}
              {'fixed' in choices.category ? CATEGORIES[choices.category.fixed].label : 'the column\u2019s category'}.
            </small>
          </span>
        </label>
      )}
      {prepared.locations.length > 1 && (
        <div class="field">
          <label for="import-location">Place each row by</label>
          <select id="import-location" aria-describedby="import-location-hint" value={choices.location} onChange={(e) => set({ location: Number(e.currentTarget.value) })}>
            {prepared.locations.map((l, i) => (
              <option key={i} value={i}>
                {LOCATION_CHOICE(l)}
              </option>
            ))}
          </select>
          <small id="import-location-hint" class="hint">
            A row with nothing there is placed by the next one in this list that it has.
          </small>
        </div>
      )}
      {location.kind === 'postcode' && <PostcodeTableField id="import-postcodes" />}
      <details class="more-columns">
        <summary>More columns</summary>
        <div class="field-row">
          {MORE_FIELDS.map(([field, label]) => (
            <div class="field" key={field}>
              <label for={`import-${field}`}>{label} column</label>
              <select id={`import-${field}`} value={choices.columnsFor[field] ?? ''} onChange={(e) => set({ columnsFor: { ...choices.columnsFor, [field]: e.currentTarget.value || undefined } })}>
                <option value="">(none)</option>
                {prepared.columns.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </details>
      {(location.kind === 'lonlat' || location.kind === 'geometry') && (
        <label class="check">
          <input type="checkbox" checked={choices.swap} onChange={(e) => set({ swap: e.currentTarget.checked })} />
          <span>Swap longitude and latitude</span>
        </label>
      )}
      {ontoFields.length > 0 && (
        <p class="notice">
          Filled into the types&rsquo; fields for rows of that type: {ontoFields.map((o) => `\u201c${o.column}\u201d \u2192 ${o.field} (${o.type})`).join(', ')}.{' '}
          {'(Settings \u2192 Types and their fields.)'}
        </p>
      )}
      <KeptColumnsField columns={keptColumns(prepared, choices)} personal={choices.personal} onChange={(personal) => set({ personal })} />
      <p class="hint">NA, N/A and empty cells count as missing.</p>
    </>
  );
}

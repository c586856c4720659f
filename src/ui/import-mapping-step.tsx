import { CATEGORIES, CATEGORY_LIST } from '../model/categories';
import type { MappedField, PreparedImport } from '../actions/import';
import { msg, t } from '../lib/i18n';
import { KeptColumnsField } from './kept-columns-field';
import { PostcodeTableField } from './postcode-table-field';
import { appState } from '../store/state';
import { chosenLocation, columnsOntoFields, fromTypeApplies, keptColumns, typeCanChoose, type CategoryChoice, type MappingChoices } from './import-steps';
import { problemText } from './problem-words';

/** The asset fields a column can fill, beyond name and type, in the order the form shows them. */
const MORE_FIELDS: readonly [MappedField, string][] = [
  ['description', msg('Description column')],
  ['address', msg('Address column')],
  ['postcode', msg('Postcode column')],
  ['uprn', msg('UPRN column')],
  ['phone', msg('Phone column')],
  ['email', msg('Email column')],
  ['website', msg('Website column')],
  ['openingTimes', msg('Opening times column')],
];

type Location = PreparedImport['location'];

const LOCATION_TEXT = (loc: Location): string => {
  switch (loc.kind) {
    case 'geometry':
      return t('From each feature\u2019s geometry (points and polygons).');
    case 'lonlat':
      return t('Longitude from \u201c{lon}\u201d, latitude from \u201c{lat}\u201d.', { lon: loc.lon, lat: loc.lat });
    case 'bng':
      return t('British National Grid: easting \u201c{easting}\u201d, northing \u201c{northing}\u201d, converted to longitude/latitude (approximate, to a few metres).', {
        easting: loc.easting,
        northing: loc.northing,
      });
    case 'wkt':
      return loc.britishNationalGrid
        ? t('Well-known text in \u201c{column}\u201d, in British National Grid metres, converted to longitude/latitude (approximate, to a few metres).', { column: loc.column })
        : t('Well-known text in \u201c{column}\u201d.', { column: loc.column });
    case 'postcode':
      return t('Only postcodes (\u201c{column}\u201d): rows need a postcode table to be placed; without one they are listed below and only people can be kept without a location.', {
        column: loc.column,
      });
    case 'none':
      return t('No location columns found: rows will be listed as problems, except people, who need no exact location.');
  }
};

/** A way of placing rows, as a short choice in the "Place each row by" list. */
const LOCATION_CHOICE = (loc: Location): string => {
  switch (loc.kind) {
    case 'geometry':
      return t('Geometry');
    case 'lonlat':
      return t('Longitude/latitude ({lon}, {lat}): exact', { lon: loc.lon, lat: loc.lat });
    case 'bng':
      return t('Easting/northing ({easting}, {northing}): to a few metres', { easting: loc.easting, northing: loc.northing });
    case 'wkt':
      return loc.britishNationalGrid ? t('WKT shape ({column}): to a few metres', { column: loc.column }) : t('WKT shape ({column}): exact', { column: loc.column });
    case 'postcode':
      return t('Postcode ({column}): middle of the postcode', { column: loc.column });
    case 'none':
      return t('Nothing');
  }
};

/** "1 row", "10,000 features": how many records the file holds, in the file's own word for them. */
export const recordCount = (p: PreparedImport, count: number): string =>
  p.format === 'csv' ? t('{count, plural, one {# row} other {# rows}}', { count }) : t('{count, plural, one {# feature} other {# features}}', { count });

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
        {t('{records} in \u201c{file}\u201d.', { records: recordCount(prepared, prepared.recordCount), file: prepared.fileName })} {t('Location:')} {LOCATION_TEXT(location)}
      </p>
      {prepared.boundaries && (
        <div class="notice" role="alert">
          <p>
            {t(
              '{count, plural, one {This looks like a boundary file: # area with ONS codes in \u201c{column}\u201d. Import it as a neighbourhood, to analyse and filter by, rather than as an asset?} other {This looks like a boundary file: # areas with ONS codes in \u201c{column}\u201d. Import them as neighbourhoods, to analyse and filter by, rather than as assets?}}',
              { count: prepared.boundaries.count, column: prepared.boundaries.codeColumn },
            )}
          </p>
          <button type="button" class="primary" onClick={onBoundaries}>
            {t('Import as neighbourhoods')}
          </button>
        </div>
      )}
      {prepared.grants && onGrants && (
        <div class="notice" role="alert">
          <p>
            {t(
              'This looks like a grants spreadsheet: amounts, award dates and recipients ({columns}) and no place. Import the rows as grants, matched to the assets on the map, rather than as assets?',
              {
                columns: prepared.grants.columns.map((c) => `\u201c${c}\u201d`).join(', '),
              },
            )}
          </p>
          <button type="button" class="primary" onClick={onGrants}>
            {t('Import as grants')}
          </button>
        </div>
      )}
      {prepared.notices.map((n) => (
        <p key={n} class="notice">
          {problemText(n)}
        </p>
      ))}
      {prepared.swapSuggested && (
        <p class="warning" role="alert">
          {prepared.format === 'geojson'
            ? t('The longitude and latitude look swapped (latitudes where longitudes should be: the file writes [latitude, longitude]). They will be swapped unless you untick below.')
            : t('The longitude and latitude look swapped (latitudes where longitudes should be). They will be swapped unless you untick below.')}
        </p>
      )}
      {/* Focusable, so a keyboard can scroll a wide file's columns into view. */}
      <div class="table-scroll" role="region" aria-label={t('File preview')} tabIndex={0}>
        <table aria-label={t('Preview of the first rows')}>
          <thead>
            <tr>
              {prepared.columns.slice(0, 12).map((c) => (
                <th key={c} scope="col" dir="auto">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {prepared.sample.map((r) => (
              <tr key={r.line}>
                {prepared.columns.slice(0, 12).map((c) => (
                  // A cell takes its own direction, so "-2.36" keeps its minus sign in front in Urdu.
                  <td key={c} dir="auto">
                    {(r.values[c] ?? '').slice(0, 60)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="field-row">
        <div class="field">
          <label for="import-name">{t('Name column')}</label>
          <select id="import-name" value={choices.nameColumn} onChange={(e) => set({ nameColumn: e.currentTarget.value })}>
            <option value="">{t('(none)')}</option>
            {prepared.columns.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="import-category">{t('Category')}</label>
          <select id="import-category" value={categoryOption(choices.category, prepared.columns)} onChange={(e) => set({ category: categoryFromOption(e.currentTarget.value, prepared.columns) })}>
            {CATEGORY_LIST.map((c) => (
              <option key={c.id} value={c.id}>
                {fromType ? t('{category} (rows of other types)', { category: t(c.label) }) : t('{category} (every row)', { category: t(c.label) })}
              </option>
            ))}
            {prepared.columns.map((c) => (
              <option key={c} value={categoryOption({ column: c }, prepared.columns)}>
                {t('From column \u201c{column}\u201d', { column: c })}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="import-type-column">{t('Type column')}</label>
          <select id="import-type-column" value={choices.typeColumn} onChange={(e) => set({ typeColumn: e.currentTarget.value })}>
            <option value="">{t('(none: use the type below)')}</option>
            {prepared.columns.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="import-type">{t('Type for every row')}</label>
          <input id="import-type" value={choices.defaultType} placeholder={t('e.g. park')} onInput={(e) => set({ defaultType: e.currentTarget.value })} />
        </div>
      </div>
      {typeCanChoose(choices) && (
        <label class="check">
          <input type="checkbox" checked={choices.categoryFromType} onChange={(e) => set({ categoryFromType: e.currentTarget.checked })} />
          <span>
            {t('Choose the category from the type where it is a known type')}
            <small>
              {'fixed' in choices.category
                ? t('For example \u201cgroup\u201d \u2192 Associations, \u201cschool\u201d \u2192 Institutions, \u201ccafé\u201d \u2192 Economic. Other types get {category}.', {
                    category: t(CATEGORIES[choices.category.fixed].label),
                  })
                : t('For example \u201cgroup\u201d \u2192 Associations, \u201cschool\u201d \u2192 Institutions, \u201ccafé\u201d \u2192 Economic. Other types get the column\u2019s category.')}
            </small>
          </span>
        </label>
      )}
      {prepared.locations.length > 1 && (
        <div class="field">
          <label for="import-location">{t('Place each row by')}</label>
          <select id="import-location" aria-describedby="import-location-hint" value={choices.location} onChange={(e) => set({ location: Number(e.currentTarget.value) })}>
            {prepared.locations.map((l, i) => (
              <option key={i} value={i}>
                {LOCATION_CHOICE(l)}
              </option>
            ))}
          </select>
          <small id="import-location-hint" class="hint">
            {t('A row with nothing there is placed by the next one in this list that it has.')}
          </small>
        </div>
      )}
      {location.kind === 'postcode' && <PostcodeTableField id="import-postcodes" />}
      <details class="more-columns">
        <summary>{t('More columns')}</summary>
        <div class="field-row">
          {MORE_FIELDS.map(([field, label]) => (
            <div class="field" key={field}>
              <label for={`import-${field}`}>{t(label)}</label>
              <select id={`import-${field}`} value={choices.columnsFor[field] ?? ''} onChange={(e) => set({ columnsFor: { ...choices.columnsFor, [field]: e.currentTarget.value || undefined } })}>
                <option value="">{t('(none)')}</option>
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
          <span>{t('Swap longitude and latitude')}</span>
        </label>
      )}
      {ontoFields.length > 0 && (
        <p class="notice">
          {t('Filled into the types\u2019 fields for rows of that type: {columns}. (Settings \u2192 Types and their fields.)', {
            columns: ontoFields.map((o) => `\u201c${o.column}\u201d \u2192 ${o.field} (${o.type})`).join(', '),
          })}
        </p>
      )}
      <KeptColumnsField columns={keptColumns(prepared, choices)} personal={choices.personal} onChange={(personal) => set({ personal })} />
      <p class="hint">{t('NA, N/A and empty cells count as missing.')}</p>
    </>
  );
}

import { msg, t } from '../lib/i18n';

/** Real Trafford open data the app ships (data/samples), to try "Import data" with no file to hand. */
const SAMPLES: readonly [string, string][] = [
  ['trafford_parks.csv', msg('Parks (CSV)')],
  ['trafford_libraries.csv', msg('Libraries (CSV)')],
  ['trafford_schools_and_colleges.csv', msg('Schools (CSV)')],
  ['trafford_greenspace_sites.geojson', msg('Green spaces (GeoJSON)')],
  ['trafford_food_banks.csv', msg('Food banks, postcodes only (CSV)')],
  ['trafford_postcodes.csv', msg('Postcode table (CSV)')],
  ['trafford_ward_2023_generalised.geojson', msg('Wards (boundaries)')],
];

/** Links that save a sample file to the device, so it can then be chosen above. */
export function SampleFiles() {
  return (
    <details class="sample-files">
      <summary>{t('Open sample files')}</summary>
      <p class="field-hint">{t('Real open data for Trafford (Open Government Licence v3.0; OpenStreetMap contributors, ODbL). Save one, then choose it above.')}</p>
      <ul>
        {SAMPLES.map(([file, label]) => (
          <li key={file}>
            <a href={`samples/${file}`} download={file}>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

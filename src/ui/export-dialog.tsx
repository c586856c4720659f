import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORY_IDS, type CategoryId } from '../model/categories';
import { CategoryCheckboxes } from './category-checkboxes';
import { exportData, type ExportFormat, type ExportWhat } from '../actions/exchange';
import { appState } from '../store/state';
import { t } from '../lib/i18n';

/** "Export data": GeoJSON or CSV for the council's GIS or a spreadsheet, people left out by default. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const [what, setWhat] = useState<ExportWhat>('assets');
  const [format, setFormat] = useState<ExportFormat>('geojson');
  const [neighbourhoodId, setNeighbourhoodId] = useState('');
  const [categories, setCategories] = useState<ReadonlySet<CategoryId>>(new Set(CATEGORY_IDS));
  const [includePersonal, setIncludePersonal] = useState(false);
  const [confirmPersonal, setConfirmPersonal] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const run = async () => {
    if (includePersonal && !confirmPersonal) return;
    const { files, report } = await exportData({ what, format, neighbourhoodId, categories, includePersonal });
    const and = ` ${t('and')} `;
    const leftOut = [
      report.peopleLeftOut > 0 ? t('{count, plural, one {# record about people} other {# records about people}}', { count: report.peopleLeftOut }) : '',
      report.fieldsLeftOut.length > 0 ? t('the {fields} fields', { fields: report.fieldsLeftOut.join(', ') }) : '',
      report.columnsLeftOut.length > 0
        ? t('{count, plural, one {the personal column {columns}} other {the personal columns {columns}}}', {
            count: report.columnsLeftOut.length,
            columns: report.columnsLeftOut.map((c) => `“${c}”`).join(', '),
          })
        : '',
    ].filter(Boolean);
    const saved = t('Saved {files}.', { files: files.join(and) });
    setResult(leftOut.length ? `${saved} ${t('Left out to protect privacy: {what}.', { what: leftOut.join(and) })}` : saved);
  };
  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <section class="dialog" role="dialog" aria-modal="true" aria-labelledby="export-title">
        <h1 id="export-title">{t('Export data')}</h1>
        <div class="field">
          <label for="export-what">{t('Data')}</label>
          <select id="export-what" ref={first} value={what} onChange={(e) => setWhat(e.currentTarget.value as ExportWhat)}>
            <option value="assets">{t('Assets')}</option>
            <option value="neighbourhoods">{t('Neighbourhoods')}</option>
            <option value="both">{t('Assets and neighbourhoods')}</option>
          </select>
        </div>
        <div class="field">
          <label for="export-format">{t('Format')}</label>
          <select id="export-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)} disabled={what === 'neighbourhoods'}>
            <option value="geojson">{t('GeoJSON (QGIS, ArcGIS, web maps)')}</option>
            <option value="csv-gis">{t('CSV for GIS (zip: CSV, .csvt, .prj)')}</option>
            <option value="csv-excel">{t('CSV for Excel')}</option>
          </select>
          {what !== 'neighbourhoods' && format === 'csv-gis' && (
            <small class="field-hint">
              {t(
                'Longitude, latitude, easting and northing (British National Grid, to a few metres) and WKT shapes, with the column types (.csvt) and coordinate system (.prj) that QGIS and GDAL read beside the CSV.',
              )}
            </small>
          )}
          {what !== 'assets' && <small class="field-hint">{t('Neighbourhood boundaries are always saved as GeoJSON.')}</small>}
        </div>
        <div class="field">
          <label for="export-area">{t('Neighbourhood')}</label>
          <select id="export-area" value={neighbourhoodId} onChange={(e) => setNeighbourhoodId(e.currentTarget.value)}>
            <option value="">{t('All')}</option>
            {appState.neighbourhoods.value.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </div>
        <CategoryCheckboxes selected={categories} onChange={setCategories} />
        <label class="check">
          <input type="checkbox" checked={includePersonal} onChange={(e) => (setIncludePersonal(e.currentTarget.checked), setConfirmPersonal(false))} />
          <span>
            {t('Include personal data')}
            <small>{t('Records about people, contact names, phone numbers and emails, and imported columns marked personal. Left out unless you tick this.')}</small>
          </span>
        </label>
        {includePersonal && (
          <label class="check warning">
            <input type="checkbox" checked={confirmPersonal} onChange={(e) => setConfirmPersonal(e.currentTarget.checked)} />
            <span>{t('I confirm the people concerned agreed to this, and the file will be kept securely.')}</span>
          </label>
        )}
        {result && <p role="status">{result}</p>}
        <div class="actions">
          <button type="button" class="primary" onClick={() => void run()} disabled={(includePersonal && !confirmPersonal) || (what !== 'neighbourhoods' && categories.size === 0)}>
            {t('Export')}
          </button>
          <button type="button" class="secondary" onClick={onClose}>
            {t('Close')}
          </button>
        </div>
      </section>
    </div>
  );
}

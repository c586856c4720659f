import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORY_IDS, type CategoryId } from '../model/categories';
import { CategoryCheckboxes } from './category-checkboxes';
import { exportData, type ExportFormat, type ExportWhat } from '../actions/exchange';
import { appState } from '../store/state';

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
    const leftOut = [
      report.peopleLeftOut > 0 ? `${report.peopleLeftOut} record${report.peopleLeftOut === 1 ? '' : 's'} about people` : '',
      report.fieldsLeftOut.length > 0 ? `the ${report.fieldsLeftOut.join(', ')} fields` : '',
      report.columnsLeftOut.length > 0 ? `the personal column${report.columnsLeftOut.length === 1 ? '' : 's'} ${report.columnsLeftOut.map((c) => `\u201c${c}\u201d`).join(', ')}` : '',
    ].filter(Boolean);
    setResult(`Saved ${files.join(' and ')}.${leftOut.length ? ` Left out to protect privacy: ${leftOut.join(' and ')}.` : ''}`);
  };
  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <section class="dialog" role="dialog" aria-modal="true" aria-labelledby="export-title">
        <h1 id="export-title">Export data</h1>
        <div class="field">
          <label for="export-what">Data</label>
          <select id="export-what" ref={first} value={what} onChange={(e) => setWhat(e.currentTarget.value as ExportWhat)}>
            <option value="assets">Assets</option>
            <option value="neighbourhoods">Neighbourhoods</option>
            <option value="both">Assets and neighbourhoods</option>
          </select>
        </div>
        <div class="field">
          <label for="export-format">Format</label>
          <select id="export-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)} disabled={what === 'neighbourhoods'}>
            <option value="geojson">GeoJSON (QGIS, ArcGIS, web maps)</option>
            <option value="csv-gis">CSV for GIS (zip: CSV, .csvt, .prj)</option>
            <option value="csv-excel">CSV for Excel</option>
          </select>
          {what !== 'neighbourhoods' && format === 'csv-gis' && (
            <small class="field-hint">
              Longitude, latitude, easting and northing (British National Grid, to a few metres) and WKT shapes, with the column types (.csvt) and coordinate system (.prj) that QGIS and GDAL read
              beside the CSV.
            </small>
          )}
          {what !== 'assets' && <small class="field-hint">Neighbourhood boundaries are always saved as GeoJSON.</small>}
        </div>
        <div class="field">
          <label for="export-area">Neighbourhood</label>
          <select id="export-area" value={neighbourhoodId} onChange={(e) => setNeighbourhoodId(e.currentTarget.value)}>
            <option value="">All</option>
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
            Include personal data
            <small>Records about people, contact names, phone numbers and emails, and imported columns marked personal. Left out unless you tick this.</small>
          </span>
        </label>
        {includePersonal && (
          <label class="check warning">
            <input type="checkbox" checked={confirmPersonal} onChange={(e) => setConfirmPersonal(e.currentTarget.checked)} />
            <span>I confirm the people concerned agreed to this, and the file will be kept securely.</span>
          </label>
        )}
        {result && <p role="status">{result}</p>}
        <div class="actions">
          <button type="button" class="primary" onClick={() => void run()} disabled={(includePersonal && !confirmPersonal) || (what !== 'neighbourhoods' && categories.size === 0)}>
            Export
          </button>
          <button type="button" class="secondary" onClick={onClose}>
            Close
          </button>
        </div>
      </section>
    </div>
  );
}

import { type Problem } from '../lib/result';
import { t } from '../lib/i18n';
import { useMemo, useState } from 'preact/hooks';
import { joinPrepared, prepareTable, saveOverlay, type JoinResult, type PreparedTable } from '../actions/overlays';
import { BoundaryFilePicker, type PickedBoundaries } from './boundary-file-picker';
import { mapFocus } from './ui-state';
import { problemsText } from './problem-words';

/** The join in words: "138 of 138 areas matched", what did not, and any vintage warning. */
function JoinReport({ join }: { join: JoinResult }) {
  return (
    <div class="join-report">
      <p role="status">
        <strong>{t('{count, plural, one {{matched} of # area matched} other {{matched} of # areas matched}}', { count: join.areaCount, matched: join.matched })}</strong>
        {join.unmatchedRows.length > 0 ? t('{count, plural, one {; # row of the table matched no area.} other {; # rows of the table matched no area.}}', { count: join.unmatchedRows.length }) : '.'}
      </p>
      {join.vintageWarning && (
        <p class="warning" role="alert">
          {join.vintageWarning}
        </p>
      )}
      {join.unmatchedAreas.length > 0 && (
        <p>
          {join.unmatchedAreas.length > 30
            ? t('Areas with no row: {areas} and {more} more', { areas: join.unmatchedAreas.slice(0, 30).join(', '), more: join.unmatchedAreas.length - 30 })
            : t('Areas with no row: {areas}', { areas: join.unmatchedAreas.join(', ') })}
        </p>
      )}
      {join.unmatchedRows.length > 0 && (
        <p>
          {t('Codes in the table with no area: {codes}', {
            codes: join.unmatchedRows
              .slice(0, 30)
              .map((r) => t('{code} (row {row})', { code: r.code, row: r.row }))
              .join(', '),
          })}
        </p>
      )}
      {join.duplicateCodes.length > 0 && <p>{t('Codes on more than one row (the first was used): {codes}', { codes: join.duplicateCodes.slice(0, 30).join(', ') })}</p>}
    </div>
  );
}

/** "Add context layer": small-area boundaries (e.g. LSOA) joined by code to a table (e.g. IMD 2019). */
export function ContextLayerDialog({ onClose }: { onClose: () => void }) {
  const [picked, setPicked] = useState<PickedBoundaries | null>(null);
  const [table, setTable] = useState<PreparedTable | null>(null);
  const [tableProblem, setTableProblem] = useState<string | null>(null);
  const [codeColumn, setCodeColumn] = useState('');
  const [valueColumns, setValueColumns] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [vintage, setVintage] = useState('');
  const [attribution, setAttribution] = useState('');
  const [errors, setErrors] = useState<readonly Problem[]>([]);
  const join = useMemo(() => (picked && table && codeColumn ? joinPrepared(picked.areas, picked.fields, table, codeColumn, valueColumns) : null), [picked, table, codeColumn, valueColumns]);

  const chooseTable = async (file: File | undefined) => {
    if (!file || !picked) return;
    const result = await prepareTable(
      file,
      picked.areas.map((a) => a.code),
    );
    if (!result.ok) return (setTableProblem(problemsText(result.error)), setTable(null));
    setTableProblem(null);
    setTable(result.value);
    setCodeColumn(result.value.codeColumn);
    setValueColumns(result.value.numericColumns.filter((c) => /decile|score/i.test(c)).slice(0, 6));
    if (!name) setName(file.name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' '));
  };
  const save = async () => {
    if (!picked) return;
    const saved = await saveOverlay({ name, vintage, attribution, valueField: valueColumns[0], areas: picked.areas, join });
    if (!saved.ok) return setErrors(saved.error);
    mapFocus.value = { geometry: { coordinates: picked.areas.map((a) => a.geometry.coordinates) } };
    onClose();
  };
  const toggle = (column: string, on: boolean) => setValueColumns(on ? [...valueColumns, column] : valueColumns.filter((c) => c !== column));
  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <section class="dialog" role="dialog" aria-modal="true" aria-labelledby="layer-title">
        <h1 id="layer-title">{t('Add context layer')}</h1>
        <BoundaryFilePicker label={t('Small-area boundaries (GeoJSON)')} onChange={setPicked} />
        {picked && picked.areas.length > 0 && (
          <>
            <div class="field">
              <label for="layer-table">{t('Table to join by area code (CSV)')}</label>
              <input id="layer-table" type="file" accept=".csv,.tsv,.txt,text/csv" onChange={(e) => void chooseTable(e.currentTarget.files?.[0])} />
              <small class="field-hint">{t('For example the Index of Multiple Deprivation 2019 by LSOA 2011.')}</small>
            </div>
            {tableProblem && (
              <p class="form-problems" role="alert">
                {tableProblem}
              </p>
            )}
            {table && (
              <>
                <div class="field">
                  <label for="layer-code-column">{t('Area code column')}</label>
                  <select id="layer-code-column" value={codeColumn} onChange={(e) => setCodeColumn(e.currentTarget.value)}>
                    {table.table.columns.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </div>
                <fieldset class="value-columns">
                  <legend>{t('Values to keep (the first colours the map)')}</legend>
                  {table.numericColumns.map((c) => (
                    <label class="check" key={c}>
                      <input type="checkbox" checked={valueColumns.includes(c)} onChange={(e) => toggle(c, e.currentTarget.checked)} />
                      <span>{c}</span>
                    </label>
                  ))}
                </fieldset>
                {join && <JoinReport join={join} />}
              </>
            )}
            <div class="field">
              <label for="layer-name">{t('Layer name')}</label>
              <input id="layer-name" value={name} maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
            </div>
            <div class="field">
              <label for="layer-vintage">{t('Vintage')}</label>
              <input id="layer-vintage" value={vintage} maxLength={200} placeholder={t('e.g. LSOA 2011 / IMD 2019')} onInput={(e) => setVintage(e.currentTarget.value)} />
            </div>
            <div class="field">
              <label for="layer-attribution">{t('Attribution')}</label>
              <textarea
                id="layer-attribution"
                rows={2}
                value={attribution}
                placeholder={t('e.g. Contains National Statistics data © Crown copyright')}
                onInput={(e) => setAttribution(e.currentTarget.value)}
              />
            </div>
          </>
        )}
        {errors.length > 0 && (
          <p class="form-problems" role="alert">
            {problemsText(errors)}
          </p>
        )}
        <div class="actions">
          <button type="button" class="primary" disabled={!picked || picked.areas.length === 0} onClick={() => void save()}>
            {t('Save layer')}
          </button>
          <button type="button" class="secondary" onClick={onClose}>
            {t('Cancel')}
          </button>
        </div>
      </section>
    </div>
  );
}

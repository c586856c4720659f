import { useEffect, useReducer, useRef } from 'preact/hooks';

import { t } from '../lib/i18n';
import { formatNumber } from '../lib/i18n/format';
import { closeImport, prepareImport, runImport } from '../actions/import';
import { SampleFiles } from './sample-files';
import { ImportSummaryView } from './import-summary';
import { BoundaryImportDialog } from './boundary-import-dialog';
import { ImportMappingStep, recordCount } from './import-mapping-step';
import { FIRST_STEP, importStep, mappingFrom } from './import-steps';
import { grantsFile, panelTab } from './ui-state';
import { problemsText } from './problem-words';

/**
 * "Import data": choose a file, see how it will be read and choose how its columns map, import
 * with progress, then the summary. The steps are a reducer over `ImportStep` (import-steps.ts).
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const [state, dispatch] = useReducer(importStep, FIRST_STEP);
  const cancelRef = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => fileInput.current?.focus(), []);
  // The worker holds the parsed file until the dialog closes.
  useEffect(() => () => closeImport(), []);
  const busy = state.step === 'importing';

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const result = await prepareImport(file);
    dispatch(result.ok ? { type: 'file-read', file, prepared: result.value } : { type: 'file-refused', problem: problemsText(result.error) });
  };
  const run = async () => {
    if (state.step !== 'mapping') return;
    const controller = new AbortController();
    cancelRef.current = controller;
    dispatch({ type: 'import-started' });
    const result = await runImport(state.prepared, mappingFrom(state.prepared, state.choices), {
      onProgress: (done, total) => dispatch({ type: 'progress', done, total }),
      signal: controller.signal,
    });
    cancelRef.current = null;
    dispatch(result.ok ? { type: 'import-finished', summary: result.value } : { type: 'import-failed', problem: problemsText(result.error) });
  };

  if (state.step === 'boundaries') return <BoundaryImportDialog file={state.file} onClose={onClose} />;
  const problem = state.step === 'file' || state.step === 'mapping' ? state.problem : null;
  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && !busy && onClose()}>
      <section class="dialog wide-dialog" role="dialog" aria-modal="true" aria-labelledby="import-title">
        <h1 id="import-title">{t('Import data')}</h1>
        <div class="field">
          <label for="import-file">{t('File to import')}</label>
          <input
            id="import-file"
            ref={fileInput}
            type="file"
            disabled={busy}
            accept=".csv,.tsv,.txt,.geojson,.json,.zip,text/csv,application/geo+json,application/json,application/zip"
            onChange={(e) => void choose(e.currentTarget.files?.[0])}
          />
          <small class="field-hint">{t('GeoJSON, or CSV/TSV with a header row (points, or polygons as WKT), alone or in a zip.')}</small>
        </div>
        {state.step === 'file' && <SampleFiles />}
        {problem && (
          <p class="form-problems" role="alert">
            {problem}
          </p>
        )}
        {state.step === 'mapping' && (
          <ImportMappingStep
            prepared={state.prepared}
            choices={state.choices}
            onChange={(patch) => dispatch({ type: 'choices-changed', patch })}
            onBoundaries={() => dispatch({ type: 'as-boundaries' })}
            onGrants={() => {
              grantsFile.value = state.file;
              panelTab.value = 'investment';
              onClose();
            }}
          />
        )}
        {state.step === 'summary' && <ImportSummaryView summary={state.summary} prepared={state.prepared} />}
        {state.step === 'importing' && (
          <div class="import-progress">
            <label for="import-progress">{t('Importing: {done} of {records}', { done: formatNumber(state.progress.done), records: recordCount(state.prepared, state.progress.total) })}</label>
            <progress id="import-progress" max={state.progress.total} value={state.progress.done} />
            <button type="button" class="secondary" onClick={() => cancelRef.current?.abort()}>
              {t('Cancel import')}
            </button>
          </div>
        )}
        <div class="actions">
          {(state.step === 'mapping' || state.step === 'importing') && (
            <button type="button" class="primary" disabled={busy} onClick={() => void run()}>
              {t('Import {records}', { records: recordCount(state.prepared, state.prepared.recordCount) })}
            </button>
          )}
          <button type="button" class="secondary" disabled={busy} onClick={onClose}>
            {state.step === 'summary' ? t('Done') : t('Cancel')}
          </button>
        </div>
      </section>
    </div>
  );
}

import { useState } from 'preact/hooks';

import { t } from '../lib/i18n';
import { importNeighbourhoods } from '../actions/boundary-files';
import { BoundaryFilePicker, type PickedBoundaries } from './boundary-file-picker';
import { mapFocus, panelTab } from './ui-state';
import { problemsText } from './problem-words';

/** "Import boundaries": neighbourhoods from a GeoJSON file such as the council's ward boundaries. */
export function BoundaryImportDialog({ onClose, file }: { onClose: () => void; file?: File }) {
  const [picked, setPicked] = useState<PickedBoundaries | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!picked) return;
    setBusy(true);
    const imported = await importNeighbourhoods(picked.fileName, picked.areas);
    setBusy(false);
    if (!imported.ok) return setFailure(problemsText(imported.error));
    const { added, updated } = imported.value;
    setResult(
      t(
        '{count, plural, one {Imported # boundary from \u201c{file}\u201d: {added} new, {updated} updated. Every asset\u2019s neighbourhoods were worked out again.} other {Imported # boundaries from \u201c{file}\u201d: {added} new, {updated} updated. Every asset\u2019s neighbourhoods were worked out again.}}',
        {
          count: added + updated,
          file: picked.fileName,
          added,
          updated,
        },
      ),
    );
    panelTab.value = 'neighbourhoods';
    mapFocus.value = { geometry: { coordinates: picked.areas.map((a) => a.geometry.coordinates) } };
  };
  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <section class="dialog" role="dialog" aria-modal="true" aria-labelledby="boundary-import-title">
        <h1 id="boundary-import-title">{t('Import boundaries')}</h1>
        {result ? (
          <p role="status">{result}</p>
        ) : (
          <>
            <p class="hint">{t('GeoJSON polygons or multipolygons, holes kept. A boundary with the code of one you already have updates it.')}</p>
            <BoundaryFilePicker label={t('Boundary file (GeoJSON)')} onChange={setPicked} {...(file ? { initialFile: file } : {})} />
            {failure && (
              <p class="form-problems" role="alert">
                {failure}
              </p>
            )}
          </>
        )}
        <div class="actions">
          {!result && (
            <button type="button" class="primary" disabled={!picked || picked.areas.length === 0 || busy} onClick={() => void run()}>
              {picked && picked.areas.length > 0 ? t('{count, plural, one {Import # boundary} other {Import # boundaries}}', { count: picked.areas.length }) : t('Import boundaries')}
            </button>
          )}
          <button type="button" class="secondary" onClick={onClose}>
            {result ? t('Close') : t('Cancel')}
          </button>
        </div>
      </section>
    </div>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { sizeText } from './basemap-section';
import { t } from '../lib/i18n';
import { formatNumber } from '../lib/i18n/format';
import { deleteSavedTiles, estimateArea, saveArea, setTileSource, savedTilesUsage } from '../actions/saved-tiles';
import { appState } from '../store/state';
import { mapViewBounds } from './ui-state';
import { bboxOfCoordinates, type BBox } from '../lib/bbox';
import { problemsText } from './problem-words';

const MARGIN_M = 500;
/** An address template: the same in every language. */
const TILE_URL_EXAMPLE = 'https://tiles.example.org/{z}/{x}/{y}.png';

/** A box grown by some metres on every side (degrees of latitude and longitude at that latitude). */
function withMargin(box: BBox | null, metres: number): BBox | null {
  if (!box) return null;
  const dLat = metres / 111_320;
  const dLon = metres / (111_320 * Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180));
  return [box[0] - dLon, box[1] - dLat, box[2] + dLon, box[3] + dLat];
}

/** Settings → "Online tile source" and "Save this area for offline". */
export function SavedTilesSection() {
  const source = appState.settings.value.tileSource;
  const [url, setUrl] = useState(source?.url ?? '');
  const [attribution, setAttribution] = useState(source?.attribution ?? '');
  const [allowed, setAllowed] = useState(source?.offlineAllowed ?? false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [usage, setUsage] = useState<{ tiles: number; bytes: number } | null>(null);
  const [zooms, setZooms] = useState<[number, number]>([12, 16]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const cancel = useRef<AbortController | null>(null);
  const refreshUsage = () =>
    void savedTilesUsage()
      .then(setUsage)
      .catch(() => setUsage(null));
  useEffect(refreshUsage, []);

  const [areaId, setAreaId] = useState('');
  const area = appState.neighbourhoods.value.find((n) => n.id === areaId);
  const box = area ? withMargin(bboxOfCoordinates(area.geometry.coordinates), MARGIN_M) : mapViewBounds.value;
  const estimate = box ? estimateArea(box, zooms[0], zooms[1]) : null;
  const saveSource = async () => {
    const result = await setTileSource({ url, attribution, offlineAllowed: allowed });
    setMessage(result.ok ? { text: t('Tile source saved: the map shows it when online.'), error: false } : { text: problemsText(result.error), error: true });
  };
  const download = async () => {
    if (!box) return;
    const controller = new AbortController();
    cancel.current = controller;
    setMessage(null);
    setProgress({ done: 0, total: estimate?.tiles ?? 0 });
    const result = await saveArea(box, zooms[0], zooms[1], { signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }) });
    setProgress(null);
    cancel.current = null;
    refreshUsage();
    if (result.ok) {
      const { saved, skipped, failed } = result.value;
      setMessage({
        text: [
          t('{count, plural, one {Saved # tile for offline use} other {Saved # tiles for offline use}}', { count: saved }),
          skipped ? ` ${t('({count} were already saved)', { count: formatNumber(skipped) })}` : '',
          failed ? t('; {count} could not be fetched', { count: formatNumber(failed) }) : '',
          '.',
        ].join(''),
        error: failed > 0,
      });
    } else setMessage({ text: problemsText(result.error), error: true });
  };
  const zoomInput = (i: 0 | 1, label: string) => (
    <div class="field">
      <label for={`saved-zoom-${i}`}>{label}</label>
      <input
        id={`saved-zoom-${i}`}
        type="number"
        min={0}
        max={source?.maxZoom ?? 19}
        value={zooms[i]}
        onInput={(e) => {
          const next: [number, number] = [...zooms];
          next[i] = Number(e.currentTarget.value);
          setZooms(next);
        }}
      />
    </div>
  );
  return (
    <>
      <h3 class="section-heading">{t('Your own tile server')}</h3>
      <div class="field">
        <label for="tile-url">{t('Tile address')}</label>
        <input id="tile-url" value={url} placeholder={TILE_URL_EXAMPLE} onInput={(e) => setUrl(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="tile-attribution">{t('Attribution')}</label>
        <input id="tile-attribution" value={attribution} placeholder={t('© the tiles’ owner')} onInput={(e) => setAttribution(e.currentTarget.value)} />
      </div>
      <label class="check">
        <input type="checkbox" checked={allowed} onChange={(e) => setAllowed(e.currentTarget.checked)} />
        <span>
          {t('Its licence allows saving tiles for offline use')}
          <small>{t('Check the provider’s terms: OpenStreetMap’s public tiles, for one, do not allow it.')}</small>
        </span>
      </label>
      <div class="form-actions">
        <button type="button" onClick={() => void saveSource()}>
          {t('Save tile source')}
        </button>
        {source && (
          <button type="button" class="danger" onClick={() => void setTileSource(null).then(() => setMessage({ text: t('Tile source removed.'), error: false }))}>
            {t('Remove tile source')}
          </button>
        )}
      </div>
      {source?.offlineAllowed && (
        <>
          <h3 class="section-heading">{t('Save this area for offline')}</h3>
          <div class="field">
            <label for="saved-area">{t('Area')}</label>
            <select id="saved-area" value={areaId} onChange={(e) => setAreaId(e.currentTarget.value)}>
              <option value="">{t('The map’s current view')}</option>
              {appState.neighbourhoods.value.map((n) => (
                <option key={n.id} value={n.id}>
                  {t('{name} and 500 m around it', { name: n.name })}
                </option>
              ))}
            </select>
          </div>
          <div class="field-row">
            {zoomInput(0, t('From zoom'))}
            {zoomInput(1, t('To zoom'))}
          </div>
          <p class="hint" role="status">
            {estimate
              ? t('{count, plural, one {{where}: # tile, about {size}.} other {{where}: # tiles, about {size}.}}', {
                  count: estimate.tiles,
                  where: area ? t('{name} and 500 m around it', { name: area.name }) : t('The map’s current view'),
                  size: sizeText(estimate.bytes),
                })
              : t('Move the map to the area to save.')}
          </p>
          {progress ? (
            <div class="progress-block">
              <label for="saved-progress">{t('Saving tiles: {done} of {total}', { done: formatNumber(progress.done), total: formatNumber(progress.total) })}</label>
              <progress id="saved-progress" max={progress.total} value={progress.done} />
              <button type="button" onClick={() => cancel.current?.abort()}>
                {t('Cancel saving')}
              </button>
            </div>
          ) : (
            <button type="button" class="primary" disabled={!estimate} onClick={() => void download()}>
              {t('Save this area for offline')}
            </button>
          )}
        </>
      )}
      {message && (
        <p class={message.error ? 'field-error' : 'hint'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <p class="hint">
        {usage ? t('{count, plural, one {Saved tiles: # tile, {size}} other {Saved tiles: # tiles, {size}}}', { count: usage.tiles, size: sizeText(usage.bytes) }) : t('Saved tiles: measuring…')}
      </p>
      {usage && usage.tiles > 0 && (
        <button type="button" class="danger" onClick={() => void deleteSavedTiles().then(refreshUsage)}>
          {t('Delete saved tiles')}
        </button>
      )}
    </>
  );
}

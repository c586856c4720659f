import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { formatNumber } from '../lib/i18n/format';
import { openBasemap, removeBasemap } from '../actions/basemap';
import { inspectBasemap } from '../map/basemap';
import { appState } from '../store/state';
import { SavedTilesSection } from './saved-tiles-section';
import { problemsText } from './problem-words';

const degrees = (v: number) => v.toFixed(2);

/** A file's size in the chosen language's digits: "512 bytes", "3.4 MB", "1.25 GB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return t('{count, plural, one {# byte} other {# bytes}}', { count: bytes });
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  if (bytes < 1024 ** 3) return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
  return `${formatNumber(bytes / 1024 ** 3, 2)} GB`;
}

/** Settings → "Basemap": open a PMTiles extract from the device so the street map works offline. */
export function BasemapSection() {
  const basemap = appState.basemap.value;
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = async (file: File) => {
    setBusy(true);
    setMessage(null);
    const inspected = await inspectBasemap(file);
    const result = inspected.ok ? await openBasemap(file, inspected.value) : inspected;
    setBusy(false);
    if (result.ok) setMessage({ text: t('Opened \u201c{file}\u201d: it is stored on this device and works offline.', { file: file.name }), error: false });
    else setMessage({ text: problemsText(result.error), error: true });
  };
  return (
    <>
      <h3 class="section-heading">{t('Basemap file (works offline)')}</h3>
      {basemap ? (
        <dl class="basemap-details" aria-label={t('Basemap on this device')}>
          <dt>{t('File')}</dt>
          <dd>{basemap.info.fileName}</dd>
          <dt>{t('Size')}</dt>
          <dd>{sizeText(basemap.info.size)}</dd>
          <dt>{t('Zoom')}</dt>
          <dd>
            {basemap.info.tileType === 'mvt'
              ? t('{from} to {to} (vector)', { from: basemap.info.minZoom, to: basemap.info.maxZoom })
              : t('{from} to {to} ({format} images)', { from: basemap.info.minZoom, to: basemap.info.maxZoom, format: basemap.info.tileType.toUpperCase() })}
          </dd>
          <dt>{t('Area')}</dt>
          <dd>
            {t('longitude {west} to {east}, latitude {south} to {north}', {
              west: degrees(basemap.info.bounds[0]),
              east: degrees(basemap.info.bounds[2]),
              south: degrees(basemap.info.bounds[1]),
              north: degrees(basemap.info.bounds[3]),
            })}
          </dd>
        </dl>
      ) : (
        <p class="hint">{t('No basemap on this device: the map shows your data on a plain background.')}</p>
      )}
      <div class="field">
        <label for="basemap-file">{t('Open basemap file')}</label>
        <input
          id="basemap-file"
          type="file"
          accept=".pmtiles"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void choose(file);
          }}
        />
        <small class="field-hint">{t('A PMTiles extract (vector or raster) of your area, e.g. cut from Protomaps with the pmtiles tool. It is kept on this device, apart from your records.')}</small>
      </div>
      {message && (
        <p class={message.error ? 'field-error' : 'hint'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {basemap && (
        <button
          type="button"
          class="danger"
          onClick={() =>
            void removeBasemap().then(() => setMessage({ text: t('Removed \u201c{file}\u201d and freed {size}.', { file: basemap.info.fileName, size: sizeText(basemap.info.size) }), error: false }))
          }
        >
          {t('Remove basemap')}
        </button>
      )}
      <SavedTilesSection />
    </>
  );
}

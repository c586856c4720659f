import { sentences } from '../lib/result';
import { useState } from 'preact/hooks';
import { formatBytes } from '../model/basemap';
import { openBasemap, removeBasemap } from '../actions/basemap';
import { inspectBasemap } from '../map/basemap';
import { appState } from '../store/state';
import { SavedTilesSection } from './saved-tiles-section';

const degrees = (v: number) => v.toFixed(2);

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
    if (result.ok) setMessage({ text: `Opened \u201c${file.name}\u201d: it is stored on this device and works offline.`, error: false });
    else setMessage({ text: sentences(result.error), error: true });
  };
  return (
    <>
      <h3 class="section-heading">Basemap file (works offline)</h3>
      {basemap ? (
        <dl class="basemap-details" aria-label="Basemap on this device">
          <dt>File</dt>
          <dd>{basemap.info.fileName}</dd>
          <dt>Size</dt>
          <dd>{formatBytes(basemap.info.size)}</dd>
          <dt>Zoom</dt>
          <dd>
            {basemap.info.minZoom} to {basemap.info.maxZoom} ({basemap.info.tileType === 'mvt' ? 'vector' : `${basemap.info.tileType.toUpperCase()} images`})
          </dd>
          <dt>Area</dt>
          <dd>
            longitude {degrees(basemap.info.bounds[0])} to {degrees(basemap.info.bounds[2])}, latitude {degrees(basemap.info.bounds[1])} to {degrees(basemap.info.bounds[3])}
          </dd>
        </dl>
      ) : (
        <p class="hint">No basemap on this device: the map shows your data on a plain background.</p>
      )}
      <div class="field">
        <label for="basemap-file">Open basemap file</label>
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
        <small class="field-hint">A PMTiles extract (vector or raster) of your area, e.g. cut from Protomaps with the pmtiles tool. It is kept on this device, apart from your records.</small>
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
          onClick={() => void removeBasemap().then(() => setMessage({ text: `Removed \u201c${basemap.info.fileName}\u201d and freed ${formatBytes(basemap.info.size)}.`, error: false }))}
        >
          Remove basemap
        </button>
      )}
      <SavedTilesSection />
    </>
  );
}

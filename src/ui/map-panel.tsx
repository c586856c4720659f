import { findAsset } from '../model/asset-links';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MapView, type Drawn } from '../map/map-view';
import type { AtlasMap } from '../map/atlas-map';
import { appState } from '../store/state';
import { selectAsset } from '../actions/workspace-actions';
import { moveAsset } from '../actions/asset-actions';
import { mapViewBounds, mode, online, send, tappedArea, toast } from './ui-state';
import { contextAreaAt } from '../actions/places';
import { AreaCard } from './area-card';
import { followState } from './map-sync';
import { OverlayLegend } from './overlay-legend';
import { Toast } from './toast';
import { t } from '../lib/i18n';
import { msg } from '../lib/i18n/msg';

async function onAssetDragged(id: string, to: [number, number]): Promise<void> {
  const name = findAsset(appState.assets.value, id)?.name ?? t('the asset');
  if (await moveAsset(id, to)) toast.value = { message: t('Moved “{name}”', { name }), undoable: true };
}

/**
 * A tap on empty map goes to the mode machine (place a new asset, move one, add a corner); while
 * browsing (or naming a neighbourhood) it deselects. A move is saved once the machine has gone
 * back to browsing.
 */
async function onMapTap(lngLat: [number, number]): Promise<void> {
  const before = mode.value;
  if (before.kind === 'browse') {
    selectAsset(null);
    // A tap on a context layer's small area shows its name, code and values.
    tappedArea.value = contextAreaAt(lngLat);
    return;
  }
  if (before.kind === 'neighbourhood-form') return selectAsset(null);
  send({ type: 'map-tapped', at: lngLat });
  if (before.kind === 'placing' && before.purpose === 'move') await onAssetDragged(before.assetId, lngLat);
}

/** The map, kept in step with the workspace. The map adapter is the only thing that knows MapLibre. */
export function MapPanel() {
  const container = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The note dismissed, by its words: a different note (signal lost) shows again.
  const [dismissedNote, setDismissedNote] = useState<string | null>(null);
  const visibleOverlay = appState.overlays.value.find((o) => o.visible) ?? null;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let view: AtlasMap | null = null;
    let disposed = false;
    const stops: (() => void)[] = [];
    MapView.create(element, {
      onAssetTap: (id) => selectAsset(id),
      onMapTap: (p) => void onMapTap(p),
      onAssetDragged: (id, to) => void onAssetDragged(id, to),
      onDrawn: setDrawn,
      onEditorFailed: (failure) =>
        (toast.value = { message: t('{what} could not be opened ({failure}). Reload the app and try again.', { what: t(msg('The corner handles')), failure }), undoable: false }),
      onViewChanged: (b) => (mapViewBounds.value = b),
      onCornerTap: (corner) => send({ type: 'corner-tapped', corner }),
      onMidpointTap: (after, at) => send({ type: 'midpoint-tapped', after, at }),
      onCornerDragged: (corner, to) => send({ type: 'corner-dragged', corner, to }),
    })
      .then((created) => {
        if (disposed) return created.destroy();
        view = created;
        stops.push(followState(created));
        const observer = new ResizeObserver(() => created.resize());
        observer.observe(element);
        stops.push(() => observer.disconnect());
      })
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
    return () => {
      disposed = true;
      for (const stop of stops) stop();
      view?.destroy();
    };
  }, []);

  const settings = appState.settings.value;
  const noStreetMap = !appState.basemap.value && !settings.tileSource;
  const streetMapNote = !noStreetMap
    ? null
    : !settings.onlineBasemap
      ? t('No street map: your data on a plain background. Add one in Settings → Street map.')
      : !online.value
        ? t('No signal: the street map needs signal or a basemap saved on this device (Settings → Street map). Your data is on a plain background.')
        : null;
  return (
    <div class="map-wrap">
      <div
        ref={container}
        class="map"
        role="region"
        aria-label={t('Asset map')}
        data-assets-drawn={drawn?.assets}
        data-clusters-drawn={drawn?.clusters}
        data-selected-label={drawn?.selectedLabel ?? undefined}
      />
      <Toast />
      <p class="visually-hidden" role="status">
        {drawn === null ? t('Map loading') : t('{count, plural, one {# asset drawn on the map} other {# assets drawn on the map}}', { count: drawn.assets })}
      </p>
      <AreaCard />
      {visibleOverlay && (
        <div class="map-legend">
          <OverlayLegend overlay={visibleOverlay} compact />
        </div>
      )}
      {streetMapNote && dismissedNote !== streetMapNote && (
        <p class="map-fallback" role="status">
          {streetMapNote}
          <button type="button" aria-label={t('Dismiss the street map note')} onClick={() => setDismissedNote(streetMapNote)}>
            ×
          </button>
        </p>
      )}
      {failure && (
        <p class="map-failure" role="alert">
          {t('The map could not start: {failure}. Your records are safe; the list still works.', { failure })}
        </p>
      )}
    </div>
  );
}

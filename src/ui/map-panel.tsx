import { useEffect, useRef, useState } from 'preact/hooks';
import { effect } from '@preact/signals';
import { MapView } from '../map/map-view';
import { appState } from '../store/state';
import { selectAsset } from '../actions/workspace-actions';
import { moveAsset } from '../actions/asset-actions';
import { coverageLayers, filteredAssets, mapFocus, mapViewBounds, mode, query, selectedAsset, send, shownAnalysis, toast } from './ui-state';
import type { Asset } from '../model/asset';
import type { Neighbourhood } from '../model/neighbourhood';
import { loadTile } from '../actions/saved-tiles';
import { draftFromGeometry } from '../model/boundary-draft';
import { OverlayLegend } from './overlay-legend';

async function onAssetDragged(id: string, to: [number, number]): Promise<void> {
  const name = appState.assets.value.find((a) => a.id === id)?.name ?? 'the asset';
  if (await moveAsset(id, to)) toast.value = { message: `Moved “${name}”`, undoable: true };
}

/**
 * A tap on empty map goes to the mode machine (place a new asset, move one, add a corner); while
 * browsing (or naming a neighbourhood) it deselects. Moving saves the move once the machine has gone back to browsing.
 */
async function onMapTap(lngLat: [number, number]): Promise<void> {
  const before = mode.value;
  if (before.kind === 'browse' || before.kind === 'neighbourhood-form') return selectAsset(null);
  send({ type: 'map-tapped', at: lngLat });
  if (before.kind === 'placing' && before.purpose === 'move') await onAssetDragged(before.assetId, lngLat);
}

const DEMO_ATTRIBUTION = 'Millbrook demo data is fictional';
const DEMO_SOURCE = 'Millbrook demo workspace';

/** The map, kept in step with the workspace. The map adapter is the only thing that knows MapLibre. */
export function MapPanel() {
  const container = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [fallbackDismissed, setFallbackDismissed] = useState(false);
  const visibleOverlay = appState.overlays.value.find((o) => o.visible) ?? null;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let view: MapView | null = null;
    let disposed = false;
    const stops: (() => void)[] = [];
    MapView.create(element, {
      onAssetTap: (id) => selectAsset(id),
      onMapTap: (p) => void onMapTap(p),
      onAssetDragged: (id, to) => void onAssetDragged(id, to),
      onDrawn: setDrawn,
      onViewChanged: (b) => (mapViewBounds.value = b),
      onCornerTap: (corner) => send({ type: 'corner-tapped', corner }),
      onMidpointTap: (after, at) => send({ type: 'midpoint-tapped', after, at }),
      onCornerDragged: (corner, to) => send({ type: 'corner-dragged', corner, to }),
    })
      .then((created) => {
        if (disposed) return created.destroy();
        view = created;
        let framed = false;
        let assetsTimer: ReturnType<typeof setTimeout> | undefined;
        stops.push(() => clearTimeout(assetsTimer));
        stops.push(
          effect(() => {
            const assets = filteredAssets.value;
            const areas = appState.neighbourhoods.value;
            // The markers are handed to the map in a task of their own, so a large change (an
            // import) does not add the map's work to the list's in one long pause.
            clearTimeout(assetsTimer);
            assetsTimer = setTimeout(() => created.setAssets(assets), 0);
            created.setNeighbourhoods(areas);
            // Frame the data the first time there is some; after that the user decides where to look.
            // A workspace with only a context layer is framed on that layer.
            const layerAreas = appState.overlays.value.flatMap((o) => o.areas);
            if (!framed && (assets.length > 0 || areas.length > 0 || layerAreas.length > 0)) {
              framed = true;
              // In a task of its own too: framing 100,000 records walks every coordinate.
              setTimeout(() => created.fitTo(assets.length > 0 || areas.length > 0 ? oneList(areas, assets) : layerAreas), 0);
            }
          }),
          effect(() => {
            const selected = selectedAsset.value;
            created.setSelectedAsset(selected?.id ?? null);
            if (selected?.geometry?.type === 'Point') created.showPlace([selected.geometry.coordinates[0], selected.geometry.coordinates[1]]);
          }),
          effect(() => {
            const current = mode.value;
            created.setPlacing(current.kind === 'placing' || current.kind === 'form' || current.kind === 'boundary');
            const closed = current.kind === 'boundary' && (current.neighbourhoodId !== null || current.draft.parts[0]![0]!.length >= 3);
            if (current.kind === 'boundary') created.setBoundaryDraft({ draft: current.draft, closed, selected: current.selected, crossings: current.problem?.crossings ?? [] });
            // While a neighbourhood is named or edited, its boundary stays on the map.
            else if (current.kind === 'neighbourhood-form') created.setBoundaryDraft({ draft: draftFromGeometry(current.geometry), closed: true, selected: null, crossings: [] });
            else created.setBoundaryDraft(null);
            const point = current.kind === 'form' && current.geometry?.type === 'Point' ? current.geometry.coordinates : null;
            created.setPendingLocation(point ? [point[0], point[1]] : null);
          }),
          effect(() => created.setOnlineBasemap(appState.settings.value.onlineBasemap)),
          effect(() => created.setOverlays(appState.overlays.value)),
          effect(() => created.setCoverage(shownAnalysis.value, coverageLayers.value)),
          effect(() => created.setTileSource(appState.settings.value.tileSource ?? null, loadTile)),
          effect(() => {
            const basemap = appState.basemap.value;
            created.setBasemapFile(basemap);
            // With no data of its own yet, the workspace opens on the basemap's area.
            const empty = appState.assets.peek().length === 0 && appState.neighbourhoods.peek().length === 0 && appState.overlays.peek().length === 0;
            if (basemap && empty) {
              const [w, s, e, n] = basemap.info.bounds;
              created.fitTo(
                [
                  {
                    geometry: {
                      coordinates: [
                        [w, s],
                        [e, n],
                      ],
                    },
                  },
                ],
                8,
              );
            }
          }),
          effect(() => created.setHighlightedNeighbourhood(query.value.neighbourhoodId || null)),
          effect(() => {
            const focus = mapFocus.value;
            if (focus) created.fitTo([focus]);
          }),
          // Credit the data actually on the map: the demo note only while demo records are there.
          effect(() => created.setDataAttribution(appState.assets.value.some((a) => a.source.startsWith(DEMO_SOURCE)) ? DEMO_ATTRIBUTION : '')),
        );
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

  return (
    <div class="map-wrap">
      <div ref={container} class="map" role="region" aria-label="Asset map" data-assets-drawn={drawn ?? undefined} />
      <p class="visually-hidden" role="status">
        {drawn === null ? 'Map loading' : `${drawn} assets drawn on the map`}
      </p>
      {visibleOverlay && (
        <div class="map-legend">
          <OverlayLegend overlay={visibleOverlay} compact />
        </div>
      )}
      {!appState.basemap.value && !appState.settings.value.onlineBasemap && !appState.settings.value.tileSource && !fallbackDismissed && (
        <p class="map-fallback" role="status">
          No street map: your data on a plain background. Add one in Settings → Basemap.
          <button type="button" aria-label="Dismiss the street map note" onClick={() => setFallbackDismissed(true)}>
            ×
          </button>
        </p>
      )}
      {failure && (
        <p class="map-failure" role="alert">
          The map could not start: {failure}. Your records are safe; the list still works.
        </p>
      )}
    </div>
  );
}

/** Boundaries and assets as one list to frame; concat copies 100,000 records natively, unlike a spread. */
function oneList(areas: readonly Neighbourhood[], assets: readonly Asset[]): readonly { geometry: { coordinates: unknown } | null }[] {
  return ([] as { geometry: { coordinates: unknown } | null }[]).concat(areas, assets);
}

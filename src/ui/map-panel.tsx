import { useEffect, useRef, useState } from 'preact/hooks';
import { effect } from '@preact/signals';
import { MapView } from '../map/map-view';
import { appState } from '../store/state';
import { selectAsset } from '../actions/workspace-actions';

const DEMO_ATTRIBUTION = 'Millbrook demo data is fictional';

/** The map, kept in step with the workspace. The map adapter is the only thing that knows MapLibre. */
export function MapPanel() {
  const container = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let view: MapView | null = null;
    let disposed = false;
    const stops: (() => void)[] = [];
    MapView.create(element, { onAssetTap: (id) => selectAsset(id), onDrawn: setDrawn, dataAttribution: DEMO_ATTRIBUTION })
      .then((created) => {
        if (disposed) return created.destroy();
        view = created;
        let framed = false;
        stops.push(
          effect(() => {
            const assets = appState.assets.value;
            const areas = appState.neighbourhoods.value;
            created.setAssets(assets);
            created.setNeighbourhoods(areas);
            // Frame the data the first time there is some; after that the user decides where to look.
            if (!framed && (assets.length > 0 || areas.length > 0)) {
              framed = true;
              created.fitTo([...areas, ...assets]);
            }
          }),
          effect(() => created.setSelectedAsset(appState.selectedAssetId.value)),
          effect(() => created.setOnlineBasemap(appState.settings.value.onlineBasemap)),
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
      {failure && (
        <p class="map-failure" role="alert">
          The map could not start: {failure}. Your records are safe; the list still works.
        </p>
      )}
    </div>
  );
}

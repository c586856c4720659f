import { effect } from '@preact/signals';
import type { AtlasMap } from '../map/atlas-map';
import { draftFromGeometry } from '../model/boundary-draft';
import type { Asset } from '../model/asset';
import type { Neighbourhood } from '../model/neighbourhood';
import { loadTile } from '../actions/saved-tiles';
import { appState } from '../store/state';
import {
  coverageLayers,
  filteredAssets,
  mapFocus,
  mode,
  online,
  panelTab,
  planHighlight,
  query,
  selectedAsset,
  shownConnections,
  shownAnalysis,
  showWalkPhotos,
  investmentSymbols,
  showInvestmentOnMap,
} from './ui-state';
import { shownWalkPhotos } from '../model/walk-photo';
import { t } from '../lib/i18n';

const DEMO_SOURCE = 'Millbrook demo workspace';

/**
 * Keeps the map in step with the app's state: records, selection, mode, layers, basemaps and
 * focus, each through its own effect. Returns what stops it all.
 */
export function followState(map: AtlasMap): () => void {
  const stops: (() => void)[] = [];
  let shownId: string | null = null;
  let framed = false;
  let assetsTimer: ReturnType<typeof setTimeout> | undefined;
  stops.push(() => clearTimeout(assetsTimer));
  stops.push(
    effect(() => {
      const assets = filteredAssets.value;
      const workspace = appState.assets.value;
      const areas = appState.neighbourhoods.value;
      // The markers are handed to the map in a task of their own, so a large change (an
      // import) does not add the map's work to the list's in one long pause.
      clearTimeout(assetsTimer);
      assetsTimer = setTimeout(() => map.setAssets(assets, workspace), 0);
      map.setNeighbourhoods(areas);
      // Frame the data the first time there is some; after that the user decides where to look.
      // A workspace with only a context layer is framed on that layer.
      const layerAreas = appState.overlays.value.flatMap((o) => o.areas);
      if (!framed && (assets.length > 0 || areas.length > 0 || layerAreas.length > 0)) {
        framed = true;
        // The first asset saved from the form is where the user is looking: no need to frame it
        // (framing one point zoomed the map right in after the first save).
        // In a task of its own too: framing 100,000 records walks every coordinate.
        if (mode.peek().kind !== 'form') setTimeout(() => map.fitTo(assets.length > 0 || areas.length > 0 ? oneList(areas, assets) : layerAreas), 0);
      }
    }),
    effect(() => {
      const selected = selectedAsset.value;
      const id = selected?.id ?? null;
      map.setSelectedAsset(selected ?? null);
      // Bring a newly selected asset into view; not again when the same asset changes (an edit, a
      // move). A save selects what was just saved: centre it, at the zoom the user chose.
      const fresh = id !== shownId;
      shownId = id;
      if (fresh && selected?.geometry?.type === 'Point') map.showPlace([selected.geometry.coordinates[0], selected.geometry.coordinates[1]], mode.peek().kind !== 'form');
    }),
    effect(() => {
      const current = mode.value;
      map.setPlacing(current.kind === 'placing' || current.kind === 'form' || current.kind === 'boundary');
      const closed = current.kind === 'boundary' && (current.neighbourhoodId !== null || current.draft.parts[0]![0]!.length >= 3);
      if (current.kind === 'boundary') map.setBoundaryDraft({ draft: current.draft, closed, selected: current.selected, crossings: current.problem?.crossings ?? [] });
      // While a neighbourhood is named or edited, its boundary stays on the map.
      else if (current.kind === 'neighbourhood-form') map.setBoundaryDraft({ draft: draftFromGeometry(current.geometry), closed: true, selected: null, crossings: [] });
      else map.setBoundaryDraft(null);
      const point = current.kind === 'form' && current.geometry?.type === 'Point' ? current.geometry.coordinates : null;
      map.setPendingLocation(point ? [point[0], point[1]] : null);
    }),
    ...followStreetMap(map),
    effect(() => map.setOverlays(appState.overlays.value)),
    // Only while the plan is in view: another tab has its own reasons to mark assets.
    effect(() => map.setConnections(shownConnections.value)),
    // Only while the Investment tab is open: its figures are worked out there.
    effect(() => map.setInvestment(panelTab.value === 'investment' && showInvestmentOnMap.value ? investmentSymbols.value : [])),
    effect(() => map.setWalkPhotos(showWalkPhotos.value ? shownWalkPhotos(appState.walkPhotos.value) : [])),
    effect(() => map.setPlanAssets(panelTab.value === 'plans' ? assetsWithIds(appState.assets.value, planHighlight.value) : [])),
    effect(() => map.setCoverage(shownAnalysis.value, coverageLayers.value)),
    effect(() => {
      const basemap = appState.basemap.value;
      // With no data of its own yet, the workspace opens on the basemap's area.
      const empty = appState.assets.peek().length === 0 && appState.neighbourhoods.peek().length === 0 && appState.overlays.peek().length === 0;
      if (basemap && empty) {
        const [w, s, e, n] = basemap.info.bounds;
        map.fitTo(
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
    effect(() => map.setHighlightedNeighbourhood(query.value.neighbourhoodId || null)),
    effect(() => {
      const focus = mapFocus.value;
      if (focus) map.fitTo([focus]);
    }),
    // Credit the data actually on the map: the demo note only while demo records are there, in the
    // chosen language (t() reads the language, so the note follows a change of it).
    effect(() => map.setDataAttribution(appState.assets.value.some((a) => a.source.startsWith(DEMO_SOURCE)) ? t('Millbrook demo data is fictional') : '')),
  );
  return () => {
    for (const stop of stops) stop();
  };
}

/**
 * The street map under the data, as the settings choose: the online one while there is signal, the
 * basemap file kept on this device, saved tiles. The photo walk's map uses it too. Returns the stops.
 */
export function followStreetMap(map: Pick<AtlasMap, 'setOnlineBasemap' | 'setTileSource' | 'setBasemapFile'>): (() => void)[] {
  return [
    // Without signal no tiles come, so the street map and its credit are left off until there is.
    effect(() => map.setOnlineBasemap(appState.settings.value.onlineBasemap && online.value)),
    effect(() => map.setTileSource(appState.settings.value.tileSource ?? null, loadTile)),
    effect(() => map.setBasemapFile(appState.basemap.value)),
  ];
}

/** Boundaries and assets as one list to frame; concat copies 100,000 records natively, unlike a spread. */
function oneList(areas: readonly Neighbourhood[], assets: readonly Asset[]): readonly { geometry: { coordinates: unknown } | null }[] {
  return ([] as { geometry: { coordinates: unknown } | null }[]).concat(areas, assets);
}

/** The assets an action names, in one pass over the workspace (an action names a handful). */
function assetsWithIds(assets: readonly Asset[], ids: readonly string[]): Asset[] {
  if (ids.length === 0) return [];
  const wanted = new Set(ids);
  return assets.filter((asset) => wanted.has(asset.id));
}

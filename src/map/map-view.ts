import {
  AttributionControl,
  GeolocateControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  type GeoJSONSource,
  type IControl,
  type LngLatBoundsLike,
  type MapGeoJSONFeature,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Asset } from '../model/asset';
import type { ConnectionLine } from '../model/connections';
import type { Neighbourhood } from '../model/neighbourhood';
import type { WalkPhoto } from '../model/walk-photo';
import type { Overlay } from '../model/overlay';
import { bboxOfRecords, type BBox } from '../lib/bbox';
import { buildLocalStyle, gapHatchImage, GAP_HATCH, LAYERS, SOURCES } from './style';
import type { Analysis } from '../model/coverage';
import type { BasemapInfo } from '../model/basemap';
import type { TileLoader } from './saved-tiles';
import { BasemapLayers } from './basemap-layers';
import { MarkerDrag } from './marker-drag';
import { pointAtBundledWorker } from './maplibre-worker';
import type { AtlasMap } from './atlas-map';
import {
  assetPoint,
  assetSites,
  connectionFeatures,
  walkPhotoFeatures,
  investmentFeatures,
  type InvestmentSymbol,
  coverageGapFeatures,
  coverageSurfaceFeatures,
  neighbourhoodFeatures,
  overlayFeatures,
} from './features';
import type { BoundaryEditor, BoundaryDraftView, BoundaryEditorEvents } from './boundary-editor';
import { DiffedGeoJson } from './large-geojson';
import { CLUSTER_MAX_ZOOM, clusterMaxZoomFor } from './cluster-zoom';
import { loadLabelFonts } from './fonts';
import { drawShapedLabelsOn, needsShaping, shapedTwinId } from './shaped-labels';
import { draftOutline } from './draft-outline';
import { controlLocale, followLanguage } from './control-labels';

export interface MapViewEvents {
  /** A marker was tapped. */
  onAssetTap?: (assetId: string) => void;
  /** The map was tapped where there is no marker: [lon, lat]. */
  onMapTap?: (lngLat: [number, number]) => void;
  /** The visible area changed (after a pan or zoom): [west, south, east, north]. */
  onViewChanged?: (bounds: BBox) => void;
  /** The selected asset was dragged to a new place: [lon, lat]. */
  onAssetDragged?: (assetId: string, lngLat: [number, number]) => void;
  /** After each render settles: how many assets are drawn in view (markers plus those in clusters), how many clusters, and the open asset's name if drawn. */
  onDrawn?: (drawn: Drawn) => void;
  /** The corner handles for drawing a boundary could not be loaded (their code is fetched when first needed). */
  onEditorFailed?: (reason: string) => void;
}

export interface Drawn {
  assets: number;
  clusters: number;
  /** The open asset's name as drawn beside its marker, or null when it is not drawn. */
  selectedLabel: string | null;
}

export interface MapViewOptions extends MapViewEvents, BoundaryEditorEvents {
  /** Attribution for the data on the map (e.g. the source of imported boundaries). */
  dataAttribution?: string;
  /** Keep the drawing buffer so the canvas can be read back (printing, pixel tests). */
  preserveDrawingBuffer?: boolean;
}

const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The whole boundary between the app and MapLibre: plain records in, domain events out.
 * Nothing outside src/map knows which map library draws the map.
 */
export class MapView implements AtlasMap {
  private readonly map: MapLibreMap;
  private readonly ready: Promise<void>;
  private attribution: IControl | null = null;
  private attributionText: string | null = null;
  private placing = false;
  private selectedId: string | null = null;
  /** Where marker clustering stops: higher for a dense workspace (see cluster-zoom). */
  private clusterMaxZoom = CLUSTER_MAX_ZOOM;
  private groupedFor: readonly Asset[] | null = null;
  private neighbourhoods: readonly Neighbourhood[] = [];
  private readonly stopFollowingLanguage: () => void;
  /** Loaded the first time a boundary is drawn or edited: most visits never draw one. */
  private boundaryEditor: BoundaryEditor | null = null;
  private boundaryDraft: BoundaryDraftView | null = null;
  private destroyed = false;
  private readonly basemaps: BasemapLayers;
  private readonly assetData = new DiffedGeoJson<Asset>(
    () => this.source(SOURCES.assets),
    (a) => a.id,
    assetPoint,
  );

  private constructor(
    container: HTMLElement,
    private readonly options: MapViewOptions,
  ) {
    this.map = new MapLibreMap({
      container,
      style: buildLocalStyle(),
      center: [-2.05, 53.2],
      zoom: 12,
      attributionControl: false,
      maxPitch: 0,
      dragRotate: false,
      canvasContextAttributes: { preserveDrawingBuffer: options.preserveDrawingBuffer ?? false },
      // Someone who asked their device for less motion gets labels that appear rather than fade (the
      // camera's eases MapLibre already cuts for them); the tablet also draws fewer frames.
      fadeDuration: prefersReducedMotion() ? 0 : 300,
      locale: controlLocale(),
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new GeolocateControl({ positionOptions: { enableHighAccuracy: true }, trackUserLocation: false, showAccuracyCircle: true }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.setDataAttribution(options.dataAttribution ?? '');
    this.stopFollowingLanguage = followLanguage(this.map);
    this.ready = new Promise((resolve) =>
      this.map.once('load', () => {
        // Before any gap is drawn: a tile laid out without its pattern image stays unhatched.
        this.map.addImage(GAP_HATCH, gapHatchImage());
        resolve();
      }),
    );
    // Names in Urdu, Punjabi or Bengali are drawn by the browser; once their face has loaded, any drawn
    // before it are laid out again.
    drawShapedLabelsOn(this.map, window.devicePixelRatio || 1, () => {
      this.assetData.resend((a) => needsShaping(a.name));
      this.setNeighbourhoods(this.neighbourhoods);
    });
    this.basemaps = new BasemapLayers(this.map);
    this.wireEvents();
  }

  /** Creates the map once the bundled label font is ready. */
  static async create(container: HTMLElement, options: MapViewOptions = {}): Promise<MapView> {
    pointAtBundledWorker();
    await loadLabelFonts();
    const view = new MapView(container, options);
    await view.ready;
    return view;
  }

  setAssets(assets: readonly Asset[], workspace: readonly Asset[] = assets): void {
    // Grouping follows the whole workspace, not the filtered list: a filter never regroups the map
    // (each regrouping re-clusters every marker in MapLibre's worker).
    if (workspace !== this.groupedFor) {
      this.groupedFor = workspace;
      const clusterMaxZoom = clusterMaxZoomFor(workspace);
      if (clusterMaxZoom !== this.clusterMaxZoom) {
        this.clusterMaxZoom = clusterMaxZoom;
        void this.source(SOURCES.assets).setClusterOptions({ cluster: true, clusterMaxZoom });
      }
    }
    this.assetData.set(assets);
    this.source(SOURCES.assetSites).setData(assetSites(assets));
  }

  setNeighbourhoods(areas: readonly Neighbourhood[]): void {
    this.neighbourhoods = areas;
    this.source(SOURCES.neighbourhoods).setData(neighbourhoodFeatures(areas));
  }

  /** Small-area context layers, coloured by their value field; hidden layers are left out. */
  setOverlays(overlays: readonly Overlay[]): void {
    this.source(SOURCES.overlays).setData(overlayFeatures(overlays));
  }

  /** Shows a coverage analysis: its gaps and, if asked, its distance surface (null hides both). */
  setCoverage(analysis: Analysis | null, parts: { gaps: boolean; surface: boolean }): void {
    this.source(SOURCES.coverageGaps).setData(coverageGapFeatures(parts.gaps ? analysis : null));
    this.source(SOURCES.coverageSurface).setData(coverageSurfaceFeatures(parts.surface ? analysis : null));
  }

  /** Outlines one neighbourhood boldly (null for none). */
  setHighlightedNeighbourhood(id: string | null): void {
    this.map.setFilter(LAYERS.neighbourhoodHighlight, ['==', ['get', 'id'], id ?? '']);
  }

  /** Shows a boundary being drawn or edited (null ends it). Marker taps are off meanwhile. */
  setBoundaryDraft(view: BoundaryDraftView | null): void {
    this.boundaryDraft = view;
    this.map.getCanvas().style.cursor = view ? 'crosshair' : '';
    this.source(SOURCES.draftArea).setData(draftOutline(view));
    if (this.boundaryEditor) return this.boundaryEditor.show(view);
    if (!view) return;
    // Until the editor has loaded (one short chunk, cached for offline use), a tap on the map is a
    // plain map tap, which is what adds a corner.
    // Should it fail to load, taps still add corners and the shape still shows; the app says why no handles are drawn.
    import('./boundary-editor').then(
      ({ BoundaryEditor }) => {
        if (this.destroyed) return;
        this.boundaryEditor ??= new BoundaryEditor(this.map, this.options);
        this.boundaryEditor.show(this.boundaryDraft);
      },
      (error: unknown) => {
        if (!this.destroyed) this.options.onEditorFailed?.(error instanceof Error ? error.message : String(error));
      },
    );
  }

  setSelectedAsset(asset: Asset | null): void {
    this.selectedId = asset?.id ?? null;
    const point = asset ? assetPoint(asset) : null;
    this.source(SOURCES.selected).setData({ type: 'FeatureCollection', features: point ? [point] : [] });
  }

  setConnections(lines: readonly ConnectionLine[]): void {
    this.source(SOURCES.connections).setData(connectionFeatures(lines));
  }

  setPlanAssets(assets: readonly Asset[]): void {
    const features = assets.map(assetPoint).filter((point) => point !== null);
    this.source(SOURCES.plan).setData({ type: 'FeatureCollection', features });
  }

  setInvestment(symbols: readonly InvestmentSymbol[]): void {
    this.source(SOURCES.investment).setData(investmentFeatures(symbols));
  }

  setWalkPhotos(photos: readonly WalkPhoto[]): void {
    this.source(SOURCES.walkPhotos).setData(walkPhotoFeatures(photos));
  }

  /** Marks where a new or moved asset will go (null clears it). */
  setPendingLocation(lngLat: [number, number] | null): void {
    this.source(SOURCES.pending).setData({
      type: 'FeatureCollection',
      features: lngLat ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: lngLat }, properties: {} }] : [],
    });
  }

  /**
   * Brings a place into view if it is not already, zooming in far enough to see one marker apart
   * from its neighbours; with `zoomIn` false, only centres it and keeps the zoom.
   */
  showPlace(lngLat: [number, number], zoomIn = true): void {
    if (!zoomIn) return void this.map.easeTo({ center: lngLat, duration: 400 });
    if (this.map.getBounds().contains(lngLat) && this.map.getZoom() >= 14) return;
    this.map.easeTo({ center: lngLat, zoom: Math.max(this.map.getZoom(), 15), duration: 400 });
  }

  /** A crosshair tells the user the next tap places something. */
  setPlacing(on: boolean): void {
    this.map.getCanvas().style.cursor = on ? 'crosshair' : '';
    this.placing = on;
  }

  /** Frames the given records (assets and neighbourhoods), leaving room for the panel. */
  fitTo(records: readonly { geometry: { coordinates: unknown } | null }[], padding = 48): void {
    const box = bboxOfRecords(records);
    if (!box) return;
    this.map.fitBounds(box as LngLatBoundsLike, { padding, maxZoom: 17, duration: 0 });
  }

  /** Shows or hides OpenStreetMap tiles. The source only exists while on, so nothing is fetched when off. */
  setOnlineBasemap(on: boolean): void {
    this.basemaps.setOnline(on);
  }

  /** Shows a basemap file from the device (null removes it). Drawn under all of the user's layers. */
  setBasemapFile(basemap: { file: File; info: BasemapInfo } | null): void {
    this.basemaps.setFile(basemap);
  }

  /** Shows the user's online tile source, saved tiles first (null removes it). */
  setTileSource(source: { attribution: string; maxZoom: number; url: string } | null, loadTile: TileLoader): void {
    this.basemaps.setTileSource(source, loadTile);
  }

  setDataAttribution(text: string): void {
    if (text === this.attributionText) return;
    this.attributionText = text;
    if (this.attribution) this.map.removeControl(this.attribution);
    this.attribution = new AttributionControl({ compact: true, customAttribution: text || undefined });
    this.map.addControl(this.attribution, 'bottom-right');
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.destroyed = true;
    this.stopFollowingLanguage();
    this.map.remove();
  }

  private source(id: string): GeoJSONSource {
    const source = this.map.getSource<GeoJSONSource>(id);
    if (!source) throw new Error(`The local style always has the ${id} source`);
    return source;
  }

  private wireEvents(): void {
    const tappable = [LAYERS.selectedPoint, LAYERS.points, LAYERS.clusters];
    this.map.on('click', (event) => {
      if (this.boundaryEditor?.active) {
        if (!this.boundaryEditor.handleTap(event)) this.options.onMapTap?.([event.lngLat.lng, event.lngLat.lat]);
        return;
      }
      const [hit] = this.placing ? [] : this.map.queryRenderedFeatures(event.point, { layers: tappable });
      if (hit) this.onFeatureTap(hit);
      else this.options.onMapTap?.([event.lngLat.lng, event.lngLat.lat]);
    });
    for (const layer of tappable) {
      this.map.on('mouseenter', layer, () => !this.placing && (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', layer, () => !this.placing && (this.map.getCanvas().style.cursor = ''));
    }
    this.map.on('idle', () => this.options.onDrawn?.(this.countDrawn()));
    // A resize (the panel collapsing, the tablet turning) changes what is shown as much as a pan does:
    // a print of "the current map area" must not use the area from before.
    const viewChanged = () => this.options.onViewChanged?.(this.map.getBounds().toArray().flat() as BBox);
    this.map.on('moveend', viewChanged);
    this.map.on('resize', viewChanged);
    new MarkerDrag(this.map, {
      draggable: (id) => !this.placing && id === this.selectedId,
      onMove: (to) => this.setPendingLocation(to),
      onDropped: (id, to) => this.options.onAssetDragged?.(id, to),
    });
  }

  private onFeatureTap(feature: MapGeoJSONFeature): void {
    const props = feature.properties as { id?: unknown; cluster_id?: unknown };
    if (typeof props.cluster_id === 'number' && feature.geometry.type === 'Point') {
      const center = feature.geometry.coordinates as [number, number];
      void this.source(SOURCES.assets)
        .getClusterExpansionZoom(props.cluster_id)
        .then((zoom) => this.map.easeTo({ center, zoom }));
      return;
    }
    if (typeof props.id === 'string') this.options.onAssetTap?.(props.id);
  }

  private countDrawn(): Drawn {
    const seen = new Set<string>();
    const drawn: Drawn = { assets: 0, clusters: 0, selectedLabel: null };
    for (const f of this.map.queryRenderedFeatures({ layers: [LAYERS.points, LAYERS.clusters] })) {
      const p = f.properties as { id?: unknown; cluster_id?: unknown; point_count?: unknown };
      const key = typeof p.cluster_id === 'number' ? `c${p.cluster_id}` : String(p.id);
      if (seen.has(key)) continue;
      seen.add(key);
      drawn.assets += typeof p.point_count === 'number' ? p.point_count : 1;
      if (typeof p.cluster_id === 'number') drawn.clusters += 1;
    }
    const [label] = this.map.queryRenderedFeatures({ layers: [LAYERS.selectedLabel, shapedTwinId(LAYERS.selectedLabel)] });
    const name: unknown = label?.properties['name'];
    drawn.selectedLabel = typeof name === 'string' ? name : null;
    return drawn;
  }
}

import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BasemapInfo } from '../model/basemap';
import { LAYERS, OSM_RASTER, SOURCES } from './style';
import { vectorBasemapLayers } from './basemap-style';
import { registerSavedTiles, SAVED_TILES_PROTOCOL, type TileLoader } from './saved-tiles';

/** The layer basemaps go under: the first of the user's layers, context layers included. */
const UNDER = LAYERS.overlayFill;

/**
 * The three kinds of basemap under the user's data: OpenStreetMap online, a PMTiles file on the
 * device, and the user's own tile source with its saved tiles. Each is added only while shown, so
 * nothing is fetched when it is off, and each setter does nothing when nothing changed.
 */
export class BasemapLayers {
  private onlineOn = false;
  private fileKey: string | null = null;
  private fileLayers: string[] = [];
  private tileSourceKey: string | null = null;

  constructor(private readonly map: MapLibreMap) {}

  /** Shows or hides OpenStreetMap tiles. */
  setOnline(on: boolean): void {
    if (on === this.onlineOn) return;
    this.onlineOn = on;
    if (on) {
      this.map.addSource(SOURCES.basemap, { type: 'raster', tileSize: 256, ...OSM_RASTER, tiles: [...OSM_RASTER.tiles] });
      this.map.addLayer({ id: LAYERS.basemap, type: 'raster', source: SOURCES.basemap, paint: { 'raster-saturation': -0.4 } }, UNDER);
    } else {
      this.map.removeLayer(LAYERS.basemap);
      this.map.removeSource(SOURCES.basemap);
    }
  }

  /** Shows a basemap file from the device (null removes it): vector tiles styled, raster as they are. */
  setFile(basemap: { file: File; info: BasemapInfo } | null): void {
    const key = basemap ? `${basemap.info.fileName}|${basemap.info.savedAt}` : null;
    if (key === this.fileKey) return;
    this.fileKey = key;
    for (const id of this.fileLayers) if (this.map.getLayer(id)) this.map.removeLayer(id);
    if (this.map.getSource(SOURCES.basemapFile)) this.map.removeSource(SOURCES.basemapFile);
    this.fileLayers = [];
    if (!basemap) return;
    // The pmtiles library is loaded with the first basemap file shown, not with the app.
    import('./basemap').then(
      ({ basemapSourceUrl }) => {
        if (this.fileKey === key) this.addFile(basemap, basemapSourceUrl(basemap.file));
      },
      // Only when the app was updated under an open page and the old chunk is gone: the map stays without it.
      (error: unknown) => console.warn('The basemap file could not be shown', error),
    );
  }

  private addFile({ info }: { info: BasemapInfo }, url: string): void {
    const common = { url, minzoom: info.minZoom, maxzoom: info.maxZoom, bounds: info.bounds, attribution: info.attribution };
    if (info.tileType === 'mvt') {
      this.map.addSource(SOURCES.basemapFile, { type: 'vector', ...common });
      for (const layer of vectorBasemapLayers(SOURCES.basemapFile)) {
        this.map.addLayer(layer, UNDER);
        this.fileLayers.push(layer.id);
      }
    } else {
      this.map.addSource(SOURCES.basemapFile, { type: 'raster', tileSize: 256, ...common });
      this.map.addLayer({ id: LAYERS.basemapFile, type: 'raster', source: SOURCES.basemapFile }, UNDER);
      this.fileLayers.push(LAYERS.basemapFile);
    }
  }

  /**
   * Shows the user's online tile source through the `atlas-tiles://` protocol, which answers from
   * the tiles saved on the device first and the network second (null removes it).
   */
  setTileSource(source: { attribution: string; maxZoom: number; url: string } | null, loadTile: TileLoader): void {
    const key = source ? `${source.url}|${source.maxZoom}|${source.attribution}` : null;
    if (key === this.tileSourceKey) return;
    this.tileSourceKey = key;
    if (this.map.getLayer(LAYERS.savedTiles)) this.map.removeLayer(LAYERS.savedTiles);
    if (this.map.getSource(SOURCES.savedTiles)) this.map.removeSource(SOURCES.savedTiles);
    if (!source) return;
    registerSavedTiles(loadTile);
    this.map.addSource(SOURCES.savedTiles, { type: 'raster', tileSize: 256, tiles: [`${SAVED_TILES_PROTOCOL}://{z}/{x}/{y}`], maxzoom: source.maxZoom, attribution: source.attribution });
    this.map.addLayer({ id: LAYERS.savedTiles, type: 'raster', source: SOURCES.savedTiles }, UNDER);
  }
}

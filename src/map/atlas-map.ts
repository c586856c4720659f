import type { InvestmentSymbol } from './features';
import type { Asset } from '../model/asset';
import type { ConnectionLine } from '../model/connections';
import type { Neighbourhood } from '../model/neighbourhood';
import type { WalkPhoto } from '../model/walk-photo';
import type { Overlay } from '../model/overlay';
import type { Analysis } from '../model/coverage';
import type { BasemapInfo } from '../model/basemap';
import type { BoundaryDraftView } from './boundary-editor';
import type { TileLoader } from './saved-tiles';

/**
 * What the app asks of the map: plain data in (MapView's events come out through its options).
 * MapView is the one implementation over MapLibre; a test can hand the UI a fake that records calls.
 */
export interface AtlasMap {
  /** The assets to draw (filtered), and the whole workspace's, which decides how far up markers stay grouped. */
  setAssets(assets: readonly Asset[], workspace?: readonly Asset[]): void;
  setNeighbourhoods(areas: readonly Neighbourhood[]): void;
  setOverlays(overlays: readonly Overlay[]): void;
  setCoverage(analysis: Analysis | null, parts: { gaps: boolean; surface: boolean }): void;
  setHighlightedNeighbourhood(id: string | null): void;
  setBoundaryDraft(view: BoundaryDraftView | null): void;
  /** Rings the selected asset's marker (null for none). */
  setSelectedAsset(asset: Asset | null): void;
  /** Rings the assets an open action builds on (empty for none). */
  setPlanAssets(assets: readonly Asset[]): void;
  /** Draws links between assets as lines, one style per relation (empty hides them). */
  setConnections(lines: readonly ConnectionLine[]): void;
  /** Draws photo walk photos where they were taken (empty hides them). */
  setWalkPhotos(photos: readonly WalkPhoto[]): void;
  /** Money awarded per neighbourhood as discs sized by the sum (the Investment tab). */
  setInvestment(symbols: readonly InvestmentSymbol[]): void;
  setPendingLocation(lngLat: [number, number] | null): void;
  showPlace(lngLat: [number, number], zoomIn?: boolean): void;
  setPlacing(on: boolean): void;
  fitTo(records: readonly { geometry: { coordinates: unknown } | null }[], padding?: number): void;
  setOnlineBasemap(on: boolean): void;
  setBasemapFile(basemap: { file: File; info: BasemapInfo } | null): void;
  setTileSource(source: { attribution: string; maxZoom: number; url: string } | null, loadTile: TileLoader): void;
  setDataAttribution(text: string): void;
  resize(): void;
  destroy(): void;
}

import type { Map as MapLibreMap, MapLayerMouseEvent, MapLayerTouchEvent } from 'maplibre-gl';
import { LAYERS } from './style';

export interface MarkerDragHooks {
  /** Only the selected marker can be dragged, so panning the map never moves an asset by accident. */
  draggable: (assetId: string) => boolean;
  /** Where the marker would go while it is dragged (null when the drag ends). */
  onMove: (to: [number, number] | null) => void;
  /** The marker was let go somewhere new. */
  onDropped: (assetId: string, to: [number, number]) => void;
}

/** Dragging the selected asset's marker with a mouse or one finger. */
export class MarkerDrag {
  private dragging: { id: string; to: [number, number] | null } | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly hooks: MarkerDragHooks,
  ) {
    // The selected marker is drawn again on top (so it shows even inside a cluster): that is the one to pick up.
    map.on('mousedown', LAYERS.selectedPoint, (e) => this.start(e));
    map.on('touchstart', LAYERS.selectedPoint, (e) => e.points.length === 1 && this.start(e));
    map.on('mousemove', (e) => this.move([e.lngLat.lng, e.lngLat.lat]));
    map.on('touchmove', (e) => this.move([e.lngLat.lng, e.lngLat.lat]));
    map.on('mouseup', () => this.end());
    map.on('touchend', () => this.end());
  }

  private start(event: MapLayerMouseEvent | MapLayerTouchEvent): void {
    const id = (event.features?.[0]?.properties as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string' || !this.hooks.draggable(id)) return;
    event.preventDefault(); // stops MapLibre panning the map for this gesture
    this.dragging = { id, to: null };
    this.map.getCanvas().style.cursor = 'grabbing';
  }

  private move(to: [number, number]): void {
    if (!this.dragging) return;
    this.dragging.to = to;
    this.hooks.onMove(to);
  }

  private end(): void {
    const drag = this.dragging;
    if (!drag) return;
    this.dragging = null;
    this.map.getCanvas().style.cursor = '';
    this.hooks.onMove(null);
    if (drag.to) this.hooks.onDropped(drag.id, drag.to);
  }
}

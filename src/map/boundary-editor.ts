import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, MapLayerTouchEvent, MapMouseEvent } from 'maplibre-gl';
import type { Feature } from 'geojson';
import { cornersAndMidpoints, cornerKey, moveCorner, parseCornerKey, type BoundaryDraft, type CornerRef } from '../model/boundary-draft';
import type { Position } from '../model/geometry';
import { CORNER_HIT_RADIUS, LAYERS, SOURCES } from './style';
import { collection, draftOutline, feature } from './draft-outline';

export interface BoundaryEditorEvents {
  /** A corner was tapped (select it, or deselect when it already is). */
  onCornerTap?: (corner: CornerRef) => void;
  /** An edge's midpoint handle was tapped: insert a corner there. */
  onMidpointTap?: (after: CornerRef, at: [number, number]) => void;
  /** A corner was dragged to a new place. */
  onCornerDragged?: (corner: CornerRef, to: [number, number]) => void;
}

export interface BoundaryDraftView {
  draft: BoundaryDraft;
  /** True once the shape is a closed area (editing, or drawing with three corners or more). */
  closed: boolean;
  selected: CornerRef | null;
  crossings: readonly Position[];
}

/**
 * Draws a boundary draft's handles (corners, midpoints, crossings) and turns taps and drags into
 * events. The shape itself is drawn by the map (draft-outline.ts), and by this while a corner is dragged.
 */
export class BoundaryEditor {
  private view: BoundaryDraftView | null = null;
  private dragging: { corner: CornerRef; to: [number, number] | null } | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly events: BoundaryEditorEvents,
  ) {
    this.map.on('mousedown', LAYERS.draftCornerHit, (e) => this.startDrag(e));
    this.map.on('touchstart', LAYERS.draftCornerHit, (e) => e.points.length === 1 && this.startDrag(e));
    this.map.on('mousemove', (e) => this.continueDrag(e));
    this.map.on('touchmove', (e) => this.continueDrag(e));
    this.map.on('mouseup', () => this.endDrag());
    this.map.on('touchend', () => this.endDrag());
  }

  get active(): boolean {
    return this.view !== null;
  }

  show(view: BoundaryDraftView | null): void {
    this.view = view;
    this.render(view);
  }

  /** Handles a tap on a corner or midpoint; false when the tap was elsewhere. */
  handleTap(event: MapMouseEvent): boolean {
    if (!this.view) return false;
    const [hit] = this.map.queryRenderedFeatures(event.point, { layers: [LAYERS.draftCornerHit, LAYERS.draftMidpoints] });
    const props = hit?.properties as { key?: unknown; after?: unknown } | undefined;
    const corner = typeof props?.key === 'string' ? parseCornerKey(props.key) : null;
    if (corner && hit?.layer.id === LAYERS.draftCornerHit) {
      this.events.onCornerTap?.(corner);
      return true;
    }
    const after = typeof props?.after === 'string' ? parseCornerKey(props.after) : null;
    if (after && hit?.geometry.type === 'Point') {
      this.events.onMidpointTap?.(after, hit.geometry.coordinates as [number, number]);
      return true;
    }
    // New handles are drawn a frame or more after show() (MapLibre's worker takes their data in
    // first): a tap on a corner meanwhile, such as straight after "Edit boundary", still selects it.
    const near = this.cornerNear(event.point);
    if (near) this.events.onCornerTap?.(near);
    return near !== null;
  }

  /** The draft's corner within the hit layer's radius of a screen point, nearest first. */
  private cornerNear(point: { x: number; y: number }): CornerRef | null {
    if (!this.view) return null;
    let nearest: CornerRef | null = null;
    let distance = CORNER_HIT_RADIUS;
    for (const corner of cornersAndMidpoints(this.view.draft, this.view.closed).corners) {
      const at = this.map.project(corner.at as [number, number]);
      const d = Math.hypot(at.x - point.x, at.y - point.y);
      if (d <= distance) {
        nearest = corner.ref;
        distance = d;
      }
    }
    return nearest;
  }

  private render(view: BoundaryDraftView | null): void {
    const set = (id: string, features: Feature[]) => this.map.getSource<GeoJSONSource>(id)?.setData(collection(features));
    if (!view) {
      for (const id of [SOURCES.draftCorners, SOURCES.draftMidpoints, SOURCES.draftCrossings]) set(id, []);
      return;
    }
    const { corners, midpoints } = cornersAndMidpoints(view.draft, view.closed);
    const selectedKey = view.selected ? cornerKey(view.selected) : '';
    set(
      SOURCES.draftCorners,
      corners.map((c) => feature({ type: 'Point', coordinates: c.at }, { key: cornerKey(c.ref), selected: cornerKey(c.ref) === selectedKey })),
    );
    set(SOURCES.draftMidpoints, view.closed ? midpoints.map((m) => feature({ type: 'Point', coordinates: m.at }, { after: cornerKey(m.after) })) : []);
    set(
      SOURCES.draftCrossings,
      view.crossings.map((p) => feature({ type: 'Point', coordinates: p })),
    );
  }

  private startDrag(event: MapLayerMouseEvent | MapLayerTouchEvent): void {
    const key = (event.features?.[0]?.properties as { key?: unknown } | undefined)?.key;
    const corner = typeof key === 'string' ? parseCornerKey(key) : null;
    if (!this.view || !corner) return;
    event.preventDefault(); // the gesture moves the corner, not the map
    this.dragging = { corner, to: null };
  }

  private continueDrag(event: MapMouseEvent | MapLayerTouchEvent): void {
    if (!this.dragging || !this.view) return;
    const to: [number, number] = [event.lngLat.lng, event.lngLat.lat];
    this.dragging.to = to;
    const moved = { ...this.view, draft: moveCorner(this.view.draft, this.dragging.corner, to) };
    this.map.getSource<GeoJSONSource>(SOURCES.draftArea)?.setData(draftOutline(moved));
    this.render(moved);
  }

  private endDrag(): void {
    const drag = this.dragging;
    this.dragging = null;
    if (drag?.to) this.events.onCornerDragged?.(drag.corner, drag.to);
  }

  /** True while a corner is being dragged, so the tap that ends the drag is not also a map tap. */
  get isDragging(): boolean {
    return this.dragging !== null;
  }
}

import { unkinkPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { AreaGeometrySchema, type AreaGeometry } from '../model/geometry';
import { findCrossings, type Ring } from './check-boundary';

/**
 * A valid version of a shape that crosses itself: each loop of a figure-of-eight becomes its own
 * part (Turf's unkink). Undefined when no valid shape comes of it. A module of its own so Turf's
 * unkink is loaded where a repair is offered, not with the app.
 */
export function repairBoundary(polygons: Ring[][]): AreaGeometry | undefined {
  try {
    const parts = polygons.flatMap((rings) => unkinkPolygon({ type: 'Polygon', coordinates: rings } satisfies Polygon).features.map((f) => f.geometry.coordinates as Ring[]));
    if (parts.some((rings) => rings.some((ring) => findCrossings([ring]).length > 0))) return undefined;
    const parsed = AreaGeometrySchema.safeParse(parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts });
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // unkink gives up on some shapes; then there is simply no repair to offer
  }
}

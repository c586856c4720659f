import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { BoundaryDraftView } from './boundary-editor';

/** A feature and a collection as the draft's sources take them (shared with the boundary editor's handles). */
export const feature = (geometry: Geometry, properties: Record<string, unknown> = {}): Feature => ({ type: 'Feature', geometry, properties });
export const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/**
 * The shape of a boundary being drawn: its rings as lines, and as areas once closed. Drawn by the
 * map itself rather than the boundary editor (whose corner handles load when first needed), so the
 * shape shows from the first tap even if the handles never load.
 */
export function draftOutline(view: BoundaryDraftView | null): FeatureCollection {
  if (!view) return collection([]);
  // The outline is always a line: the tiler drops a polygon whose signed area cancels out (a
  // symmetric figure-of-eight), and that is exactly the shape the user must see to fix it.
  const features = view.draft.parts.flatMap((rings) =>
    rings.flatMap((ring) => {
      const filled = view.closed && ring.length >= 3;
      const outline = feature({ type: 'LineString', coordinates: filled ? [...ring, ring[0]!] : ring.length === 1 ? [ring[0]!, ring[0]!] : ring });
      return filled ? [feature({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] }), outline] : [outline];
    }),
  );
  return collection(features);
}

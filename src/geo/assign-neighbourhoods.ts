import type { AssetGeometry } from '../model/geometry';
import { representativePoint } from '../model/geometry';
import type { Neighbourhood } from '../model/neighbourhood';
import { pointInArea } from './point-in-polygon';
import { bboxOfCoordinates } from '../lib/bbox';

/**
 * A function from an asset's geometry to the ids of the neighbourhoods it lies in (by its
 * representative point). Each boundary's box is worked out once, so assigning a whole import
 * costs one cheap box test per area per asset, and point-in-polygon only where the box matches.
 */
export function neighbourhoodLocator(areas: readonly Neighbourhood[]): (geometry: AssetGeometry | null) => string[] {
  const boxed = areas.flatMap((area) => {
    const box = bboxOfCoordinates(area.geometry.coordinates);
    return box ? [{ area, box }] : [];
  });
  return (geometry) => {
    if (!geometry) return [];
    const point = representativePoint(geometry);
    const [x, y] = point;
    return boxed.filter(({ area, box }) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3] && pointInArea(point, area.geometry)).map(({ area }) => area.id);
  };
}

/** The ids of the neighbourhoods one asset lies in; for many assets, make one neighbourhoodLocator. */
export function neighbourhoodsContaining(geometry: AssetGeometry | null, areas: readonly Neighbourhood[]): string[] {
  return neighbourhoodLocator(areas)(geometry);
}

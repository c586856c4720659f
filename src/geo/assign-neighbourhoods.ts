import type { AssetGeometry } from '../model/geometry';
import { representativePoint } from '../model/geometry';
import type { Neighbourhood } from '../model/neighbourhood';
import { pointInArea } from './point-in-polygon';
import { bboxOfCoordinates } from '../lib/bbox';

/** The ids of the neighbourhoods an asset lies in (by its representative point); none without a location. */
export function neighbourhoodsContaining(geometry: AssetGeometry | null, areas: readonly Neighbourhood[]): string[] {
  if (!geometry) return [];
  const point = representativePoint(geometry);
  const [x, y] = point;
  return areas
    .filter((area) => {
      const box = bboxOfCoordinates(area.geometry.coordinates);
      return !!box && x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3] && pointInArea(point, area.geometry);
    })
    .map((area) => area.id);
}

import type { BBox } from '../../lib/bbox';
import type { AreaGeometry, Position } from '../../model/geometry';
import { toPlaneX, toPlaneY, type LocalPlane } from './local-plane';
import type { PlaneRing } from './polygon-cells';

/**
 * A boundary read once into flat lon, lat rings, with its box and its area on the sphere taken in
 * the same pass. The engine needs all three; reading the nested [lon, lat] arrays three times (box,
 * plane rings, Turf's area) cost about 4 ms of the 13–18 ms for a borough's 50 neighbourhoods at
 * 500 assets, each pass chasing 12,000 small arrays across the heap.
 */
export interface FlatArea {
  /** Every ring, outer rings and holes alike in the geometry's order, as lon0, lat0, lon1, lat1, … */
  readonly rings: readonly Float64Array[];
  /** Null for a boundary with no positions. */
  readonly box: BBox | null;
  /** Square metres on the sphere, holes subtracted. */
  readonly areaM2: number;
}

/** Turf's Earth radius and factor (@turf/area), so that the figures match geo/area's exactly. */
const EARTH_RADIUS_M = 6_371_008.8;
const FACTOR = (EARTH_RADIUS_M * EARTH_RADIUS_M) / 2;
const PI_OVER_180 = Math.PI / 180;

export function flatArea(geometry: AreaGeometry): FlatArea {
  const polygons: readonly (readonly (readonly Position[])[])[] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings: Float64Array[] = [];
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  let areaM2 = 0;
  for (const polygon of polygons) {
    let polygonM2 = 0;
    for (const [k, ring] of polygon.entries()) {
      const flat = new Float64Array(ring.length * 2);
      for (let i = 0; i < ring.length; i += 1) {
        const position = ring[i] as Position;
        const lon = position[0];
        const lat = position[1];
        flat[2 * i] = lon;
        flat[2 * i + 1] = lat;
        if (lon < west) west = lon;
        if (lat < south) south = lat;
        if (lon > east) east = lon;
        if (lat > north) north = lat;
      }
      rings.push(flat);
      const ringM2 = Math.abs(sphericalRingArea(flat));
      // The first ring is the outline and the others its holes, as in Turf.
      polygonM2 = k === 0 ? polygonM2 + ringM2 : polygonM2 - ringM2;
    }
    areaM2 += polygonM2;
  }
  return { rings, box: Number.isFinite(west) ? [west, south, east, north] : null, areaM2 };
}

/**
 * The signed area of a closed lon, lat ring on the sphere: @turf/area's ringArea, the same
 * arithmetic in the same order, on a flat array.
 */
function sphericalRingArea(ring: Float64Array): number {
  const n = ring.length / 2 - 1;
  if (n <= 2) return 0;
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    const middle = i + 1 === n ? 0 : i + 1;
    const upper = i + 2 >= n ? (i + 2) % n : i + 2;
    const lowerX = (ring[2 * i] as number) * PI_OVER_180;
    const middleY = (ring[2 * middle + 1] as number) * PI_OVER_180;
    const upperX = (ring[2 * upper] as number) * PI_OVER_180;
    total += (upperX - lowerX) * Math.sin(middleY);
  }
  return total * FACTOR;
}

/** The area's rings in local-plane metres. */
export function flatPlaneRings(plane: LocalPlane, area: FlatArea): PlaneRing[] {
  return area.rings.map((ring) => {
    const xy = new Float64Array(ring.length);
    for (let i = 0; i < ring.length; i += 2) {
      xy[i] = toPlaneX(plane, ring[i] as number);
      xy[i + 1] = toPlaneY(plane, ring[i + 1] as number);
    }
    return xy;
  });
}

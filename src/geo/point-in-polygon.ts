import type { AreaGeometry, Position } from '../model/geometry';

/** Even-odd ray casting against one ring; points exactly on an edge may fall either side. */
function insideRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    const [xi, yi] = a;
    const [xj, yj] = b;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insidePolygon(x: number, y: number, rings: readonly (readonly Position[])[]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !insideRing(x, y, outer)) return false;
  return !holes.some((hole) => insideRing(x, y, hole));
}

/** True when [lon, lat] lies inside the area (holes excluded, any part of a MultiPolygon counts). */
export function pointInArea([x, y]: readonly [number, number] | Position, area: AreaGeometry): boolean {
  if (area.type === 'Polygon') return insidePolygon(x, y, area.coordinates);
  return area.coordinates.some((polygon) => insidePolygon(x, y, polygon));
}

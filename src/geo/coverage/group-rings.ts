import Flatbush from 'flatbush';

/** A ring in cell-corner units as x0, y0, x1, y1, …, closed: the last corner repeats the first. */
export type FlatRing = Int32Array;

/** A polygon traced from cells: [outer ring, ...holes]. */
export type FlatPolygon = FlatRing[];

function nextDirection(ring: FlatRing): number {
  const dx = (ring[2] as number) - (ring[0] as number);
  const dy = (ring[3] as number) - (ring[1] as number);
  if (dx > 0) return 0;
  if (dy > 0) return 1;
  if (dx < 0) return 2;
  return 3;
}

function signedArea(ring: FlatRing): number {
  let sum = 0;
  for (let i = 2; i < ring.length; i += 2) sum += (ring[i - 2] as number) * (ring[i + 1] as number) - (ring[i] as number) * (ring[i - 1] as number);
  return sum / 2;
}

function containsPoint(ring: FlatRing, x: number, y: number): boolean {
  let inside = false;
  for (let i = 2; i < ring.length; i += 2) {
    const ax = ring[i - 2] as number;
    const ay = ring[i - 1] as number;
    const bx = ring[i] as number;
    const by = ring[i + 1] as number;
    if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
  }
  return inside;
}

/**
 * Puts each hole in the smallest outer ring around it. A hole's first edge has a set cell on its
 * left; that cell's centre (at half units, never on a grid line) belongs to the region whose
 * outline encloses the hole.
 */
export function groupRings(rings: FlatRing[]): FlatPolygon[] {
  const outers: { ring: FlatRing; area: number; polygon: FlatPolygon }[] = [];
  const holes: FlatRing[] = [];
  for (const ring of rings) {
    const area = signedArea(ring);
    if (area > 0) outers.push({ ring, area, polygon: [ring] });
    else if (area < 0) holes.push(ring);
  }
  if (outers.length === 0) return [];
  if (holes.length === 0) return outers.map((o) => o.polygon);
  const index = new Flatbush(outers.length);
  for (const { ring } of outers) {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < ring.length; i += 2) {
      minX = Math.min(minX, ring[i] as number);
      minY = Math.min(minY, ring[i + 1] as number);
      maxX = Math.max(maxX, ring[i] as number);
      maxY = Math.max(maxY, ring[i + 1] as number);
    }
    index.add(minX, minY, maxX, maxY);
  }
  index.finish();
  for (const hole of holes) {
    const dir = nextDirection(hole);
    // The set cell left of the edge leaving the first corner in direction `dir`.
    const cx = (hole[0] as number) + [0.5, -0.5, -0.5, 0.5][dir]!;
    const cy = (hole[1] as number) + [0.5, 0.5, -0.5, -0.5][dir]!;
    let best: (typeof outers)[number] | undefined;
    for (const i of index.search(cx, cy, cx, cy)) {
      const outer = outers[i]!;
      if ((!best || outer.area < best.area) && containsPoint(outer.ring, cx, cy)) best = outer;
    }
    best?.polygon.push(hole);
  }
  return outers.map((o) => o.polygon);
}

import Flatbush from 'flatbush';

/** A polygon traced from cells, in cell-corner units: [outer ring, ...holes], each ring closed. */
export type CellPolygon = number[][][];

function nextDirection(a: number[], b: number[]): number {
  const dx = (b[0] as number) - (a[0] as number);
  const dy = (b[1] as number) - (a[1] as number);
  if (dx > 0) return 0;
  if (dy > 0) return 1;
  if (dx < 0) return 2;
  return 3;
}

function signedArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i += 1) {
    const a = ring[i - 1] as number[];
    const b = ring[i] as number[];
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum / 2;
}

function containsPoint(ring: number[][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 1; i < ring.length; i += 1) {
    const a = ring[i - 1] as number[];
    const b = ring[i] as number[];
    const ay = a[1] as number;
    const by = b[1] as number;
    if (ay > y !== by > y) {
      const xCross = (a[0] as number) + ((y - ay) * ((b[0] as number) - (a[0] as number))) / (by - ay);
      if (x < xCross) inside = !inside;
    }
  }
  return inside;
}

/**
 * Puts each hole in the smallest outer ring around it. A hole's first edge has a set cell on its
 * left; that cell's centre (at half units, never on a grid line) belongs to the region whose
 * outline encloses the hole.
 */
export function groupRings(rings: number[][][]): CellPolygon[] {
  const outers: { ring: number[][]; area: number; polygon: CellPolygon }[] = [];
  const holes: number[][][] = [];
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
    for (const [x, y] of ring as [number, number][]) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    index.add(minX, minY, maxX, maxY);
  }
  index.finish();
  for (const hole of holes) {
    const a = hole[0] as number[];
    const dir = nextDirection(a, hole[1] as number[]);
    // The set cell left of the edge leaving `a` in direction `dir`.
    const cx = (a[0] as number) + [0.5, -0.5, -0.5, 0.5][dir]!;
    const cy = (a[1] as number) + [0.5, 0.5, -0.5, -0.5][dir]!;
    let best: (typeof outers)[number] | undefined;
    for (const i of index.search(cx, cy, cx, cy)) {
      const outer = outers[i]!;
      if ((!best || outer.area < best.area) && containsPoint(outer.ring, cx, cy)) best = outer;
    }
    best?.polygon.push(hole);
  }
  return outers.map((o) => o.polygon);
}

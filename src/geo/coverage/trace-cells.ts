import Flatbush from 'flatbush';

/** A polygon traced from cells, in cell-corner units: [outer ring, ...holes], each ring closed. */
export type CellPolygon = number[][][];

// Directions of a boundary edge: east, north, west, south.
const DX = [1, 0, -1, 0] as const;
const DY = [0, 1, 0, -1] as const;

/**
 * Outlines the set cells of a mask (width × height, row 0 at the bottom) as polygons with holes.
 * Every edge between a set and an unset cell becomes a directed edge with the set cell on its
 * left, so outer rings run anticlockwise and holes clockwise (the right-hand rule of RFC 7946).
 *
 * Where two set cells touch only at a corner (a pinch) the walk must choose: if the two cells are
 * otherwise unconnected it turns left and keeps them as two polygons; if they are connected by
 * some other path it turns right, so the outer ring and the hole it encloses each pass the corner
 * once. Either way no ring touches itself, so the polygons are valid by construction (GEOS
 * confirms it in the tests). Straight runs are merged into single edges.
 */
export function traceCells(mask: Uint8Array, width: number, height: number): CellPolygon[] {
  const set = (c: number, r: number) => c >= 0 && r >= 0 && c < width && r < height && mask[r * width + c] === 1;
  const stride = width + 1;
  // Up to two outgoing edges per corner (two only at a pinch).
  const outA = new Int8Array(stride * (height + 1)).fill(-1);
  const outB = new Int8Array(stride * (height + 1)).fill(-1);
  const addEdge = (x: number, y: number, dir: number) => {
    const v = y * stride + x;
    if (outA[v] === -1) outA[v] = dir;
    else outB[v] = dir;
  };
  for (let r = 0; r < height; r += 1) {
    for (let c = 0; c < width; c += 1) {
      if (!set(c, r)) continue;
      if (!set(c, r - 1)) addEdge(c, r, 0);
      if (!set(c + 1, r)) addEdge(c + 1, r, 1);
      if (!set(c, r + 1)) addEdge(c + 1, r + 1, 2);
      if (!set(c - 1, r)) addEdge(c, r + 1, 3);
    }
  }
  const labels = labelRegions(mask, width);
  const connectedAcross = (v: number): boolean => {
    const x = v % stride;
    const y = Math.floor(v / stride);
    const label = (c: number, r: number) => (set(c, r) ? (labels[r * width + c] as number) : -1);
    const upLeft = label(x - 1, y);
    return upLeft !== -1 ? upLeft === label(x, y - 1) : label(x, y) === label(x - 1, y - 1);
  };
  const rings: number[][][] = [];
  const walkFrom = (v0: number) => rings.push(walkRing(v0, stride, (v, incoming) => {
    const a = outA[v] as number;
    const b = outB[v] as number;
    let chosen = a;
    if (b !== -1 && incoming !== -1) {
      const preferred = connectedAcross(v) ? (incoming + 3) % 4 : (incoming + 1) % 4;
      if (b === preferred) chosen = b;
    }
    if (chosen === a) outA[v] = b;
    outB[v] = -1;
    return chosen;
  }));
  // Start at plain corners, where arriving back means the ring is closed; then anything left.
  for (let v = 0; v < outA.length; v += 1) if (outA[v] !== -1 && outB[v] === -1) walkFrom(v);
  for (let v = 0; v < outA.length; v += 1) while (outA[v] !== -1) walkFrom(v);
  return groupRings(rings);
}

/** 4-connected regions of set cells, numbered (a flood fill with an explicit stack). */
function labelRegions(mask: Uint8Array, width: number): Int32Array {
  const labels = new Int32Array(mask.length).fill(-1);
  const stack: number[] = [];
  let next = 0;
  for (let start = 0; start < mask.length; start += 1) {
    if (mask[start] !== 1 || labels[start] !== -1) continue;
    labels[start] = next;
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop() as number;
      const c = i % width;
      const visit = (j: number) => {
        if (mask[j] === 1 && labels[j] === -1) {
          labels[j] = next;
          stack.push(j);
        }
      };
      if (c > 0) visit(i - 1);
      if (c < width - 1) visit(i + 1);
      if (i >= width) visit(i - width);
      if (i + width < mask.length) visit(i + width);
    }
    next += 1;
  }
  return labels;
}

function walkRing(v0: number, stride: number, takeEdge: (v: number, incoming: number) => number): number[][] {
  const ring: number[][] = [];
  let v = v0;
  let incoming = -1;
  let firstDir = -1;
  do {
    const dir = takeEdge(v, incoming);
    if (firstDir === -1) firstDir = dir;
    if (dir !== incoming) ring.push([v % stride, Math.floor(v / stride)]);
    v += (DY[dir] as number) * stride + (DX[dir] as number);
    incoming = dir;
  } while (v !== v0);
  // The start sat in the middle of a straight run: not a corner.
  if (incoming === firstDir) ring.shift();
  ring.push([...(ring[0] as number[])]);
  return ring;
}

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
function groupRings(rings: number[][][]): CellPolygon[] {
  const outers: { ring: number[][]; area: number; polygon: CellPolygon }[] = [];
  const holes: number[][][] = [];
  for (const ring of rings) {
    const area = signedArea(ring);
    if (area > 0) outers.push({ ring, area, polygon: [ring] });
    else if (area < 0) holes.push(ring);
  }
  if (outers.length === 0) return [];
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

import { groupRings, type FlatPolygon, type FlatRing } from './group-rings';
import { eachDifference, type RowRuns } from './row-runs';
import { grownInt32 } from '../../lib/grow-typed-array';

// Directions of a boundary edge: east, north, west, south.
const DX = [1, 0, -1, 0] as const;
const DY = [0, 1, 0, -1] as const;

/**
 * Per corner of the traced grid, its first and second unused outgoing edge (+1; 0 for none). A
 * corner has two only where cells pinch. Kept between calls and cleared as edges are used, so that
 * tracing 50 neighbourhoods allocates it once rather than hashing every corner into a Map.
 */
let outgoing = new Int32Array(0);
/** Each edge's start and end corner and direction, kept between calls for the same reason. */
let edgeScratch = { from: new Int32Array(0), to: new Int32Array(0), dir: new Uint8Array(0) };
/** The corners of the ring being walked, kept between calls for the same reason. */
let ring = new Int32Array(1024);

/**
 * Outlines runs of set cells as polygons with holes, in cell-corner units. Every boundary between
 * a set and an unset cell becomes a directed edge with the set cell on its left, so outer rings run
 * anticlockwise and holes clockwise (the right-hand rule of RFC 7946). The edges come from the runs
 * alone — each run's two ends, and where a row's runs differ from the row below — so the work grows
 * with the outline, never with the cells inside it: a 2 km gap costs what its edge costs.
 *
 * Where two set cells touch only at a corner (a pinch) the walk must choose: if the two cells are
 * otherwise unconnected it turns left and keeps them as two polygons; if they are connected by
 * some other path it turns right, so the outer ring and the hole it encloses each pass the corner
 * once. Either way no ring touches itself, so the polygons are valid by construction (GEOS
 * confirms it in the tests). Straight runs are merged into single edges.
 */
export function traceRuns(runs: RowRuns, width: number): FlatPolygon[] {
  const height = runs.starts.length - 1;
  const stride = width + 2;
  const corners = stride * (height + 1);
  if (outgoing.length < 2 * corners) outgoing = new Int32Array(Math.max(2 * corners, 2 * outgoing.length));
  const slots = outgoing;
  // Each run gives two vertical edges, and each row's differences from its neighbours at most two more.
  const capacity = 6 * (runs.cols.length / 2) + 4;
  if (edgeScratch.dir.length < capacity) {
    const size = Math.max(capacity, 2 * edgeScratch.dir.length);
    edgeScratch = { from: new Int32Array(size), to: new Int32Array(size), dir: new Uint8Array(size) };
  }
  const { from: edgeFrom, to: edgeTo, dir: edgeDir } = edgeScratch;
  let edges = 0;
  const addEdge = (x: number, y: number, dir: number, length: number) => {
    const v = y * stride + x;
    edgeFrom[edges] = v;
    edgeTo[edges] = v + ((DX[dir] as number) + (DY[dir] as number) * stride) * length;
    edgeDir[edges] = dir;
    edges += 1;
    if (slots[2 * v] === 0) slots[2 * v] = edges;
    else slots[2 * v + 1] = edges;
  };
  // The line y: set above and not below runs east; set below and not above runs west.
  let y = 0;
  const east = (from: number, to: number) => addEdge(from, y, 0, to - from);
  const west = (from: number, to: number) => addEdge(to, y, 2, to - from);
  for (y = 0; y <= height; y += 1) {
    const above = y < height ? y : -1;
    const below = y - 1;
    eachRowDifference(runs, above, below, east);
    eachRowDifference(runs, below, above, west);
    if (above === -1) continue;
    for (let k = runs.starts[y] as number; k < (runs.starts[y + 1] as number); k += 1) {
      addEdge(runs.cols[2 * k] as number, y + 1, 3, 1);
      addEdge(runs.cols[2 * k + 1] as number, y, 1, 1);
    }
  }
  let labels: RunLabels | null = null;
  const connectedAcross = (v: number): boolean => {
    labels ??= labelRuns(runs);
    const x = v % stride;
    const y = Math.floor(v / stride);
    const upLeft = labels.at(x - 1, y);
    return upLeft !== -1 ? upLeft === labels.at(x, y - 1) : labels.at(x, y) === labels.at(x - 1, y - 1);
  };
  /** Uses up and returns an edge leaving corner v, choosing at a pinch by the rule above. */
  const take = (v: number, incoming: number): number => {
    const a = (slots[2 * v] as number) - 1;
    const b = (slots[2 * v + 1] as number) - 1;
    if (b >= 0 && incoming !== -1) {
      const preferred = connectedAcross(v) ? (incoming + 3) % 4 : (incoming + 1) % 4;
      if (edgeDir[b] === preferred) {
        slots[2 * v + 1] = 0;
        return b;
      }
    }
    slots[2 * v] = slots[2 * v + 1] as number;
    slots[2 * v + 1] = 0;
    return a;
  };
  const rings: FlatRing[] = [];
  const walkFrom = (v0: number) => {
    let length = 0;
    let v = v0;
    let incoming = -1;
    let firstDir = -1;
    do {
      const e = take(v, incoming);
      const dir = edgeDir[e] as number;
      if (firstDir === -1) firstDir = dir;
      if (dir !== incoming) {
        if (length + 4 > ring.length) ring = grownInt32(ring);
        ring[length] = v % stride;
        ring[length + 1] = (v / stride) | 0;
        length += 2;
      }
      v = edgeTo[e] as number;
      incoming = dir;
    } while (v !== v0);
    // The start sat in the middle of a straight run: not a corner.
    const from = incoming === firstDir ? 2 : 0;
    const out = new Int32Array(length - from + 2);
    out.set(ring.subarray(from, length));
    out[length - from] = out[0] as number;
    out[length - from + 1] = out[1] as number;
    rings.push(out);
  };
  // Start at plain corners, where arriving back means the ring is closed; then anything left.
  for (let e = 0; e < edges; e += 1) {
    const v = edgeFrom[e] as number;
    if (slots[2 * v] !== 0 && slots[2 * v + 1] === 0) walkFrom(v);
  }
  for (let e = 0; e < edges; e += 1) {
    const v = edgeFrom[e] as number;
    while (slots[2 * v] !== 0) walkFrom(v);
  }
  return groupRings(rings);
}

/** Calls back for each maximal range set in row `a` and not in row `b` (a row of -1 is empty). */
function eachRowDifference(runs: RowRuns, a: number, b: number, visit: (from: number, to: number) => void): void {
  if (a < 0) return;
  const { starts, cols } = runs;
  eachDifference(cols, starts[a] as number, starts[a + 1] as number, cols, b < 0 ? 0 : (starts[b] as number), b < 0 ? 0 : (starts[b + 1] as number), visit);
}

interface RunLabels {
  /** The connected region of cell (col, row), or -1 where the cell is not set. */
  at(col: number, row: number): number;
}

/** 4-connected regions of runs: runs in neighbouring rows that share a column are joined. */
function labelRuns(runs: RowRuns): RunLabels {
  const { starts, cols } = runs;
  const height = starts.length - 1;
  const parent = new Int32Array(cols.length / 2);
  for (let i = 0; i < parent.length; i += 1) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  for (let r = 1; r < height; r += 1) {
    let j = starts[r - 1] as number;
    for (let k = starts[r] as number; k < (starts[r + 1] as number); k += 1) {
      while (j < (starts[r] as number) && (cols[2 * j + 1] as number) <= (cols[2 * k] as number)) j += 1;
      for (let i = j; i < (starts[r] as number) && (cols[2 * i] as number) < (cols[2 * k + 1] as number); i += 1) parent[find(i)] = find(k);
    }
  }
  return {
    at(col, row) {
      if (row < 0 || row >= height) return -1;
      let low = starts[row] as number;
      let high = (starts[row + 1] as number) - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if ((cols[2 * mid + 1] as number) <= col) low = mid + 1;
        else if ((cols[2 * mid] as number) > col) high = mid - 1;
        else return find(mid);
      }
      return -1;
    },
  };
}

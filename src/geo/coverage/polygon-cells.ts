import { firstColumnFrom, firstRowFrom, rowCentreY, type Grid } from './grid';
import { grownFloat64, grownInt32 } from '../../lib/grow-typed-array';

/** A ring in local-plane metres, as x, y pairs; closed (first point repeated last) or not. */
export type PlaneRing = Float64Array;

/**
 * The cells whose centres lie inside a polygon, row by row, as half-open column ranges:
 * row `firstRow + r` holds the ranges `cols[2k] .. cols[2k + 1]` for k in `starts[r] .. starts[r + 1]`.
 * Even-odd over all rings: inside an outer ring and not in a hole, for valid boundaries.
 * Cost grows with the edges and rows, never with the cell count inside, so a whole ward is a
 * few thousand operations.
 */
export interface PolygonCells {
  readonly firstRow: number;
  readonly starts: Int32Array;
  readonly cols: Int32Array;
}

export function polygonCells(grid: Grid, rings: readonly PlaneRing[]): PolygonCells {
  let minY = Infinity;
  let maxY = -Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i += 2) {
      const y = ring[i] as number;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  const firstRow = Math.max(0, firstRowFrom(grid, minY));
  const endRow = Math.min(grid.rows, firstRowFrom(grid, maxY));
  const rowCount = Math.max(0, endRow - firstRow);
  // Every crossing once into flat scratch arrays, then placed by row (a counting sort): no
  // callback per crossing (its boxed x cost more than the arithmetic), and only the answer's two
  // arrays are allocated per polygon: typed-array allocations were a third of the time for a ward.
  const crossings = rowCrossings(grid, rings, firstRow, endRow);
  const { rows: crossingRows, xs: crossingXs } = scratch;
  if (scratch.offsets.length < 2 * (rowCount + 1)) scratch.offsets = new Int32Array(2 * (rowCount + 1));
  if (scratch.sorted.length < crossings) scratch.sorted = new Float64Array(Math.max(crossings, 2 * scratch.sorted.length));
  const { offsets, sorted: xs } = scratch;
  offsets.fill(0, 0, rowCount + 1);
  for (let k = 0; k < crossings; k += 1) offsets[(crossingRows[k] as number) + 1] = (offsets[(crossingRows[k] as number) + 1] as number) + 1;
  for (let r = 0; r < rowCount; r += 1) offsets[r + 1] = (offsets[r + 1] as number) + (offsets[r] as number);
  // The second half of `offsets` holds each row's next free place.
  const filled = rowCount + 1;
  offsets.copyWithin(filled, 0, rowCount);
  for (let k = 0; k < crossings; k += 1) {
    const r = filled + (crossingRows[k] as number);
    xs[offsets[r] as number] = crossingXs[k] as number;
    offsets[r] = (offsets[r] as number) + 1;
  }
  const starts = new Int32Array(rowCount + 1);
  const cols = scratch.rows;
  let count = 0;
  for (let r = 0; r < rowCount; r += 1) {
    const from = offsets[r] as number;
    const to = offsets[r + 1] as number;
    sortSmall(xs, from, to);
    for (let k = from; k + 1 < to; k += 2) {
      const c0 = Math.max(0, firstColumnFrom(grid, xs[k] as number));
      const c1 = Math.min(grid.cols, firstColumnFrom(grid, xs[k + 1] as number));
      if (c1 > c0) {
        // Written over the crossing rows already read: never more ranges' ends than crossings.
        cols[count] = c0;
        cols[count + 1] = c1;
        count += 2;
      }
    }
    starts[r + 1] = count / 2;
  }
  return { firstRow, starts, cols: cols.slice(0, count) };
}

/**
 * Scratch kept between calls (a worker runs one analysis at a time): the row (from firstRow) and x
 * of each crossing, the crossings sorted by row, and the counting sort's offsets.
 */
const scratch = { rows: new Int32Array(4096), xs: new Float64Array(4096), sorted: new Float64Array(4096), offsets: new Int32Array(1024) };

/** Where each edge crosses each row centre between `firstRow` and `endRow`, into the scratch arrays; returns how many. */
function rowCrossings(grid: Grid, rings: readonly PlaneRing[], firstRow: number, endRow: number): number {
  let count = 0;
  let { rows, xs } = scratch;
  for (const ring of rings) {
    const n = ring.length / 2;
    for (let i = 0; i < n; i += 1) {
      const j = i + 1 === n ? 0 : i + 1;
      const ax = ring[2 * i] as number;
      const ay = ring[2 * i + 1] as number;
      const bx = ring[2 * j] as number;
      const by = ring[2 * j + 1] as number;
      if (ay === by) continue;
      // Half-open in y so a vertex on a row centre is counted once.
      const r0 = Math.max(firstRow, firstRowFrom(grid, Math.min(ay, by)));
      const r1 = Math.min(endRow, firstRowFrom(grid, Math.max(ay, by)));
      if (r1 <= r0) continue;
      if (count + (r1 - r0) > rows.length) {
        growCrossings(count + (r1 - r0));
        ({ rows, xs } = scratch);
      }
      for (let r = r0; r < r1; r += 1) {
        rows[count] = r - firstRow;
        xs[count] = ax + ((rowCentreY(grid, r) - ay) * (bx - ax)) / (by - ay);
        count += 1;
      }
    }
  }
  return count;
}

function growCrossings(needed: number): void {
  scratch.rows = grownInt32(scratch.rows, needed);
  scratch.xs = grownFloat64(scratch.xs, needed);
}

/** Sorts xs[from..to) in place: insertion sort for the usual two or four crossings, else a typed sort. */
function sortSmall(xs: Float64Array, from: number, to: number): void {
  if (to - from > 16) {
    xs.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i += 1) {
    const x = xs[i] as number;
    let j = i - 1;
    while (j >= from && (xs[j] as number) > x) {
      xs[j + 1] = xs[j] as number;
      j -= 1;
    }
    xs[j + 1] = x;
  }
}

/** Calls back once per range of inside cells: (row, fromCol, toColExclusive). */
export function forEachRange(cells: PolygonCells, visit: (row: number, from: number, to: number) => void): void {
  const rowCount = cells.starts.length - 1;
  for (let r = 0; r < rowCount; r += 1) {
    for (let k = cells.starts[r] as number; k < (cells.starts[r + 1] as number); k += 1) {
      visit(cells.firstRow + r, cells.cols[2 * k] as number, cells.cols[2 * k + 1] as number);
    }
  }
}

/** Calls back once per edge of a ring, closing it from the last point to the first. */
export function forEachEdge(ring: PlaneRing, visit: (ax: number, ay: number, bx: number, by: number) => void): void {
  const n = ring.length / 2;
  for (let i = 0; i < n; i += 1) {
    const j = (i + 1) % n;
    visit(ring[2 * i] as number, ring[2 * i + 1] as number, ring[2 * j] as number, ring[2 * j + 1] as number);
  }
}

import { rowCentreY, type Grid } from './grid';
import { eachDifference, firstRunEndingAfter, overlapLength, type RowRuns } from './row-runs';
import { grownFloat64, grownInt32 } from '../../lib/grow-typed-array';
import { BLOCK, fullBlocks } from './full-blocks';
import { BandSeeds } from './band-seeds';
import type { PolygonCells } from './polygon-cells';

/**
 * Which cell centres are within `distance` of an asset: an exact test per cell centre, done as
 * spans. Row by row, every seed point within the distance north or south gives the span of cells
 * inside its circle, polygon assets give their inside cells, and the spans are merged into runs.
 * Where assets are dense, whole blocks one circle holds are given as runs and the circles lying
 * wholly among them are skipped (full-blocks.ts). Rows go in bands of a block's height, and each
 * band draws only the seeds that can add a cell to it (band-seeds.ts): a circle among others adds
 * nothing to the rows it crosses there. So the cost is the circles near the edge of reach, on the
 * rows where they are near it; no circle is ever unioned.
 * A row with few spans for its width sorts them (work by the spans: a few hundred assets never pay
 * for the empty columns between them); a crowded row marks them in a difference array and reads
 * it once (work by the columns). Seeds are swept in order of latitude so each band's seeds come
 * from one window of them. The hot loop creates no closure and allocates nothing per row: for one
 * neighbourhood at 500 assets, a closure and a typed-array sort per row were two thirds of the time.
 *
 * The result is the reached cells as runs per grid row: tallies and gaps then cost the runs.
 */
export function reachedCells(grid: Grid, allSeeds: Float64Array, interiors: readonly PolygonCells[], distance: number): RowRuns {
  const { x0, cols } = grid;
  const starts = new Int32Array(grid.rows + 1);
  let out = new Int32Array(Math.max(64, grid.rows * 16));
  let count = 0;
  const emit = (from: number, to: number) => {
    if (count + 2 > out.length) out = grownInt32(out);
    out[count] = from;
    out[count + 1] = to;
    count += 2;
  };
  if (scratch.differences.length < cols + 1) scratch.differences = new Int32Array(cols + 1);
  const differences = scratch.differences;
  // The row's spans as keys from·SPAN_KEY + to, which sort by where they start.
  let n = 0;
  let left = cols;
  let right = 0;
  const add = (from: number, to: number) => {
    if (n === scratch.keys.length) scratch.keys = grownFloat64(scratch.keys);
    scratch.keys[n] = from * SPAN_KEY + to;
    n += 1;
    if (from < left) left = from;
    if (to > right) right = to;
  };
  const whole = fullBlocks(grid, allSeeds, distance);
  const { xs, ys } = byLatitude(whole.kept);
  const seedCount = xs.length;
  const d2 = distance * distance;
  const inverse = 1 / grid.size;
  // Column range of the cell centres within `half` of x: inclusive, like the circle.
  const firstCol = (x: number, half: number) => Math.max(0, Math.ceil((x - half - x0) * inverse - 0.5));
  const endCol = (x: number, half: number) => Math.min(cols, Math.floor((x + half - x0) * inverse - 0.5) + 1);
  const active = new Int32Array(seedCount);
  const bandSeeds = new BandSeeds(distance, firstCol, endCol);
  let low = 0;
  let high = 0;
  for (let band = 0; band * BLOCK < grid.rows; band += 1) {
    const firstRow = band * BLOCK;
    const endRow = Math.min(grid.rows, firstRow + BLOCK);
    const bottom = rowCentreY(grid, firstRow);
    const top = rowCentreY(grid, endRow - 1);
    while (high < seedCount && (ys[high] as number) <= top + distance) high += 1;
    while (low < high && (ys[low] as number) < bottom - distance) low += 1;
    const blockRuns = whole.runs[band] as Int32Array;
    const activeCount = bandSeeds.choose({ xs, ys, low, high, bottom, top }, blockRuns, active);
    for (let r = firstRow; r < endRow; r += 1) {
      const y = rowCentreY(grid, r);
      n = 0;
      left = cols;
      right = 0;
      for (let k = 0; k < blockRuns.length; k += 2) add(blockRuns[k] as number, blockRuns[k + 1] as number);
      for (let a = 0; a < activeCount; a += 1) {
        const k = active[a] as number;
        const dy = y - (ys[k] as number);
        const rest = d2 - dy * dy;
        if (rest < 0) continue;
        const half = Math.sqrt(rest);
        const x = xs[k] as number;
        const c0 = firstCol(x, half);
        const c1 = endCol(x, half);
        if (c1 > c0) add(c0, c1);
      }
      for (const cells of interiors) {
        const i = r - cells.firstRow;
        if (i < 0 || i >= cells.starts.length - 1) continue;
        for (let k = cells.starts[i] as number; k < (cells.starts[i + 1] as number); k += 1) add(cells.cols[2 * k] as number, cells.cols[2 * k + 1] as number);
      }
      if (n * SORT_COST < right - left) mergeSorted(scratch.keys, n, emit);
      else markAndRead(differences, scratch.keys, n, left, right, emit);
      starts[r + 1] = count / 2;
    }
  }
  return { starts, cols: out.slice(0, count) };
}

/**
 * Scratch kept between calls: the row's span keys, and the difference array (all zeros between
 * rows, as markAndRead clears what it marked), so a neighbourhood asked again allocates little.
 */
const scratch = { keys: new Float64Array(1024), differences: new Int32Array(0) };

/** A span [from, to) is the key from·SPAN_KEY + to: exact in a double for any grid column. */
const SPAN_KEY = 2 ** 24;
/** Sorting n spans beats reading the row's columns while n·SORT_COST is under their number. */
const SORT_COST = 12;

/** Sorts the row's spans and merges overlapping or touching ones into runs. */
function mergeSorted(keys: Float64Array, n: number, emit: (from: number, to: number) => void): void {
  if (n === 0) return;
  const sorted = sortedKeys(keys, n);
  let from = Math.floor((sorted[0] as number) / SPAN_KEY);
  let to = (sorted[0] as number) - from * SPAN_KEY;
  for (let k = 1; k < n; k += 1) {
    const key = sorted[k] as number;
    const start = Math.floor(key / SPAN_KEY);
    const end = key - start * SPAN_KEY;
    if (start > to) {
      emit(from, to);
      from = start;
      to = end;
    } else if (end > to) to = end;
  }
  emit(from, to);
}

/** Up to this many keys an insertion sort in place beats the built-in sort's call and subarray. */
const INSERTION_SORT = 48;

/** The first n keys in ascending order (sorted in place). */
function sortedKeys(keys: Float64Array, n: number): Float64Array {
  if (n > INSERTION_SORT) return keys.subarray(0, n).sort();
  for (let i = 1; i < n; i += 1) {
    const key = keys[i] as number;
    let j = i - 1;
    while (j >= 0 && (keys[j] as number) > key) {
      keys[j + 1] = keys[j] as number;
      j -= 1;
    }
    keys[j + 1] = key;
  }
  return keys;
}

/** Marks the row's spans in a difference array (two writes each), reads it into runs, and clears it. */
function markAndRead(differences: Int32Array, keys: Float64Array, n: number, left: number, right: number, emit: (from: number, to: number) => void): void {
  for (let k = 0; k < n; k += 1) {
    const key = keys[k] as number;
    const from = Math.floor(key / SPAN_KEY);
    differences[from] = (differences[from] as number) + 1;
    const to = key - from * SPAN_KEY;
    differences[to] = (differences[to] as number) - 1;
  }
  let depth = 0;
  let start = -1;
  for (let c = left; c <= right; c += 1) {
    depth += differences[c] as number;
    if (depth > 0 && start < 0) start = c;
    else if (depth === 0 && start >= 0) {
      emit(start, c);
      start = -1;
    }
  }
  if (right >= left) differences.fill(0, left, right + 1);
}

/** Inside cells and reached inside cells of one polygon. */
export function tally(reached: RowRuns, cells: PolygonCells): { inside: number; reached: number } {
  const rowCount = cells.starts.length - 1;
  let inside = 0;
  let hit = 0;
  for (let i = 0; i < rowCount; i += 1) {
    const from = cells.starts[i] as number;
    const to = cells.starts[i + 1] as number;
    if (from === to) continue;
    for (let k = from; k < to; k += 1) inside += (cells.cols[2 * k + 1] as number) - (cells.cols[2 * k] as number);
    const r = cells.firstRow + i;
    const first = firstRunEndingAfter(reached.cols, reached.starts[r] as number, reached.starts[r + 1] as number, cells.cols[2 * from] as number);
    hit += overlapLength(cells.cols, from, to, reached.cols, first, reached.starts[r + 1] as number);
  }
  return { inside, reached: hit };
}

/** Seeds as two columns sorted by y (a sort of keys, not of objects: 100,000 in a few ms). */
function byLatitude(seeds: Float64Array): { xs: Float64Array; ys: Float64Array } {
  const count = seeds.length / 2;
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i += 1) keys[i] = seeds[2 * i + 1] as number;
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) order[i] = i;
  order.sort((a, b) => (keys[a] as number) - (keys[b] as number));
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    xs[i] = seeds[2 * (order[i] as number)] as number;
    ys[i] = keys[order[i] as number] as number;
  }
  return { xs, ys };
}

/**
 * The cells of a polygon that no asset reaches, as runs per row of the polygon (rows from
 * `cells.firstRow`): its inside runs less the reached runs, so the cost is the runs of both.
 */
export function unreachedRuns(reached: RowRuns, cells: PolygonCells): RowRuns {
  const rowCount = cells.starts.length - 1;
  const starts = new Int32Array(rowCount + 1);
  const cols: number[] = [];
  let lastTo = -1;
  const add = (from: number, to: number) => {
    // Ranges come in order; one that starts where the last ended extends it.
    if (from === lastTo && cols.length > 0) cols[cols.length - 1] = to;
    else cols.push(from, to);
    lastTo = to;
  };
  for (let i = 0; i < rowCount; i += 1) {
    const from = cells.starts[i] as number;
    const to = cells.starts[i + 1] as number;
    lastTo = -1;
    if (from < to) {
      const r = cells.firstRow + i;
      const first = firstRunEndingAfter(reached.cols, reached.starts[r] as number, reached.starts[r + 1] as number, cells.cols[2 * from] as number);
      eachDifference(cells.cols, from, to, reached.cols, first, reached.starts[r + 1] as number, add);
    }
    starts[i + 1] = cols.length / 2;
  }
  return { starts, cols: new Int32Array(cols) };
}

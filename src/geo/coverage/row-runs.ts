/**
 * Set cells as runs, row by row: row r holds the half-open column ranges `cols[2k] .. cols[2k + 1]`
 * for k in `starts[r] .. starts[r + 1]`, in order, neither overlapping nor touching. Inside cells of
 * a polygon, cells within reach and gaps all take this shape, so that combining them costs the
 * number of runs, never the number of cells.
 */
export interface RowRuns {
  readonly starts: Int32Array;
  readonly cols: Int32Array;
}

/**
 * Calls back for each maximal range set in runs `a[aFrom..aTo)` and not in runs `b[bFrom..bTo)`,
 * in order (both lists sorted and disjoint, as in RowRuns).
 */
export function eachDifference(a: Int32Array, aFrom: number, aTo: number, b: Int32Array, bFrom: number, bTo: number, visit: (from: number, to: number) => void): void {
  let j = bFrom;
  for (let k = aFrom; k < aTo; k += 1) {
    let from = a[2 * k] as number;
    const to = a[2 * k + 1] as number;
    while (j < bTo && (b[2 * j + 1] as number) <= from) j += 1;
    let i = j;
    while (from < to) {
      if (i >= bTo || (b[2 * i] as number) >= to) {
        visit(from, to);
        break;
      }
      const bStart = b[2 * i] as number;
      const bEnd = b[2 * i + 1] as number;
      if (bStart > from) visit(from, bStart);
      from = Math.max(from, bEnd);
      i += 1;
    }
  }
}

/** How many cells runs `a[aFrom..aTo)` and runs `b[bFrom..bTo)` have in common. */
export function overlapLength(a: Int32Array, aFrom: number, aTo: number, b: Int32Array, bFrom: number, bTo: number): number {
  let total = 0;
  let j = bFrom;
  for (let k = aFrom; k < aTo; k += 1) {
    const from = a[2 * k] as number;
    const to = a[2 * k + 1] as number;
    while (j < bTo && (b[2 * j + 1] as number) <= from) j += 1;
    for (let i = j; i < bTo && (b[2 * i] as number) < to; i += 1) total += Math.min(to, b[2 * i + 1] as number) - Math.max(from, b[2 * i] as number);
  }
  return total;
}

/** The first run in `runs[from..to)` that ends after column `col` (binary search). */
export function firstRunEndingAfter(runs: Int32Array, from: number, to: number, col: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((runs[2 * mid + 1] as number) <= col) low = mid + 1;
    else high = mid;
  }
  return low;
}

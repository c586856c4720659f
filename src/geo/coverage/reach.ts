import { firstColumnFrom, firstRowFrom, rowCentreY, type Grid } from './grid';
import { forEachRange, type PolygonCells } from './polygon-cells';

/**
 * Which cell centres are within `distance` of an asset: an exact test per cell centre, done as
 * spans. Each seed point marks, row by row, the run of cells inside its circle in a difference
 * array (two writes per row), and polygon assets mark their inside cells the same way; one prefix
 * sum then gives every cell. Cost: seeds × (2·distance / cell) + cells, so it grows linearly with
 * the number of assets and never unions a single circle.
 *
 * The result is a running count per row: `reached[row·(cols+1) + c]` is the number of reached
 * cells in that row before column c, so any run of a boundary is tallied in O(1).
 */
export function reachedCells(grid: Grid, seeds: Float64Array, interiors: readonly PolygonCells[], distance: number): Int32Array {
  const stride = grid.cols + 1;
  const diff = new Int32Array(grid.rows * stride);
  const d2 = distance * distance;
  for (let s = 0; s < seeds.length; s += 2) {
    const sx = seeds[s] as number;
    const sy = seeds[s + 1] as number;
    const r0 = Math.max(0, firstRowFrom(grid, sy - distance));
    const r1 = Math.min(grid.rows - 1, firstRowFrom(grid, sy + distance) - 1);
    for (let r = r0; r <= r1; r += 1) {
      const dy = rowCentreY(grid, r) - sy;
      const rest = d2 - dy * dy;
      if (rest < 0) continue;
      const half = Math.sqrt(rest);
      const c0 = Math.max(0, firstColumnFrom(grid, sx - half));
      // Cells whose centre is at most `half` east of the seed: inclusive, like the circle.
      const c1 = Math.min(grid.cols, Math.floor((sx + half - grid.x0) / grid.size - 0.5) + 1);
      if (c1 <= c0) continue;
      bump(diff, r * stride + c0, 1);
      bump(diff, r * stride + c1, -1);
    }
  }
  for (const cells of interiors) {
    forEachRange(cells, (row, from, to) => {
      bump(diff, row * stride + from, 1);
      bump(diff, row * stride + to, -1);
    });
  }
  // Turn the difference array into "reached before column c" in place, row by row.
  for (let r = 0; r < grid.rows; r += 1) {
    const base = r * stride;
    let depth = 0;
    let reached = 0;
    for (let c = 0; c < grid.cols; c += 1) {
      depth += diff[base + c] as number;
      diff[base + c] = reached;
      if (depth > 0) reached += 1;
    }
    diff[base + grid.cols] = reached;
  }
  return diff;
}

function bump(array: Int32Array, i: number, by: number): void {
  array[i] = (array[i] as number) + by;
}

export function isReached(grid: Grid, reached: Int32Array, row: number, col: number): boolean {
  const i = row * (grid.cols + 1) + col;
  return (reached[i + 1] as number) > (reached[i] as number);
}

/** Inside cells and reached inside cells of one polygon. */
export function tally(grid: Grid, reached: Int32Array, cells: PolygonCells): { inside: number; reached: number } {
  const stride = grid.cols + 1;
  let inside = 0;
  let hit = 0;
  forEachRange(cells, (row, from, to) => {
    inside += to - from;
    hit += (reached[row * stride + to] as number) - (reached[row * stride + from] as number);
  });
  return { inside, reached: hit };
}

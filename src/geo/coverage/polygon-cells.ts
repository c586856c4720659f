import { firstColumnFrom, firstRowFrom, rowCentreY, type Grid } from './grid';

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
  const crossings: number[][] = Array.from({ length: rowCount }, () => []);
  for (const ring of rings) {
    forEachEdge(ring, (ax, ay, bx, by) => {
      if (ay === by) return;
      // Half-open in y so a vertex on a row centre is counted once.
      const low = Math.min(ay, by);
      const high = Math.max(ay, by);
      const r0 = Math.max(firstRow, firstRowFrom(grid, low));
      const r1 = Math.min(endRow, firstRowFrom(grid, high));
      for (let r = r0; r < r1; r += 1) {
        const y = rowCentreY(grid, r);
        (crossings[r - firstRow] as number[]).push(ax + ((y - ay) * (bx - ax)) / (by - ay));
      }
    });
  }
  const starts = new Int32Array(rowCount + 1);
  const cols: number[] = [];
  for (let r = 0; r < rowCount; r += 1) {
    const xs = (crossings[r] as number[]).sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const c0 = Math.max(0, firstColumnFrom(grid, xs[k] as number));
      const c1 = Math.min(grid.cols, firstColumnFrom(grid, xs[k + 1] as number));
      if (c1 > c0) cols.push(c0, c1);
    }
    starts[r + 1] = cols.length / 2;
  }
  return { firstRow, starts, cols: Int32Array.from(cols) };
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

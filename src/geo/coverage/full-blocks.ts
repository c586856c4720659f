import type { Grid } from './grid';

/** Cells per side of a block: 8 cells of 15 m make 120 m blocks, about 10,000 over a borough. */
export const BLOCK = 8;

/**
 * Blocks of BLOCK × BLOCK cells that one asset's circle holds whole, and which assets are then
 * redundant. Where assets are dense most circles lie wholly among such blocks and add nothing:
 * dropping them (and marking the blocks as runs) makes the reach cost follow the edge of reach,
 * not the number of assets. A block counts as whole when a seed is within `distance − half its
 * diagonal` of its centre, so every cell centre in it is within the distance: exact, not estimated.
 */
export interface FullBlocks {
  /** Runs of whole blocks per block row, as [fromCol, toCol) in cells. */
  readonly runs: readonly Int32Array[];
  /** Seeds (x, y pairs) whose circle is not held by whole blocks: only these need drawing. */
  readonly kept: Float64Array;
}

export function fullBlocks(grid: Grid, seeds: Float64Array, distance: number): FullBlocks {
  const side = BLOCK * grid.size;
  const inner = distance - (side * Math.SQRT2) / 2;
  const blockCols = Math.ceil(grid.cols / BLOCK);
  const blockRows = Math.ceil(grid.rows / BLOCK);
  if (inner <= 0 || seeds.length === 0) return { runs: Array.from({ length: blockRows }, () => new Int32Array(0)), kept: seeds };
  const full = markBlocks(grid, seeds, inner, blockCols, blockRows);
  const table = summedArea(full, blockCols, blockRows);
  const wholeCount = (c0: number, r0: number, c1: number, r1: number) =>
    (table[r1 * (blockCols + 1) + c1] as number) - (table[r0 * (blockCols + 1) + c1] as number) - (table[r1 * (blockCols + 1) + c0] as number) + (table[r0 * (blockCols + 1) + c0] as number);
  const kept: number[] = [];
  for (let i = 0; i < seeds.length; i += 2) {
    const x = seeds[i] as number;
    const y = seeds[i + 1] as number;
    // The blocks under the circle's bounding box, clipped to the grid (nothing outside it counts).
    const c0 = Math.max(0, Math.floor((x - distance - grid.x0) / side));
    const c1 = Math.min(blockCols, Math.floor((x + distance - grid.x0) / side) + 1);
    const r0 = Math.max(0, Math.floor((y - distance - grid.y0) / side));
    const r1 = Math.min(blockRows, Math.floor((y + distance - grid.y0) / side) + 1);
    if (c1 <= c0 || r1 <= r0) continue;
    if (wholeCount(c0, r0, c1, r1) < (c1 - c0) * (r1 - r0)) kept.push(x, y);
  }
  const runs = Array.from({ length: blockRows }, (_, br) => {
    const out: number[] = [];
    for (let bc = 0; bc < blockCols; ) {
      if (full[br * blockCols + bc] !== 1) {
        bc += 1;
        continue;
      }
      const from = bc;
      while (bc < blockCols && full[br * blockCols + bc] === 1) bc += 1;
      out.push(from * BLOCK, Math.min(grid.cols, bc * BLOCK));
    }
    return new Int32Array(out);
  });
  return { runs, kept: new Float64Array(kept) };
}

/** 1 for each block whose centre is within `inner` of a seed: each seed's circle drawn at block size. */
function markBlocks(grid: Grid, seeds: Float64Array, inner: number, blockCols: number, blockRows: number): Uint8Array {
  const side = BLOCK * grid.size;
  const stride = blockCols + 1;
  const differences = new Int32Array(blockRows * stride);
  for (let i = 0; i < seeds.length; i += 2) {
    const x = (seeds[i] as number) - grid.x0;
    const y = (seeds[i + 1] as number) - grid.y0;
    const r0 = Math.max(0, Math.ceil((y - inner) / side - 0.5));
    const r1 = Math.min(blockRows - 1, Math.floor((y + inner) / side - 0.5));
    for (let r = r0; r <= r1; r += 1) {
      const dy = (r + 0.5) * side - y;
      const half = Math.sqrt(inner * inner - dy * dy);
      const c0 = Math.max(0, Math.ceil((x - half) / side - 0.5));
      const c1 = Math.min(blockCols, Math.floor((x + half) / side - 0.5) + 1);
      if (c1 <= c0) continue;
      differences[r * stride + c0] = (differences[r * stride + c0] as number) + 1;
      differences[r * stride + c1] = (differences[r * stride + c1] as number) - 1;
    }
  }
  const full = new Uint8Array(blockCols * blockRows);
  for (let r = 0; r < blockRows; r += 1) {
    let depth = 0;
    for (let c = 0; c < blockCols; c += 1) {
      depth += differences[r * stride + c] as number;
      if (depth > 0) full[r * blockCols + c] = 1;
    }
  }
  return full;
}

/** table[r·(cols+1) + c] = whole blocks in rows < r and columns < c: so every rectangle is counted in O(1). */
function summedArea(full: Uint8Array, cols: number, rows: number): Int32Array {
  const table = new Int32Array((rows + 1) * (cols + 1));
  for (let r = 0; r < rows; r += 1) {
    let rowSum = 0;
    for (let c = 0; c < cols; c += 1) {
      rowSum += full[r * cols + c] as number;
      table[(r + 1) * (cols + 1) + c + 1] = (table[r * (cols + 1) + c + 1] as number) + rowSum;
    }
  }
  return table;
}

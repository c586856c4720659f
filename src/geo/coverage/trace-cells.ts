import { traceRuns } from './trace-runs';

/** A polygon traced from cells, in cell-corner units: [outer ring, ...holes], each ring closed. */
export type CellPolygon = number[][][];

/**
 * Outlines the set cells of a mask (width × height, row 0 at the bottom) as polygons with holes:
 * the mask read as runs, then traced by `traceRuns`, with each ring as [x, y] corners.
 */
export function traceCells(mask: Uint8Array, width: number, height: number): CellPolygon[] {
  const starts = new Int32Array(height + 1);
  const cols: number[] = [];
  for (let r = 0; r < height; r += 1) {
    let c = 0;
    while (c < width) {
      if (mask[r * width + c] !== 1) {
        c += 1;
        continue;
      }
      const from = c;
      while (c < width && mask[r * width + c] === 1) c += 1;
      cols.push(from, c);
    }
    starts[r + 1] = cols.length / 2;
  }
  return traceRuns({ starts, cols: Int32Array.from(cols) }, width).map((polygon) =>
    polygon.map((ring) => Array.from({ length: ring.length / 2 }, (_, k) => [ring[2 * k] as number, ring[2 * k + 1] as number])),
  );
}

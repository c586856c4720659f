/**
 * A regular grid of square cells over the study area, in local-plane metres. Cell (col, row) has
 * its centre at (x0 + (col + 0.5)·size, y0 + (row + 0.5)·size); rows go up (north).
 * Every coverage figure is a tally of cell centres, so its accuracy is the cell size.
 */
export interface Grid {
  readonly x0: number;
  readonly y0: number;
  readonly size: number;
  readonly cols: number;
  readonly rows: number;
}

export function gridOver(minX: number, minY: number, maxX: number, maxY: number, size: number): Grid {
  const x0 = Math.floor(minX / size) * size - size;
  const y0 = Math.floor(minY / size) * size - size;
  const cols = Math.ceil((maxX - x0) / size) + 1;
  const rows = Math.ceil((maxY - y0) / size) + 1;
  return { x0, y0, size, cols, rows };
}

/** The first column whose centre is at or east of x (may be outside the grid). */
export function firstColumnFrom(grid: Grid, x: number): number {
  return Math.ceil((x - grid.x0) / grid.size - 0.5);
}

/** The first row whose centre is at or north of y (may be outside the grid). */
export function firstRowFrom(grid: Grid, y: number): number {
  return Math.ceil((y - grid.y0) / grid.size - 0.5);
}

export function rowCentreY(grid: Grid, row: number): number {
  return grid.y0 + (row + 0.5) * grid.size;
}

export function columnCentreX(grid: Grid, col: number): number {
  return grid.x0 + (col + 0.5) * grid.size;
}

/**
 * A cell size near a million cells for a borough or smaller (10 m for a ward, 15 m for a borough),
 * and no coarser than 15 m up to a county: the engine's work follows rows and the edges of reach,
 * so 15 m over Greater Manchester (about 7 million cells, 28 MB of running counts) costs well
 * under a second. Only beyond 8 million cells does the cell grow. Rounded to 5 m so that figures
 * are reproducible and easy to state.
 */
export function cellSizeFor(widthM: number, heightM: number, targetCells = 1_000_000): number {
  const area = Math.max(1, widthM * heightM);
  const size = Math.min(100, Math.max(10, Math.ceil(Math.sqrt(area / targetCells) / 5) * 5));
  return size > 15 && area / (15 * 15) <= COUNTY_CELLS ? 15 : size;
}

/** The most cells the grid keeps at 15 m: a county the size of Greater Manchester fits. */
const COUNTY_CELLS = 8_000_000;

/** Whether an area this size needs cutting into tiles to keep cells of 15 m (geo/coverage/tiles). */
export function needsTiles(widthM: number, heightM: number): boolean {
  return (widthM * heightM) / (15 * 15) > COUNTY_CELLS;
}

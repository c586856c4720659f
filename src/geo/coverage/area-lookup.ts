import Flatbush from 'flatbush';
import { gridOver, type Grid } from './grid';
import { forEachEdge, forEachRange, polygonCells, type PlaneRing } from './polygon-cells';

/** Cells per side of a lookup block: 4 cells of 15 m make 60 m blocks. */
const LOOKUP_BLOCK = 4;
const CROSSED = -1;

/**
 * "Which area is this point in?" for many points, answered from a coarse raster wherever the answer
 * cannot depend on where in the block the point lies: a block no boundary edge passes through is
 * wholly inside one area (or none). Only points in blocks an edge crosses, or where areas overlap,
 * are asked of `exact` (a point-in-polygon test). Exact either way; for 100,000 assets it turns
 * 100,000 polygon tests into a few thousand.
 */
export interface AreaLookup {
  /** The indices of the areas holding the point (plane metres), by raster or by `exact`. */
  locate(x: number, y: number): readonly number[];
}

export function areaLookup(grid: Grid, areaRings: readonly (readonly PlaneRing[])[], exact: (x: number, y: number) => readonly number[]): AreaLookup {
  const blocks = gridOver(grid.x0, grid.y0, grid.x0 + grid.cols * grid.size, grid.y0 + grid.rows * grid.size, grid.size * LOOKUP_BLOCK);
  // 0: in no area; k + 1: wholly in area k; CROSSED: ask `exact`.
  const labels = new Int32Array(blocks.cols * blocks.rows);
  areaRings.forEach((rings, k) => {
    forEachRange(polygonCells(blocks, rings), (row, from, to) => {
      for (let c = from; c < to; c += 1) {
        const i = row * blocks.cols + c;
        labels[i] = labels[i] === 0 ? k + 1 : CROSSED;
      }
    });
    for (const ring of rings) markEdges(blocks, ring, labels);
  });
  const none: readonly number[] = [];
  const single = Array.from({ length: areaRings.length }, (_, k) => [k] as const);
  return {
    locate(x, y) {
      const col = Math.floor((x - blocks.x0) / blocks.size);
      const row = Math.floor((y - blocks.y0) / blocks.size);
      if (col < 0 || row < 0 || col >= blocks.cols || row >= blocks.rows) return exact(x, y);
      const label = labels[row * blocks.cols + col] as number;
      if (label === CROSSED) return exact(x, y);
      return label === 0 ? none : (single[label - 1] as readonly number[]);
    },
  };
}

/** Marks every block an edge of the ring passes through, stepping at most half a block at a time. */
function markEdges(blocks: Grid, ring: PlaneRing, labels: Int32Array): void {
  const mark = (x: number, y: number) => {
    const col = Math.floor((x - blocks.x0) / blocks.size);
    const row = Math.floor((y - blocks.y0) / blocks.size);
    if (col >= 0 && row >= 0 && col < blocks.cols && row < blocks.rows) labels[row * blocks.cols + col] = CROSSED;
  };
  forEachEdge(ring, (ax, ay, bx, by) => {
    const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / (blocks.size / 2)));
    // A step shorter than half a block lies within the 2 × 2 blocks around its ends' bounding box.
    for (let s = 0; s < steps; s += 1) {
      const x0 = ax + ((bx - ax) * s) / steps;
      const y0 = ay + ((by - ay) * s) / steps;
      const x1 = ax + ((bx - ax) * (s + 1)) / steps;
      const y1 = ay + ((by - ay) * (s + 1)) / steps;
      mark(x0, y0);
      mark(x1, y1);
      mark(x0, y1);
      mark(x1, y0);
    }
  });
}

/**
 * "Which areas hold this point?" by an even-odd test on the areas' rings in plane metres, with an
 * R-tree of their boxes to pick the candidates. The plane is the same affine map of longitude and
 * latitude for every point, so the answer is the lon/lat point-in-polygon answer; it needs no
 * per-area preparation, which for a few hundred assets cost more than the tests themselves.
 */
export function planeAreaLocator(areaRings: readonly (readonly PlaneRing[])[]): (x: number, y: number) => readonly number[] {
  const count = areaRings.length;
  const boxes = new Float64Array(4 * count);
  areaRings.forEach((rings, k) => {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of rings) {
      for (let i = 0; i < ring.length; i += 2) {
        const x = ring[i] as number;
        const y = ring[i + 1] as number;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
    boxes.set([minX, minY, maxX, maxY], 4 * k);
  });
  const holds = (k: number, x: number, y: number) => insideRings(areaRings[k] as readonly PlaneRing[], x, y);
  if (count <= SCAN_AREAS) {
    // A borough's 50 boxes are checked faster in a row than through a tree, and come out in order.
    return (x, y) => {
      const found: number[] = [];
      for (let k = 0; k < count; k += 1) {
        if (x < (boxes[4 * k] as number) || y < (boxes[4 * k + 1] as number) || x > (boxes[4 * k + 2] as number) || y > (boxes[4 * k + 3] as number)) continue;
        if (holds(k, x, y)) found.push(k);
      }
      return found;
    };
  }
  const tree = new Flatbush(count);
  for (let k = 0; k < count; k += 1) tree.add(boxes[4 * k] as number, boxes[4 * k + 1] as number, boxes[4 * k + 2] as number, boxes[4 * k + 3] as number);
  tree.finish();
  return (x, y) => tree.search(x, y, x, y, (k) => holds(k, x, y)).sort((a, b) => a - b);
}

/** Up to this many areas, their boxes are scanned rather than searched through an R-tree. */
const SCAN_AREAS = 64;

/** Even-odd over every ring, holes included: the rule polygonCells uses for cell centres. */
function insideRings(rings: readonly PlaneRing[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    const n = ring.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i, i += 1) {
      const xi = ring[2 * i] as number;
      const yi = ring[2 * i + 1] as number;
      const xj = ring[2 * j] as number;
      const yj = ring[2 * j + 1] as number;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

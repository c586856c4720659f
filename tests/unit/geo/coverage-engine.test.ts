import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseCoverage, coverageSteps } from '../../../src/geo/coverage/analyse-coverage';
import { gridOver, type Grid } from '../../../src/geo/coverage/grid';
import { reachedCells, tally, unreachedRuns } from '../../../src/geo/coverage/reach';
import { BandSeeds } from '../../../src/geo/coverage/band-seeds';
import { polygonCells } from '../../../src/geo/coverage/polygon-cells';
import { traceCells, type CellPolygon } from '../../../src/geo/coverage/trace-cells';
import { seededRandom } from '../../../src/lib/random';
import type { AreaGeometry } from '../../../src/model/geometry';

const REFERENCE = fileURLToPath(new URL('../../../scripts/reference/geos-coverage.py', import.meta.url));

function ringArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i += 1) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return sum / 2;
}
const polygonArea = (p: CellPolygon) => p.reduce((sum, ring) => sum + ringArea(ring), 0);

function maskOf(rows: string[]): { mask: Uint8Array; width: number; height: number } {
  // Written top row first, as it looks; row 0 of the mask is the bottom.
  const height = rows.length;
  const width = rows[0]!.length;
  const mask = new Uint8Array(width * height);
  rows.forEach((line, i) => [...line].forEach((ch, c) => (mask[(height - 1 - i) * width + c] = ch === '#' ? 1 : 0)));
  return { mask, width, height };
}

describe('tracing cells into polygons', () => {
  it('keeps two cells that touch only at a corner as two polygons', () => {
    const { mask, width, height } = maskOf(['#.', '.#']);
    const polygons = traceCells(mask, width, height);
    expect(polygons).toHaveLength(2);
    expect(polygons.map(polygonArea)).toEqual([1, 1]);
  });

  it('makes a hole where a ring of cells closes through a corner, outer anticlockwise and hole clockwise', () => {
    const { mask, width, height } = maskOf(['###.', '#.#.', '##.#', '...#']);
    const polygons = traceCells(mask, width, height);
    const total = polygons.reduce((s, p) => s + polygonArea(p), 0);
    expect(total).toBe(9);
    const withHole = polygons.find((p) => p.length === 2);
    expect(withHole).toBeDefined();
    expect(ringArea(withHole![0]!)).toBeGreaterThan(0);
    expect(ringArea(withHole![1]!)).toBe(-1);
  });

  it('merges straight runs: a 3 × 2 block is one rectangle of 5 points', () => {
    const { mask, width, height } = maskOf(['###', '###']);
    expect(traceCells(mask, width, height)).toEqual([
      [
        [
          [0, 0],
          [3, 0],
          [3, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    ]);
  });

  // Starts Python with Shapely: under a second alone, longer beside the other unit files on two cores.
  it('traces random masks into polygons that GEOS finds valid, with the area of the set cells', { timeout: 30_000 }, () => {
    const random = seededRandom(7);
    const cases = Array.from({ length: 120 }, (_, k) => {
      const width = 12 + (k % 7) * 5;
      const height = 10;
      const mask = Uint8Array.from({ length: width * height }, () => (random() < 0.3 + (k % 4) * 0.12 ? 1 : 0));
      return { id: String(k), mask, polygons: traceCells(mask, width, height) };
    });
    const request = { mode: 'validate', polygons: cases.filter((c) => c.polygons.length > 0).map((c) => ({ id: c.id, coordinates: c.polygons })) };
    const checked = JSON.parse(execFileSync('/usr/bin/python3', [REFERENCE], { input: JSON.stringify(request) }).toString()) as Record<string, { reason: string; area: number }>;
    for (const c of cases) {
      const setCells = c.mask.reduce((s, v) => s + v, 0);
      if (setCells === 0) continue;
      expect(checked[c.id]!.reason, `mask ${c.id}`).toBe('Valid Geometry');
      expect(checked[c.id]!.area).toBe(setCells);
    }
  });
});

describe('cells within reach', () => {
  it('marks the cells of one circle: about πr² of them, exactly those whose centre is within the distance', () => {
    const grid = gridOver(-1000, -1000, 1000, 1000, 10);
    const reached = reachedCells(grid, Float64Array.of(3, -4), [], 400);
    const square = polygonCells(grid, [Float64Array.of(-1000, -1000, 1000, -1000, 1000, 1000, -1000, 1000, -1000, -1000)]);
    const counts = tally(reached, square);
    let exact = 0;
    for (let r = 0; r < grid.rows; r += 1) {
      for (let c = 0; c < grid.cols; c += 1) {
        const x = grid.x0 + (c + 0.5) * 10;
        const y = grid.y0 + (r + 0.5) * 10;
        if (x > -1000 && x < 1000 && y > -1000 && y < 1000 && Math.hypot(x - 3, y + 4) <= 400) exact += 1;
      }
    }
    expect(counts.reached).toBe(exact);
    expect(counts.reached * 100).toBeCloseTo(Math.PI * 400 * 400, -4);
    expect(counts.inside).toBe(200 * 200);
  });
  it('marks exactly the cells a brute-force test marks when dense assets let most circles be skipped', () => {
    // Dense clusters make whole blocks and redundant circles; sparse outliers keep partial edges.
    const grid = gridOver(0, 0, 3000, 2000, 15);
    const random = seededRandom(11);
    const points: number[] = [];
    for (let i = 0; i < 3000; i += 1) points.push(800 + random() * 700, 600 + random() * 500);
    for (let i = 0; i < 40; i += 1) points.push(random() * 3000, random() * 2000);
    const seeds = Float64Array.from(points);
    const reached = reachedCells(grid, seeds, [], 300);
    const marked = new Uint8Array(grid.rows * grid.cols);
    for (let r = 0; r < grid.rows; r += 1) {
      for (let k = reached.starts[r]!; k < reached.starts[r + 1]!; k += 1) marked.fill(1, r * grid.cols + reached.cols[2 * k]!, r * grid.cols + reached.cols[2 * k + 1]!);
    }
    let mismatches = 0;
    for (let r = 0; r < grid.rows; r += 1) {
      for (let c = 0; c < grid.cols; c += 1) {
        const x = grid.x0 + (c + 0.5) * 15;
        const y = grid.y0 + (r + 0.5) * 15;
        let near = false;
        for (let k = 0; k < seeds.length && !near; k += 2) near = (seeds[k]! - x) ** 2 + (seeds[k + 1]! - y) ** 2 <= 300 * 300;
        if (near !== (marked[r * grid.cols + c] === 1)) mismatches += 1;
      }
    }
    expect(mismatches).toBe(0);
  });
});

describe('seeds a band of rows needs', () => {
  /** Every cell centre within the distance of any seed, by brute force, against the runs. */
  const mismatches = (grid: Grid, seeds: Float64Array, distance: number): number => {
    const reached = reachedCells(grid, seeds, [], distance);
    let wrong = 0;
    for (let r = 0; r < grid.rows; r += 1) {
      const row = new Uint8Array(grid.cols);
      for (let k = reached.starts[r]!; k < reached.starts[r + 1]!; k += 1) row.fill(1, reached.cols[2 * k]!, reached.cols[2 * k + 1]!);
      for (let c = 0; c < grid.cols; c += 1) {
        const x = grid.x0 + (c + 0.5) * grid.size;
        const y = grid.y0 + (r + 0.5) * grid.size;
        let near = false;
        for (let k = 0; k < seeds.length && !near; k += 2) near = (seeds[k]! - x) ** 2 + (seeds[k + 1]! - y) ** 2 <= distance * distance;
        if (near !== (row[c] === 1)) wrong += 1;
      }
    }
    return wrong;
  };
  /** A few hundred assets around local centres, as a neighbourhood team has them. */
  const clustered = (seed: number, count: number, width: number, height: number): Float64Array => {
    const random = seededRandom(seed);
    const centres = Array.from({ length: 8 }, () => [random() * width, random() * height] as const);
    const points: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const [cx, cy] = centres[i % centres.length]!;
      points.push(cx + (random() - 0.5) * 600, cy + (random() - 0.5) * 600);
    }
    return Float64Array.from(points);
  };

  it('leaves out the circles lying among others on a band, and the reached cells are still exactly the brute-force ones', () => {
    const grid = gridOver(0, 0, 4000, 3000, 15);
    const seeds = clustered(5, 300, 4000, 3000);
    const { xs, ys } = { xs: new Float64Array(seeds.length / 2), ys: new Float64Array(seeds.length / 2) };
    const order = Array.from({ length: seeds.length / 2 }, (_, i) => i).sort((a, b) => seeds[2 * a + 1]! - seeds[2 * b + 1]!);
    order.forEach((i, k) => {
      xs[k] = seeds[2 * i]!;
      ys[k] = seeds[2 * i + 1]!;
    });
    const firstCol = (x: number, half: number) => Math.max(0, Math.ceil((x - half - grid.x0) / grid.size - 0.5));
    const endCol = (x: number, half: number) => Math.min(grid.cols, Math.floor((x + half - grid.x0) / grid.size - 0.5) + 1);
    // One band of eight rows through the middle of the first cluster.
    const bottom = grid.y0 + (Math.floor(((ys[0]! + ys[ys.length - 1]!) / 2 - grid.y0) / grid.size) + 0.5) * grid.size;
    const window = { xs, ys, low: 0, high: xs.length, bottom, top: bottom + 7 * grid.size };
    const inReach = ys.filter((y) => Math.abs(y - bottom) <= 400 || Math.abs(y - window.top) <= 400 || (y > bottom && y < window.top)).length;
    const chosen = new BandSeeds(400, firstCol, endCol).choose(window, new Int32Array(0), new Int32Array(xs.length));
    expect(chosen).toBeGreaterThan(0);
    expect(chosen).toBeLessThan(inReach / 2);
    expect(mismatches(grid, seeds, 400)).toBe(0);
  });
  it('marks exactly the brute-force cells at another grid and distance right after (nothing carried over between calls)', () => {
    expect(mismatches(gridOver(0, 0, 4000, 3000, 15), clustered(7, 300, 4000, 3000), 800)).toBe(0);
    expect(mismatches(gridOver(-500, -500, 2500, 1500, 10), clustered(8, 120, 2000, 1000), 250)).toBe(0);
  });
});

describe('gaps as runs', () => {
  it('lists the unreached cells of a polygon row by row, the same cells a per-cell test finds', () => {
    const grid = gridOver(-1000, -1000, 1000, 1000, 10);
    const reached = reachedCells(grid, Float64Array.of(-300, 0, 400, 200, 0, -700), [], 350);
    const square = polygonCells(grid, [Float64Array.of(-900, -900, 900, -900, 900, 900, -900, 900, -900, -900)]);
    const gaps = unreachedRuns(reached, square);
    let fromRuns = 0;
    for (let k = 0; k < gaps.cols.length; k += 2) fromRuns += gaps.cols[k + 1]! - gaps.cols[k]!;
    const counts = tally(reached, square);
    expect(fromRuns).toBe(counts.inside - counts.reached);
    expect(fromRuns).toBeGreaterThan(0);
  });
});

describe('analyseCoverage', () => {
  // A 2 km square near Manchester, with one asset in the middle of its west half.
  const square: AreaGeometry = {
    type: 'Polygon',
    coordinates: [
      [
        [-2.3, 53.4],
        [-2.27, 53.4],
        [-2.27, 53.418],
        [-2.3, 53.418],
        [-2.3, 53.4],
      ],
    ],
  };
  const areas = [{ id: 'sq', name: 'Square', geometry: square }];

  it('reports progress step by step and the same answer as a straight run', () => {
    const steps = coverageSteps({ areas, points: Float64Array.of(-2.29, 53.409), sites: [], distance: 500 });
    const progress: number[] = [];
    let next = steps.next();
    while (!next.done) {
      progress.push(next.value.done);
      next = steps.next();
    }
    expect(progress).toEqual([1, 2, 3]);
    const straight = analyseCoverage({ areas, points: Float64Array.of(-2.29, 53.409), sites: [], distance: 500 });
    expect(next.value.areas).toEqual(straight.areas);
    // One 500 m circle fully inside a ~4 km² square.
    const share = straight.areas[0]!.coveredShare;
    expect(share * straight.areas[0]!.areaM2).toBeCloseTo(Math.PI * 500 * 500, -4);
    expect(straight.areas[0]!.assetsInside).toBe(1);
  });

  it('counts a site (polygon asset) as reaching from its edge, not its middle', () => {
    const site: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [-2.292, 53.408],
          [-2.288, 53.408],
          [-2.288, 53.41],
          [-2.292, 53.41],
          [-2.292, 53.408],
        ],
      ],
    };
    const asPoint = analyseCoverage({ areas, points: Float64Array.of(-2.29, 53.409), sites: [], distance: 300 });
    const asSite = analyseCoverage({ areas, points: new Float64Array(), sites: [site], distance: 300 });
    expect(asSite.areas[0]!.coveredShare).toBeGreaterThan(asPoint.areas[0]!.coveredShare * 1.5);
  });

  it('counts homes within the distance and ranks deprived small areas by their uncovered share', () => {
    const west: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [-2.3, 53.4],
          [-2.285, 53.4],
          [-2.285, 53.418],
          [-2.3, 53.418],
          [-2.3, 53.4],
        ],
      ],
    };
    const east: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [-2.285, 53.4],
          [-2.27, 53.4],
          [-2.27, 53.418],
          [-2.285, 53.418],
          [-2.285, 53.4],
        ],
      ],
    };
    const answer = analyseCoverage({
      areas,
      points: Float64Array.of(-2.295, 53.409),
      sites: [],
      distance: 600,
      homes: Float64Array.of(-2.295, 53.41, -2.275, 53.41, -2.2, 53.41),
      smallAreas: [
        { code: 'W', name: 'West', decile: 1, geometry: west },
        { code: 'E', name: 'East', decile: 2, geometry: east },
        { code: 'X', name: 'Rich', decile: 9, geometry: east },
      ],
    });
    expect(answer.areas[0]).toMatchObject({ homesTotal: 2, homesReached: 1 });
    expect(answer.priority.map((p) => p.code)).toEqual(['E', 'W']);
    expect(answer.priority[0]!.uncoveredShare).toBe(1);
    expect(answer.priority[1]!.neighbourhoodIds).toEqual(['sq']);
  });
});

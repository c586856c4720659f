import { EMPTY_SURFACE, type AreaCoverage, type CoverageAnswer, type CoverageGap, type PriorityArea } from '../../model/coverage';
import { representativePoint, type AreaGeometry, type MultiPolygonGeometry, type Position } from '../../model/geometry';
import { bboxOfCoordinates, boxesOverlap, unionBBox, type BBox } from '../../lib/bbox';

/** A box no other box overlaps, for a geometry with no positions. */
const EMPTY_BOX: BBox = [Infinity, Infinity, -Infinity, -Infinity];
import { areaSquareMetres } from '../area';
import { buildAreaIndex, type AreaIndex } from '../area-index';
import { columnCentreX, cellSizeFor, gridOver, rowCentreY, type Grid } from './grid';
import { localPlaneFor, toLat, toLon, toPlaneX, toPlaneY, type LocalPlane } from './local-plane';
import { boundaryPoints, planeRings } from './plane-geometry';
import { flatArea, flatPlaneRings, type FlatArea } from './flat-area';
import { forEachRange, polygonCells, type PlaneRing, type PolygonCells } from './polygon-cells';
import { areaLookup, planeAreaLocator } from './area-lookup';
import { reachedCells, tally, unreachedRuns } from './reach';
import { hexSizeFor, hexSurface, nearestFinder, type NearestFinder } from './distance-surface';
import { traceRuns } from './trace-runs';
import type { RowRuns } from './row-runs';
import { msg } from '../../lib/i18n/msg';

export interface CoverageAreaInput {
  readonly id: string;
  readonly name: string;
  readonly code?: string;
  readonly geometry: AreaGeometry;
}

export interface SmallAreaInput {
  readonly code: string;
  readonly name: string;
  readonly decile: number;
  readonly geometry: AreaGeometry;
}

/**
 * Everything the engine needs, as plain data that crosses a worker boundary cheaply: point assets
 * and homes as flat lon, lat columns, sites (parks, green spaces) as boundaries.
 */
export interface CoverageRequest {
  readonly areas: readonly CoverageAreaInput[];
  readonly points: Float64Array;
  readonly sites: readonly AreaGeometry[];
  readonly distance: number;
  readonly homes?: Float64Array;
  readonly smallAreas?: readonly SmallAreaInput[];
  /** Small areas with a decile at or below this are the priority candidates. */
  readonly priorityDeciles?: number;
  readonly cellSize?: number;
  readonly hexSize?: number;
  /** Leave out the distance surface (the command line and the benchmark do not draw it). */
  readonly withoutSurface?: boolean;
}

export interface CoverageProgress {
  readonly done: number;
  readonly total: number;
  readonly stage: string;
}

interface Prepared {
  readonly plane: LocalPlane;
  readonly grid: Grid;
  readonly seeds: Float64Array;
  readonly reached: RowRuns;
  readonly finder: NearestFinder;
  readonly areaCells: PolygonCells[];
  readonly areaRings: PlaneRing[][];
}

/**
 * The coverage engine: one grid over everything asked about, an exact "is an asset within the
 * distance?" per cell centre, then per-area tallies, traced gap polygons and a hexagon surface.
 * A generator, so that a worker can report progress and stop between steps; `analyseCoverage`
 * runs it to the end. The same code serves the app, the command line and the benchmark.
 */
export function* coverageSteps(request: CoverageRequest): Generator<CoverageProgress, CoverageAnswer> {
  const { areas, distance } = request;
  const total = areas.length + 3;
  const priorityDeciles = request.priorityDeciles ?? 2;
  const flatAreas = areas.map((a) => flatArea(a.geometry));
  const areasBox = flatAreas.reduce<BBox | null>((box, a) => unionBBox(box, a.box), null);
  if (!areasBox) throw new Error(msg('No neighbourhoods to analyse.'));
  const candidates = (request.smallAreas ?? []).filter((s) => s.decile <= priorityDeciles && boxesOverlap(bboxOfCoordinates(s.geometry.coordinates) ?? EMPTY_BOX, areasBox));
  const studyBox = candidates.reduce<BBox>((box, s) => unionBBox(box, bboxOfCoordinates(s.geometry.coordinates)) ?? box, areasBox);
  const prepared = prepare(request, studyBox, flatAreas);
  yield { done: 1, total, stage: msg('Marking the ground within reach') };

  const { plane, grid, reached, finder } = prepared;
  // Only homes and priority areas ask in longitude and latitude; building it costs a few ms.
  const areaIndex = lazyIndex(() => buildAreaIndex(areas.map((a) => ({ id: a.id, geometry: a.geometry }))));
  const inside = countAssetsInside(request, prepared);
  const homes = request.homes ? countHomes(request.homes, areaIndex, plane, finder, distance) : null;
  const results: AreaCoverage[] = [];
  const gaps: CoverageGap[] = [];
  for (const [i, area] of areas.entries()) {
    const cells = prepared.areaCells[i] as PolygonCells;
    // The unreached cells give both the tally and the gaps: one pass over the runs, not two.
    const unreached = unreachedRuns(reached, cells);
    const insideCells = cellCount(cells.cols);
    const areaM2 = (flatAreas[i] as FlatArea).areaM2;
    const coveredShare = insideCells > 0 ? (insideCells - cellCount(unreached.cols)) / insideCells : smallAreaShare(area.geometry, plane, finder, distance);
    results.push({
      id: area.id,
      name: area.name,
      code: area.code ?? '',
      areaM2,
      coveredShare,
      gapM2: areaM2 * (1 - coveredShare),
      assetsInside: inside.get(area.id) ?? 0,
      homesTotal: homes ? (homes.total.get(area.id) ?? 0) : null,
      homesReached: homes ? (homes.reached.get(area.id) ?? 0) : null,
    });
    gaps.push({ id: area.id, geometry: gapGeometry(grid, plane, unreached, cells.firstRow) });
    yield { done: 2 + i, total, stage: `Tallying ${area.name}` };
  }

  const priority = priorityAreas(candidates, prepared, areaIndex);
  if (!request.withoutSurface) yield { done: total - 1, total, stage: msg('Drawing the distance surface') };

  const planeBox: [number, number, number, number] = [
    toPlaneX(plane, areasBox[0]), toPlaneY(plane, areasBox[1]), toPlaneX(plane, areasBox[2]), toPlaneY(plane, areasBox[3]),
  ];
  // Without a surface the hexagon size is 0, so the method does not describe one that was not drawn.
  const hexSize = request.withoutSurface ? 0 : (request.hexSize ?? hexSizeFor(planeBox[2] - planeBox[0], planeBox[3] - planeBox[1]));
  const surface = request.withoutSurface ? EMPTY_SURFACE : hexSurface(plane, planeBox, hexSize, insideAnyArea(grid, prepared.areaCells), finder, distance * 2);
  return { method: { distance, cellSize: grid.size, hexSize }, areas: results, gaps, surface, priority };
}

export function analyseCoverage(request: CoverageRequest): CoverageAnswer {
  const steps = coverageSteps(request);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** "Is this point in any analysed area?" by the grid cell it falls in: a lookup, not a polygon test. */
function insideAnyArea(grid: Grid, areaCells: readonly PolygonCells[]): (x: number, y: number) => boolean {
  const mask = new Uint8Array(grid.cols * grid.rows);
  for (const cells of areaCells) forEachRange(cells, (row, from, to) => mask.fill(1, row * grid.cols + from, row * grid.cols + to));
  return (x, y) => {
    const col = Math.floor((x - grid.x0) / grid.size);
    const row = Math.floor((y - grid.y0) / grid.size);
    return col >= 0 && row >= 0 && col < grid.cols && row < grid.rows && mask[row * grid.cols + col] === 1;
  };
}

function prepare(request: CoverageRequest, studyBox: BBox, flatAreas: readonly FlatArea[]): Prepared {
  const { distance } = request;
  const plane = localPlaneFor(studyBox);
  const minX = toPlaneX(plane, studyBox[0]);
  const minY = toPlaneY(plane, studyBox[1]);
  const maxX = toPlaneX(plane, studyBox[2]);
  const maxY = toPlaneY(plane, studyBox[3]);
  const grid = gridOver(minX, minY, maxX, maxY, request.cellSize ?? cellSizeFor(maxX - minX, maxY - minY));
  // Assets farther than the distance from the study area cannot reach it.
  const near = (x: number, y: number) => x >= minX - distance && x <= maxX + distance && y >= minY - distance && y <= maxY + distance;
  const seedList: number[] = [];
  for (let i = 0; i < request.points.length; i += 2) {
    const x = toPlaneX(plane, request.points[i] as number);
    const y = toPlaneY(plane, request.points[i + 1] as number);
    if (near(x, y)) seedList.push(x, y);
  }
  const siteRings = request.sites.map((site) => planeRings(plane, site));
  const spacing = Math.min(grid.size / 2, distance / 8);
  for (const rings of siteRings) boundaryPoints(rings, spacing, seedList);
  const seeds = new Float64Array(seedList);
  const interiors = siteRings.map((rings) => polygonCells(grid, rings));
  const reached = reachedCells(grid, seeds, interiors, distance);
  const finder = lazyFinder(() => {
    const siteIndex = buildAreaIndex(request.sites.map((geometry, i) => ({ id: String(i), geometry })));
    return nearestFinder(seeds, (x, y) => siteIndex.locate([toLon(plane, x), toLat(plane, y)]).length > 0);
  });
  const areaRings = flatAreas.map((a) => flatPlaneRings(plane, a));
  const areaCells = areaRings.map((rings) => polygonCells(grid, rings));
  return { plane, grid, seeds, reached, finder, areaCells, areaRings };
}

/** The lon/lat area index, built on first use. */
function lazyIndex(build: () => AreaIndex): AreaIndex {
  let index: AreaIndex | null = null;
  return { locate: (point) => (index ??= build()).locate(point) };
}

/** Built on first use: only homes, areas smaller than a cell and the surface ask for distances. */
function lazyFinder(build: () => NearestFinder): NearestFinder {
  let finder: NearestFinder | null = null;
  return { nearest: (x, y, cap) => (finder ??= build()).nearest(x, y, cap) };
}

/** Below this many point-in-polygon edge tests, testing every asset beats building the raster. */
const DIRECT_TESTS = 200_000;

function countAssetsInside(request: CoverageRequest, prepared: Prepared): Map<string, number> {
  const { plane, grid, areaRings } = prepared;
  const exact = planeAreaLocator(areaRings);
  const vertices = areaRings.reduce((n, rings) => rings.reduce((m, ring) => m + ring.length / 2, n), 0);
  const tests = (request.points.length / 2) * (vertices / Math.max(1, areaRings.length));
  const lookup = tests < DIRECT_TESTS ? { locate: exact } : areaLookup(grid, areaRings, exact);
  const counts = new Int32Array(request.areas.length);
  const add = (x: number, y: number) => {
    for (const k of lookup.locate(x, y)) counts[k] = (counts[k] as number) + 1;
  };
  for (let i = 0; i < request.points.length; i += 2) add(toPlaneX(plane, request.points[i] as number), toPlaneY(plane, request.points[i + 1] as number));
  // Where a site is: the same point that places it in its neighbourhood (model/geometry).
  for (const site of request.sites) {
    const [lon, lat] = representativePoint(site);
    add(toPlaneX(plane, lon), toPlaneY(plane, lat));
  }
  return new Map(request.areas.map((a, k) => [a.id, counts[k] as number]));
}

/** Homes (e.g. postcode points) per area and those within the distance, tested exactly per point. */
function countHomes(homes: Float64Array, index: AreaIndex, plane: LocalPlane, finder: NearestFinder, distance: number) {
  const total = new Map<string, number>();
  const reached = new Map<string, number>();
  for (let i = 0; i < homes.length; i += 2) {
    const lon = homes[i] as number;
    const lat = homes[i + 1] as number;
    const ids = index.locate([lon, lat]);
    if (ids.length === 0) continue;
    const near = finder.nearest(toPlaneX(plane, lon), toPlaneY(plane, lat), distance) !== null;
    for (const id of ids) {
      total.set(id, (total.get(id) ?? 0) + 1);
      if (near) reached.set(id, (reached.get(id) ?? 0) + 1);
    }
  }
  return { total, reached };
}

/** An area smaller than one cell: answer for its first corner rather than divide by zero. */
function smallAreaShare(geometry: AreaGeometry, plane: LocalPlane, finder: NearestFinder, distance: number): number {
  const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]?.[0];
  const p = ring?.[0];
  if (!p) return 0;
  return finder.nearest(toPlaneX(plane, p[0]), toPlaneY(plane, p[1]), distance) === null ? 0 : 1;
}

/** How many cells runs hold. */
function cellCount(runs: Int32Array): number {
  let count = 0;
  for (let k = 0; k < runs.length; k += 2) count += (runs[k + 1] as number) - (runs[k] as number);
  return count;
}

/** An area's unreached cells (runs per row from `firstRow`), outlined as polygons in lon/lat. */
function gapGeometry(grid: Grid, plane: LocalPlane, gaps: RowRuns, firstRow: number): MultiPolygonGeometry | null {
  if (gaps.cols.length === 0) return null;
  let minCol = Infinity;
  for (let k = 0; k < gaps.cols.length; k += 2) minCol = Math.min(minCol, gaps.cols[k] as number);
  let maxCol = -Infinity;
  for (let k = 1; k < gaps.cols.length; k += 2) maxCol = Math.max(maxCol, gaps.cols[k] as number);
  const local = new Int32Array(gaps.cols.length);
  for (let k = 0; k < local.length; k += 1) local[k] = (gaps.cols[k] as number) - minCol;
  const x0 = grid.x0 + minCol * grid.size;
  const y0 = grid.y0 + firstRow * grid.size;
  const toPosition = (ring: Int32Array): Position[] => {
    const out = new Array<Position>(ring.length / 2);
    for (let k = 0; k < out.length; k += 1) out[k] = [toLon(plane, x0 + (ring[2 * k] as number) * grid.size), toLat(plane, y0 + (ring[2 * k + 1] as number) * grid.size)];
    return out;
  };
  const polygons = traceRuns({ starts: gaps.starts, cols: local }, maxCol - minCol).map((polygon) => polygon.map(toPosition));
  return { type: 'MultiPolygon', coordinates: polygons };
}

function priorityAreas(candidates: readonly SmallAreaInput[], prepared: Prepared, areaIndex: AreaIndex): PriorityArea[] {
  const { grid, plane, reached } = prepared;
  const out: PriorityArea[] = [];
  for (const small of candidates) {
    const cells = polygonCells(grid, planeRings(plane, small.geometry));
    const counts = tally(reached, cells);
    const point = interiorPoint(grid, cells);
    if (counts.inside === 0 || !point) continue;
    const neighbourhoodIds = areaIndex.locate([toLon(plane, point[0]), toLat(plane, point[1])]);
    if (neighbourhoodIds.length === 0) continue;
    out.push({
      code: small.code,
      name: small.name,
      decile: small.decile,
      neighbourhoodIds,
      areaM2: areaSquareMetres(small.geometry),
      uncoveredShare: 1 - counts.reached / counts.inside,
    });
  }
  return out.sort((a, b) => b.uncoveredShare - a.uncoveredShare || a.decile - b.decile || a.code.localeCompare(b.code));
}

/** A cell centre inside the polygon, from its middle row: where a small area "is". */
function interiorPoint(grid: Grid, cells: PolygonCells): [number, number] | null {
  const rows = cells.starts.length - 1;
  for (let offset = 0; offset < rows; offset += 1) {
    const r = Math.floor(rows / 2) + (offset % 2 === 0 ? offset / 2 : -(offset + 1) / 2);
    if (r < 0 || r >= rows) continue;
    const k = cells.starts[r] as number;
    if (k < (cells.starts[r + 1] as number)) {
      const from = cells.cols[2 * k] as number;
      const to = cells.cols[2 * k + 1] as number;
      return [columnCentreX(grid, Math.floor((from + to - 1) / 2)), rowCentreY(grid, cells.firstRow + r)];
    }
  }
  return null;
}

/**
 * Issue 23's large runs, each in a process of its own so that its peak memory is its own:
 * - `county`: 215 wards over about 1,276 km² (Greater Manchester's size), 100,000 assets at 800 m,
 *   one grid of 15 m cells, on the main thread as the app's worker runs it;
 * - `region`: 2,392 wards over about 14,100 km² (the North West's size), 300,000 assets at 800 m,
 *   cut into county-sized tiles analysed by worker threads (what `npm run analyse` does for a region).
 * Prints one JSON line: milliseconds, cells, cell size, tiles and peak memory.
 */
import { analyseCoverage, type CoverageRequest } from '../../src/geo/coverage/analyse-coverage';
import { areaSquareMetres } from '../../src/geo/area';
import type { CoverageAnswer } from '../../src/model/coverage';
import { analyseTiled } from '../tiled-coverage';
import { COUNTY, REGION, pointsOf, syntheticAssets, syntheticNeighbourhoods } from './synthetic-borough';
import { boxSizeMetres } from '../../src/geo/coverage/tiles';

const scale = process.argv[2] === 'region' ? 'region' : 'county';
const layout = scale === 'region' ? REGION : COUNTY;
const areas = syntheticNeighbourhoods(60, layout).map((a) => ({ id: a.id, name: a.name, geometry: a.geometry }));
const assets = syntheticAssets(scale === 'region' ? 300_000 : 100_000, 42, 0.33, layout);
const points = pointsOf(assets);
const km2 = areas.reduce((sum, a) => sum + areaSquareMetres(a.geometry), 0) / 1e6;
const request: CoverageRequest = { areas, points, sites: [], distance: 800, withoutSurface: true };
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
let answer: CoverageAnswer;
let tiles = 1;
let threads = 1;
if (scale === 'region') {
  const run = await analyseTiled(request);
  ({ answer, tiles, threads } = run);
} else answer = analyseCoverage(request);
const ms = performance.now() - started;
// maxRSS is the process's high-water mark in KiB, worker threads included: the run's peak.
const peakMiB = process.resourceUsage().maxRSS / 1024;
const [widthM, heightM] = boxSizeMetres([layout.west, layout.south, layout.west + layout.columns * layout.cellLon, layout.south + layout.rows * layout.cellLat]);
const cells = Math.round((widthM * heightM) / answer.method.cellSize ** 2);
const covered = answer.areas.reduce((s, a) => s + a.coveredShare * a.areaM2, 0) / answer.areas.reduce((s, a) => s + a.areaM2, 0);
console.log(JSON.stringify({ scale, wards: areas.length, assets: assets.length, km2, ms, cellSize: answer.method.cellSize, cells, tiles, threads, peakMiB, beforeMiB: rssBefore / 2 ** 20, covered }));

/**
 * Issue 23's county-scale run, in a process of its own so that its peak memory is its own:
 * 215 wards over about 1,276 km² (Greater Manchester's size) with 100,000 assets at 800 m,
 * 15 m cells. Prints one JSON line: milliseconds, cells, cell size and peak memory.
 * Run by the coverage benchmark; `tsx scripts/bench/coverage-county.ts` runs it alone.
 */
import { analyseCoverage } from '../../src/geo/coverage/analyse-coverage';
import { areaSquareMetres } from '../../src/geo/area';
import { COUNTY, syntheticAssets, syntheticNeighbourhoods } from './synthetic-borough';

const areas = syntheticNeighbourhoods(60, COUNTY).map((a) => ({ id: a.id, name: a.name, geometry: a.geometry }));
const assets = syntheticAssets(100_000, 42, 0.33, COUNTY);
const points = Float64Array.from(assets.flatMap((a) => (a.geometry?.type === 'Point' ? [a.geometry.coordinates[0], a.geometry.coordinates[1]] : [])));
const km2 = areas.reduce((sum, a) => sum + areaSquareMetres(a.geometry), 0) / 1e6;
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const answer = analyseCoverage({ areas, points, sites: [], distance: 800, withoutSurface: true });
const ms = performance.now() - started;
// maxRSS is the process's high-water mark in KiB: the run's peak, data generation included.
const peakMiB = process.resourceUsage().maxRSS / 1024;
const width = (COUNTY.columns * COUNTY.cellLon * 111_320 * Math.cos((53.5 * Math.PI) / 180)) / answer.method.cellSize;
const height = (COUNTY.rows * COUNTY.cellLat * 111_320) / answer.method.cellSize;
const covered = answer.areas.reduce((s, a) => s + a.coveredShare * a.areaM2, 0) / answer.areas.reduce((s, a) => s + a.areaM2, 0);
console.log(JSON.stringify({ wards: areas.length, km2, ms, cellSize: answer.method.cellSize, cells: Math.round(width * height), peakMiB, beforeMiB: rssBefore / 2 ** 20, covered }));

/**
 * `npm run analyse`: the app's coverage engine from the command line, for council analysts and
 * batch work. It reads files with the app's own readers (io/), turns them into neighbourhoods and
 * assets and checks the question with the app's own intents (actions/intents), answers with the
 * app's own engine (geo/coverage) and writes with the app's own exporters, so its figures and its
 * refusals are the app's.
 *
 *   npm run analyse -- --boundaries wards.geojson --assets parks.csv --distance 800 --out gaps.geojson
 *
 * Options: --assets may be repeated (CSV/TSV or GeoJSON, read like "Import data"); --category
 * (default physical); --homes postcodes.csv (postcode/lon/lat, for "homes within"); --surface
 * surface.geojson; --table table.csv (CSV for GIS; add --excel for Excel); --cell metres.
 * Boundaries wider than a county (over 8 million 15 m cells) are cut into county-sized tiles and
 * analysed by worker threads (scripts/tiled-coverage.ts), so a whole English region keeps 15 m
 * cells in bounded memory; --threads sets how many.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseCoverage, type CoverageRequest } from '../src/geo/coverage/analyse-coverage';
import { areasNeedTiles } from '../src/geo/coverage/tiles';
import { analyseTiled } from './tiled-coverage';
import { readImportFile } from '../src/io/prepare-import';
import { recordsToAssets } from '../src/io/records-to-assets';
import { readGeoJson } from '../src/io/read-geojson';
import { detectAreaFields, recordsToAreas } from '../src/io/read-areas';
import { decodeText } from '../src/io/decode-text';
import { readPostcodeTable } from '../src/io/postcode-table';
import { lonLatPairs } from '../src/lib/lon-lat-pairs';
import { sentences } from '../src/lib/result';
import { coverageTableCsv, gapsToGeoJson, surfaceToGeoJson } from '../src/io/coverage-export';
import { AnalysisSchema, CoverageQuestionSchema, describeMethod, type Analysis } from '../src/model/coverage';
import { CATEGORY_IDS, type CategoryId } from '../src/model/categories';
import type { Asset } from '../src/model/asset';
import type { Neighbourhood } from '../src/model/neighbourhood';
import { parseWith } from '../src/model/problems';
import { DEFAULT_SETTINGS } from '../src/model/settings';
import { emptyRecords } from '../src/model/change';
import type { IntentContext, WorkspaceView } from '../src/actions/intents/intent';
import { importNeighbourhoods } from '../src/actions/intents/neighbourhoods';
import { checkQuestion, coverageRequest, recordAnalysis } from '../src/actions/intents/coverage';

const EMPTY_VIEW: WorkspaceView = { ...emptyRecords(), settings: DEFAULT_SETTINGS };

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    fail(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`);
  }
}

/** The same context an intent gets in the app: the time now, and ids counted from one. */
function cliContext(): IntentContext {
  let n = 0;
  return { now: new Date().toISOString(), newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` };
}

/** Boundaries as the app's "Import boundaries" makes neighbourhoods of them (the same intent). */
function readBoundaries(path: string): Neighbourhood[] {
  const read = readGeoJson(decodeText(readBytes(path)).text);
  if (!read.ok) fail(`${basename(path)}: ${sentences(read.error)}`);
  const properties = [...new Set(read.value.records.flatMap((r) => Object.keys(r.values)))];
  const { areas, problems } = recordsToAreas(read.value.records, detectAreaFields(properties));
  for (const p of problems) console.error(`${basename(path)} feature ${p.line} (${p.name}) left out: ${p.reason}${p.repaired ? ' (the app can repair it: "Repair boundary")' : ''}`);
  const imported = importNeighbourhoods(EMPTY_VIEW, { fileName: basename(path), areas }, cliContext());
  if (!imported.ok) fail(`${basename(path)}: ${sentences(imported.error)}`);
  return [...(imported.value.change?.neighbourhoods?.put ?? [])];
}

/** Assets as "Import data" reads them, all of one category. */
function readAssets(path: string, category: CategoryId): Asset[] {
  const read = readImportFile(readBytes(path), basename(path));
  if (!read.ok) fail(sentences(read.error));
  const { preview, records } = read.value;
  if (preview.location.kind === 'none') fail(`${basename(path)}: no longitude/latitude, easting/northing, WKT or geometry found.`);
  const outcome = recordsToAssets(
    records,
    { fields: preview.fields, category: { fixed: category }, defaultType: 'asset', location: preview.location, swapCoordinates: false, source: basename(path) },
    { ...cliContext(), existing: new Map() },
  );
  for (const p of outcome.problems.slice(0, 20)) console.error(`${basename(path)} row ${p.line} left out: ${p.reason}`);
  if (outcome.problems.length > 20) console.error(`${basename(path)}: ${outcome.problems.length - 20} more rows left out`);
  return outcome.added;
}

/** Homes as the app counts them: one per distinct postcode of the table (io/postcode-table). */
function readHomes(path: string): Float64Array {
  const read = readPostcodeTable(readBytes(path), basename(path));
  if (!read.ok) fail(sentences(read.error));
  return lonLatPairs(read.value.values(), read.value.size);
}

function printTable(analysis: Analysis): void {
  const rows = [...analysis.areas].sort((a, b) => b.gapM2 - a.gapM2);
  const width = Math.max(12, ...rows.map((r) => r.name.length));
  const homes = rows.some((r) => r.homesTotal !== null);
  console.log(`${'Neighbourhood'.padEnd(width)}  Covered   Gap (ha)  Area (ha)  Assets${homes ? '  Homes within' : ''}`);
  for (const r of rows) {
    const homesText = r.homesTotal ? `  ${((100 * (r.homesReached ?? 0)) / r.homesTotal).toFixed(1).padStart(5)}% of ${r.homesTotal}` : homes ? '  –' : '';
    console.log(
      `${r.name.padEnd(width)}  ${(r.coveredShare * 100).toFixed(1).padStart(6)}%  ${(r.gapM2 / 1e4).toFixed(1).padStart(8)}  ${(r.areaM2 / 1e4).toFixed(1).padStart(9)}  ${String(r.assetsInside).padStart(6)}${homesText}`,
    );
  }
  console.log(`\n${describeMethod(analysis.method)}.`);
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      boundaries: { type: 'string' },
      assets: { type: 'string', multiple: true },
      distance: { type: 'string', default: '800' },
      category: { type: 'string', default: 'physical' },
      homes: { type: 'string' },
      out: { type: 'string' },
      surface: { type: 'string' },
      table: { type: 'string' },
      excel: { type: 'boolean', default: false },
      cell: { type: 'string' },
      threads: { type: 'string' },
    },
  });
  if (!values.boundaries || !values.assets?.length) fail('Give --boundaries <GeoJSON> and at least one --assets <CSV or GeoJSON>.');
  const category = values.category as CategoryId;
  if (!CATEGORY_IDS.includes(category)) fail(`--category must be one of ${CATEGORY_IDS.join(', ')}.`);
  const question = { distance: Number(values.distance), categories: [category] };
  // The distance first, so a wrong one is said before any file is read.
  const asked = parseWith(CoverageQuestionSchema, question);
  if (!asked.ok) fail(sentences(asked.error));
  const neighbourhoods = readBoundaries(values.boundaries);
  const assets = values.assets.flatMap((path) => readAssets(path, category));
  // The app's own checks (boundaries valid, some assets with a location match), in the app's words.
  const view: WorkspaceView = { ...EMPTY_VIEW, assets, neighbourhoods };
  const checked = checkQuestion(view, question);
  if (!checked.ok) fail(sentences(checked.error));
  const inputs = checked.value;
  const homes = values.homes ? readHomes(values.homes) : null;
  const cellSize = values.cell ? Number(values.cell) : undefined;
  if (cellSize !== undefined && !(cellSize >= 1 && cellSize <= 500)) fail('--cell must be between 1 and 500 metres.');
  const request: CoverageRequest = { ...coverageRequest(inputs, homes), ...(cellSize ? { cellSize } : {}), withoutSurface: !values.surface };
  const tiled = !cellSize && areasNeedTiles(neighbourhoods);
  if (tiled && values.surface) fail('The distance surface is drawn for up to a county (about 1,800 km²): leave out --surface, or analyse fewer boundaries at a time.');
  const threads = values.threads ? Number(values.threads) : undefined;
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) fail('--threads must be a whole number from 1 to 64.');
  const started = performance.now();
  const run = tiled ? await analyseTiled(request, threads) : null;
  const answer = run ? run.answer : analyseCoverage(request);
  const seconds = (performance.now() - started) / 1000;
  const recorded = recordAnalysis(view, { inputs, answer, stamp: 'command line', homesLabel: values.homes ? basename(values.homes) : '' }, cliContext());
  if (!recorded.ok) fail(sentences(recorded.error));
  const analysis = AnalysisSchema.parse(recorded.value.value);
  printTable(analysis);
  const how = run ? ` in ${run.tiles} tiles over ${run.threads} worker threads` : '';
  console.log(`${neighbourhoods.length} neighbourhoods, ${analysis.assetCount} assets, analysed${how} in ${seconds.toFixed(2)} s.`);
  if (values.out) {
    writeFileSync(values.out, JSON.stringify(gapsToGeoJson(analysis)));
    console.log(`Gaps written to ${values.out}`);
  }
  if (values.surface) {
    writeFileSync(values.surface, JSON.stringify(surfaceToGeoJson(analysis)));
    console.log(`Distance surface written to ${values.surface}`);
  }
  if (values.table) {
    writeFileSync(values.table, coverageTableCsv(analysis, values.excel ? 'excel' : 'gis'));
    console.log(`Table written to ${values.table}`);
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}

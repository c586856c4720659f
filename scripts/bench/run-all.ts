/**
 * `npm run bench`: every benchmark (or those named as arguments), each printing its figures as ratios against a reference measured
 * in the same run. Benchmarks print; they never fail the build.
 */
import { benchStoreApply } from './store-apply';
import { benchMapLoad } from './map-load';
import { benchReassign } from './reassign';
import { benchImport } from './import-100k';
import { benchCoverage, benchLargeCoverage } from './coverage';
import { benchTeamSync } from './team-sync';
import { benchFirstLoad } from './first-load';
import { benchInteraction } from './interaction';

/**
 * `npm run bench -- import` (or coverage, reassign, store, map, team, load, interaction) runs just those named;
 * `large` runs only the county and region coverage runs (also part of `coverage`), with the county in Chromium's worker.
 */
const BENCHES: Record<string, () => Promise<void>> = {
  coverage: benchCoverage,
  large: benchLargeCoverage,
  reassign: benchReassign,
  store: benchStoreApply,
  map: benchMapLoad,
  import: benchImport,
  team: benchTeamSync,
  load: benchFirstLoad,
  interaction: benchInteraction,
};
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in BENCHES));
if (unknown.length > 0) throw new Error(`No benchmark called ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
// \`large\` is part of \`coverage\`: a full run does it once.
const PART_OF_ANOTHER = new Set(['large']);
for (const [name, run] of Object.entries(BENCHES)) if (chosen.length === 0 ? !PART_OF_ANOTHER.has(name) : chosen.includes(name)) await run();
// The team benchmark's in-process server (express-pouchdb) leaves daemons that keep Node's event
// loop alive after it closes; every benchmark has printed by now.
process.exit(0);

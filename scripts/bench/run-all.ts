/**
 * `npm run bench`: every benchmark, each printing its figures as ratios against a reference measured
 * in the same run. Benchmarks print; they never fail the build.
 */
import { benchStoreApply } from './store-apply';
import { benchMapLoad } from './map-load';
import { benchReassign } from './reassign';
import { benchImport } from './import-100k';
import { benchCoverage } from './coverage';

await benchCoverage();
await benchReassign();
await benchStoreApply();
await benchMapLoad();
await benchImport();

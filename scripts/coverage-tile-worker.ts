/** A worker thread of the tiled command line: analyses one tile of neighbourhoods per message. */
import { parentPort } from 'node:worker_threads';
import { analyseCoverage, type CoverageRequest } from '../src/geo/coverage/analyse-coverage';

parentPort?.on('message', (request: CoverageRequest) => {
  parentPort?.postMessage(analyseCoverage(request));
});

/**
 * Coverage of a region on the command line: the neighbourhoods cut into county-sized tiles
 * (geo/coverage/tiles), analysed side by side in worker threads, at most one tile per thread in
 * flight so that memory stays bounded whatever the region's size, and the answers merged.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CoverageRequest } from '../src/geo/coverage/analyse-coverage';
import { mergeTiles, splitIntoTiles } from '../src/geo/coverage/tiles';
import type { CoverageAnswer } from '../src/model/coverage';

const WORKER = new URL('./coverage-tile-worker.ts', import.meta.url);
// A worker thread does not inherit tsx's loader from `--import`: it registers it, then loads the TypeScript.
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER.href)}); });`;

export interface TiledRun {
  readonly answer: CoverageAnswer;
  readonly tiles: number;
  readonly threads: number;
}

export async function analyseTiled(request: CoverageRequest, threads = Math.max(1, availableParallelism())): Promise<TiledRun> {
  const tiles = splitIntoTiles(request);
  const queue = [...tiles.keys()];
  const answers: CoverageAnswer[] = new Array<CoverageAnswer>(tiles.length);
  const used = Math.min(threads, tiles.length);
  const run = async () => {
    const worker = new Worker(BOOT, { eval: true });
    try {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const tile = tiles[next] as CoverageRequest;
        answers[next] = await new Promise<CoverageAnswer>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage(tile);
        });
        worker.removeAllListeners('error');
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: used }, run));
  return { answer: mergeTiles(answers, request.distance), tiles: tiles.length, threads: used };
}

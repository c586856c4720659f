import { lonLatPairs } from '../lib/lon-lat-pairs';
import type { Analysis } from '../model/coverage';
import type { CoverageProgress, CoverageRequest } from '../geo/coverage/analyse-coverage';
import { refuse, type Result } from '../lib/result';
import { answerFromWire, requestToWire, type FromAnalysisWorker, type ToAnalysisWorker } from '../workers/analysis-protocol';
import { coverageTableCsv, gapsToGeoJson, priorityTableCsv, surfaceToGeoJson } from '../io/coverage-export';
import { datedFileName, downloadBlob } from './download';
import * as intents from './intents/coverage';
import { run, viewOf, workspace } from './workspace';
import { fill, msg } from '../lib/i18n/msg';

export type { CoverageProgress } from '../geo/coverage/analyse-coverage';

function loadedHomes(): { points: Float64Array; label: string } | null {
  const table = workspace.state.postcodeTable.value;
  if (!table) return null;
  return {
    points: lonLatPairs(table.lookup.values(), table.lookup.size),
    label: fill(msg('{count, plural, one {# postcode from “{file}”} other {# postcodes from “{file}”}}'), { count: table.lookup.size, file: table.fileName }),
  };
}

/**
 * Answers a coverage question in a worker, then saves the answer with its question and date.
 * Cancelling (the signal) ends the worker at once; nothing is saved or shown unless it finished.
 */
export async function runCoverage(raw: unknown, options: { onProgress?: (p: CoverageProgress) => void; signal?: AbortSignal } = {}): Promise<Result<Analysis>> {
  const view = viewOf(workspace);
  const { repairBoundary } = await import('../geo/repair-boundary');
  const checked = intents.checkQuestion(view, raw, repairBoundary);
  if (!checked.ok) return checked;
  const inputs = checked.value;
  const homes = loadedHomes();
  // Fingerprint the inputs now: an edit made while the worker runs must leave the result out of date.
  const stamp = intents.inputsStamp(inputs.question, view.assets, view.neighbourhoods);
  const answer = await answerInWorker(intents.coverageRequest(inputs, homes?.points ?? null), options);
  if (answer.type === 'failed') return refuse(answer.reason === 'cancelled' ? msg('Cancelled: nothing was saved.') : fill(msg('The analysis failed: {problem}'), { problem: answer.reason }));
  if (answer.type !== 'done') return refuse(msg('The analysis answered out of turn.'));
  return run(intents.recordAnalysis, { inputs, answer: answerFromWire(answer.answer), stamp, homesLabel: homes?.label ?? '' });
}

/**
 * The worker that answered last, kept for a while: V8 compiles the engine's loops over its first
 * runs (in Chromium a borough with 500 assets took 150-600 ms in a new worker and about 25 ms in
 * one that had answered before), so a re-run after an edit goes to a worker that has compiled them.
 * Only a worker that finished is kept; a cancelled or failed one is ended.
 */
let idle: { worker: Worker; timer: ReturnType<typeof setTimeout> } | null = null;

/** How long an idle worker is kept: the length of an edit and re-run, not of a whole session. */
const KEEP_IDLE_MS = 120_000;

function takeWorker(): Worker {
  if (!idle) return new Worker(new URL('../workers/analysis-worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
  clearTimeout(idle.timer);
  const { worker } = idle;
  idle = null;
  return worker;
}

function keepWorker(worker: Worker): void {
  worker.onmessage = null;
  worker.onerror = null;
  if (idle) return worker.terminate();
  const timer = setTimeout(() => {
    worker.terminate();
    idle = null;
  }, KEEP_IDLE_MS);
  idle = { worker, timer };
}

/** Runs the engine in a worker, reporting progress; cancelling ends the worker at once. */
function answerInWorker(request: CoverageRequest, options: { onProgress?: (p: CoverageProgress) => void; signal?: AbortSignal }): Promise<FromAnalysisWorker> {
  const worker = takeWorker();
  return new Promise<FromAnalysisWorker>((resolve) => {
    const stop = () => {
      worker.terminate();
      resolve({ type: 'failed', reason: 'cancelled' });
    };
    if (options.signal?.aborted) return stop();
    options.signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<FromAnalysisWorker>) => {
      if (event.data.type === 'progress') return options.onProgress?.(event.data);
      options.signal?.removeEventListener('abort', stop);
      if (event.data.type === 'done') keepWorker(worker);
      else worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      options.signal?.removeEventListener('abort', stop);
      worker.terminate();
      resolve({ type: 'failed', reason: event.message || msg('The analysis stopped unexpectedly.') });
    };
    worker.postMessage({ type: 'run', request: requestToWire(request) } satisfies ToAnalysisWorker);
  });
}

export const deleteAnalysis = async (id: string): Promise<boolean> => (await run(intents.deleteAnalysis, { id })).ok;

/** True when a counted asset or an analysed boundary has changed since the analysis ran. */
export const isOutOfDate = (analysis: Analysis): boolean => intents.isOutOfDate(viewOf(workspace), analysis);

/** The run before this one that asked the same question of the same neighbourhoods, to compare with. */
export const previousRun = (analysis: Analysis): Analysis | null => intents.previousRun(viewOf(workspace), analysis);

export type CoverageDownload = 'gaps' | 'surface' | 'table-gis' | 'table-excel' | 'priority-excel';

/** Saves one part of an analysis as a file, through the same writers as every other export. */
export function downloadCoverage(analysis: Analysis, what: CoverageDownload): string {
  const stem = `coverage ${analysis.question.distance} m`;
  const names = new Map(workspace.state.neighbourhoods.value.map((n) => [n.id, n.name]));
  const geojson = (data: unknown, part: string) => {
    const name = datedFileName(`${stem} ${part}`, 'geojson');
    downloadBlob(new Blob([JSON.stringify(data)], { type: 'application/geo+json' }), name);
    return name;
  };
  const csv = (text: string, part: string) => {
    const name = datedFileName(`${stem} ${part}`, 'csv');
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
    return name;
  };
  switch (what) {
    case 'gaps':
      return geojson(gapsToGeoJson(analysis), 'gaps');
    case 'surface':
      return geojson(surfaceToGeoJson(analysis), 'distance surface');
    case 'table-gis':
      return csv(coverageTableCsv(analysis, 'gis'), 'by neighbourhood');
    case 'table-excel':
      return csv(coverageTableCsv(analysis, 'excel'), 'by neighbourhood excel');
    case 'priority-excel':
      return csv(
        priorityTableCsv(analysis, 'excel', (id) => names.get(id) ?? id),
        'priority areas excel',
      );
  }
}

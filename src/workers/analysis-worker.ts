/// <reference lib="webworker" />
/**
 * The analysis worker: runs the coverage engine off the main thread and reports each step, so
 * the map stays responsive and a progress bar can move. Cancelling terminates the worker, which
 * is the one way to be sure nothing half-computed is ever shown.
 */
import { coverageSteps } from '../geo/coverage/analyse-coverage';
import type { FromAnalysisWorker, ToAnalysisWorker } from './analysis-protocol';

declare const self: DedicatedWorkerGlobalScope;

const send = (message: FromAnalysisWorker) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ToAnalysisWorker>) => {
  try {
    const steps = coverageSteps(event.data.request);
    for (;;) {
      const next = steps.next();
      if (next.done) return send({ type: 'done', answer: next.value });
      send({ type: 'progress', ...next.value });
    }
  } catch (error) {
    send({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};

/// <reference lib="webworker" />
/**
 * The analysis worker: runs the coverage engine off the main thread and reports each step, so
 * the map stays responsive and a progress bar can move. Cancelling terminates the worker, which
 * is the one way to be sure nothing half-computed is ever shown.
 */
import { coverageSteps } from '../geo/coverage/analyse-coverage';
import { answerToWire, requestFromWire, type FromAnalysisWorker, type ToAnalysisWorker } from './analysis-protocol';

declare const self: DedicatedWorkerGlobalScope;

const send = (message: FromAnalysisWorker) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ToAnalysisWorker>) => {
  try {
    const steps = coverageSteps(requestFromWire(event.data.request));
    for (;;) {
      const next = steps.next();
      if (next.done) return send({ type: 'done', answer: answerToWire(next.value) });
      send({ type: 'progress', ...next.value });
    }
  } catch (error) {
    send({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};

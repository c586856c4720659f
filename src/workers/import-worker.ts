/// <reference lib="webworker" />
/**
 * The import worker: parses the file, converts rows to assets and places them in neighbourhoods,
 * off the main thread, sending batches the app writes one transaction at a time.
 */
import type { Asset } from '../model/asset';
import { readImportFile } from '../io/prepare-import';
import { ImportJob, type ImportBatch, type ImportTally } from './import-job';
import type { FromImportWorker, ToImportWorker } from './import-protocol';

declare const self: DedicatedWorkerGlobalScope;

let job: ImportJob | null = null;
let existing = new Map<string, Asset>();
let running: Generator<ImportBatch, ImportTally> | null = null;

const send = (message: FromImportWorker) => self.postMessage(message);

function step(): void {
  if (!running) return;
  const next = running.next();
  if (next.done) {
    running = null;
    send({ type: 'done', tally: next.value });
  } else send({ type: 'batch', batch: next.value });
}

self.onmessage = async (event: MessageEvent<ToImportWorker>) => {
  const message = event.data;
  try {
    switch (message.type) {
      case 'prepare': {
        const read = readImportFile(new Uint8Array(await message.file.arrayBuffer()), message.fileName);
        if (!read.ok) return send({ type: 'failed', reason: read.reason });
        job = new ImportJob(read.records);
        existing = new Map();
        return send({ type: 'prepared', preview: read.preview });
      }
      case 'match':
        return send({ type: 'matched', ids: job?.matchingIds(message.idColumn, new Set(message.knownIds)) ?? [] });
      case 'existing':
        for (const asset of message.assets) existing.set(asset.id, asset);
        return;
      case 'run':
        if (!job) return send({ type: 'failed', reason: 'Choose the file again: the worker has no file.' });
        running = job.run(message.settings, existing);
        return step();
      case 'next':
        return step();
      case 'cancel':
        running = null;
        return;
    }
  } catch (error) {
    running = null;
    send({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};

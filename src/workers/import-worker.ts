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
/** The batch converted ahead, while the app writes the one before it. */
let ahead: IteratorResult<ImportBatch, ImportTally> | null = null;

const send = (message: FromImportWorker) => self.postMessage(message);
const PART = 500;

function step(): void {
  if (!running) return;
  const next = ahead ?? running.next();
  ahead = null;
  if (next.done) {
    running = null;
    return send({ type: 'done', tally: next.value });
  }
  // In parts, so that the app unpacks a few hundred assets per message rather than a whole batch at once.
  const { added, updated, done, total } = next.value;
  for (let i = 0; i < added.length; i += PART) send({ type: 'part', added: added.slice(i, i + PART), updated: [] });
  for (let i = 0; i < updated.length; i += PART) send({ type: 'part', added: [], updated: updated.slice(i, i + PART) });
  send({ type: 'batch', batch: { added: [], updated: [], done, total } });
  // Convert the next batch now, so it is ready when the app has written this one.
  ahead = running.next();
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
        ahead = null;
        return step();
      case 'next':
        return step();
      case 'cancel':
        running = null;
        ahead = null;
        // Everything sent before this reaches the app first: it reads up to here and starts clean.
        return send({ type: 'cancelled' });
    }
  } catch (error) {
    running = null;
    send({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};

import { sentences } from '../lib/result';
/// <reference lib="webworker" />
/**
 * The import worker: parses the file, converts rows to assets and places them in neighbourhoods,
 * and writes them into the app's database batch by batch, off the main thread. The app receives
 * the stored assets to show them, and says when to commit or cancel.
 */
import type { Asset } from '../model/asset';
import { readImportFile } from '../io/prepare-import';
import { ImportJob } from './import-job';
import { ImportWriter } from './import-writer';
import type { FromImportWorker, ToImportWorker } from './import-protocol';
import { msg } from '../lib/i18n/msg';

declare const self: DedicatedWorkerGlobalScope;

let job: ImportJob | null = null;
let existing = new Map<string, Asset>();
let writer: ImportWriter | null = null;

const send = (message: FromImportWorker) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ToImportWorker>) => {
  const message = event.data;
  try {
    switch (message.type) {
      case 'prepare': {
        const read = readImportFile(new Uint8Array(await message.file.arrayBuffer()), message.fileName);
        if (!read.ok) return send({ type: 'failed', reason: sentences(read.error) });
        job = new ImportJob(read.value.records);
        existing = new Map();
        return send({ type: 'prepared', preview: read.value.preview });
      }
      case 'match':
        // A new run: the app sends the stored assets the file names next.
        existing = new Map();
        return send({ type: 'matched', ids: job?.matchingIds(message.idColumn, new Set(message.knownIds)) ?? [] });
      case 'existing':
        for (const asset of message.assets) existing.set(asset.id, asset);
        return;
      case 'run':
        if (!job) return send({ type: 'failed', reason: msg('Choose the file again: the worker has no file.') });
        writer = new ImportWriter(message.database, message.label, { fileName: message.settings.mapping.source, total: job.records.length }, job.run(message.settings, existing), send);
        return await writer.run();
      case 'commit':
        if (!writer) return send({ type: 'failed', reason: msg('There is no import to save.') });
        return await writer.commit();
      case 'cancel':
        if (!writer) return send({ type: 'cancelled' });
        return await writer.cancel();
    }
  } catch (error) {
    send({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};

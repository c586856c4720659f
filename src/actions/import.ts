import Papa from 'papaparse';
import { MAX_FILE_BYTES } from '../io/read-geojson';
import type { ImportMapping } from '../io/records-to-assets';
import type { ImportPreview } from '../io/prepare-import';
import type { Asset } from '../model/asset';
import type { FromImportWorker, ToImportWorker } from '../workers/import-protocol';
import type { ImportTally } from '../workers/import-job';

export type { MappedField } from '../io/records-to-assets';
import { escapeForSpreadsheet } from '../io/csv-rows';
import { ok, refuse, type Result } from '../lib/result';
import { datedFileName, downloadBlob } from './download';
import { workspace } from './workspace';
import { CHANGE_LABELS, changeLabel } from '../model/change-labels';
import { fill, msg } from '../lib/i18n/msg';
import { yieldToPage } from '../lib/yield-to-page';

/** How the chosen file will be read: the worker's preview (first rows, counts, detected columns). */
export type PreparedImport = ImportPreview;

/** What the coordinator chooses for an import; the source and number format come from the file. */
export type ImportChoices = Omit<ImportMapping, 'source' | 'decimalComma' | 'typeFields'>;

export interface ImportSummary {
  /** What the preview said about how the file was read (conversions, decimal commas, a swap), repeated. */
  notices: string[];
  added: number;
  updated: number;
  unchanged: number;
  problems: { line: number; reason: string }[];
  notes: { line: number; reason: string }[];
}

/** One import worker per chosen file: it keeps the parsed rows between the preview and the import. */
let current: WorkerChannel | null = null;

/** A worker and the messages it has sent that nobody has taken yet. */
class WorkerChannel {
  private readonly queue: FromImportWorker[] = [];
  private waiting: ((m: FromImportWorker) => void) | null = null;
  /** An import is running: the worker is writing into the database. */
  importing = false;
  private cancelSent = false;
  private closeWhenDone = false;
  constructor(readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<FromImportWorker>) => this.deliver(event.data);
    worker.onerror = (event) => this.deliver({ type: 'failed', reason: event.message || msg('The import worker stopped.') });
  }
  private deliver(message: FromImportWorker): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(message);
    } else this.queue.push(message);
  }
  /**
   * Ends the worker. During an import it is first told to cancel, and ends once it has put back what
   * it wrote (terminating it mid-import would leave the batches already written).
   */
  close(): void {
    if (this.importing) {
      this.closeWhenDone = true;
      this.cancel();
      return;
    }
    this.worker.terminate();
    this.deliver({ type: 'failed', reason: msg('The import was stopped.') });
  }
  /** Asks the running import to stop and roll back, once; the worker answers `cancelled`. */
  cancel(): void {
    if (this.cancelSent) return;
    this.cancelSent = true;
    this.send({ type: 'cancel' });
  }
  /** The import has ended, one way or another. */
  finished(): void {
    this.importing = false;
    this.cancelSent = false;
    if (this.closeWhenDone) this.close();
  }
  send(message: ToImportWorker): void {
    this.worker.postMessage(message);
  }
  next(): Promise<FromImportWorker> {
    const queued = this.queue.shift();
    return queued ? Promise.resolve(queued) : new Promise((resolve) => (this.waiting = resolve));
  }
}

/** Ends the worker of the last file chosen (when the dialog closes or another file is chosen). */
export function closeImport(): void {
  current?.close();
  current = null;
}

/** Reads a chosen file in a worker and works out how it will be read; nothing is written yet. */
export async function prepareImport(file: File): Promise<Result<PreparedImport>> {
  if (file.size > MAX_FILE_BYTES)
    return refuse(fill(msg('“{file}” is {size} MB; at most {most} MB can be imported at once.'), { file: file.name, size: (file.size / 1024 / 1024).toFixed(0), most: MAX_FILE_BYTES / 1024 / 1024 }));
  closeImport();
  const channel = new WorkerChannel(new Worker(new URL('../workers/import-worker.ts', import.meta.url), { type: 'module', name: 'import' }));
  current = channel;
  channel.send({ type: 'prepare', file, fileName: file.name });
  const reply = await channel.next();
  if (reply.type === 'prepared') return ok(reply.preview);
  return refuse(reply.type === 'failed' ? reply.reason : msg('The import worker answered out of turn.'));
}

// One transaction each: small enough that a failed or cancelled batch costs little to redo.
const BATCH = 10_000;
const EXISTING_CHUNK = 2_000;

/**
 * Imports with the coordinator's choices. The worker converts and places the rows and writes them
 * batch by batch, each in its own transaction, while the map and panels stay responsive; the page
 * keeps the stored assets and shows them when the whole import is committed as one undoable step.
 * Cancel (the signal) or a failed batch puts the workspace back as it was.
 */
export async function runImport(
  prepared: PreparedImport,
  choices: ImportChoices,
  progress: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<Result<ImportSummary>> {
  const channel = current;
  if (!channel) return refuse(msg('Choose the file again.'));
  if (channel.importing) return refuse(msg('This file is already being imported.'));
  const state = workspace.state;
  const mapping: ImportMapping = { ...choices, source: prepared.fileName, decimalComma: prepared.decimalComma, typeFields: state.settings.value.typeFields };
  // Updates need the stored asset: send only those the file names, in small pieces.
  channel.send({ type: 'match', idColumn: mapping.fields.id, knownIds: state.assets.value.map((a) => a.id) });
  const matched = await channel.next();
  if (matched.type !== 'matched') return refuse(matched.type === 'failed' ? matched.reason : msg('The import worker answered out of turn.'));
  const wanted = new Set(matched.ids);
  const existing = state.assets.value.filter((a) => wanted.has(a.id));
  for (let i = 0; i < existing.length; i += EXISTING_CHUNK) {
    channel.send({ type: 'existing', assets: existing.slice(i, i + EXISTING_CHUNK) });
    await yieldToPage();
  }
  const postcodes = state.postcodeTable.value ? [...state.postcodeTable.value.lookup].map(([k, v]) => [k, [v[0], v[1]]] as [string, [number, number]]) : undefined;
  const label = changeLabel(CHANGE_LABELS.importFile, { file: prepared.fileName });
  const settings = { mapping, neighbourhoods: [...state.neighbourhoods.value], ...(postcodes ? { postcodes } : {}), now: new Date().toISOString(), batchSize: BATCH };
  const cancel = () => channel.cancel();
  if (progress.signal?.aborted) return refuse(msg('The import was cancelled; nothing was changed.'));
  progress.signal?.addEventListener('abort', cancel, { once: true });
  channel.importing = true;
  channel.send({ type: 'run', settings, database: workspace.connection.name, label });
  try {
    const followed = await followImport(channel, label, progress, cancel);
    return followed.ok ? ok({ ...followed.value, notices: howItWasRead(prepared, mapping) }) : followed;
  } finally {
    progress.signal?.removeEventListener('abort', cancel);
    channel.finished();
  }
}

/** Takes the worker's messages until the import is committed, cancelled or has failed. */
async function followImport(
  channel: WorkerChannel,
  label: string,
  progress: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal },
  cancel: () => void,
): Promise<Result<Omit<ImportSummary, 'notices'>>> {
  const stored: Asset[] = [];
  let added = 0;
  let updated = 0;
  let tally: ImportTally | null = null;
  for (;;) {
    const message = await channel.next();
    switch (message.type) {
      case 'part':
        for (const a of message.added) stored.push(a);
        for (const a of message.updated) stored.push(a);
        added += message.added.length;
        updated += message.updated.length;
        break;
      case 'progress':
        progress.onProgress?.(message.done, message.total);
        break;
      case 'written':
        if (progress.signal?.aborted) break; // the worker is rolling back and answers `cancelled`
        tally = message.tally;
        // From here the import is saved as a whole: Cancel no longer applies.
        progress.signal?.removeEventListener('abort', cancel);
        channel.send({ type: 'commit' });
        break;
      case 'committed':
        if (!tally) return refuse(msg('The import worker answered out of turn.'));
        await workspace.showImported(stored, label);
        return ok({ added, updated, unchanged: tally.unchanged, problems: tally.problems, notes: tally.notes });
      case 'cancelled':
        return refuse(msg('The import was cancelled; nothing was changed.'));
      case 'failed':
        return refuse(message.reason);
      default:
        return refuse(msg('The import worker answered out of turn.'));
    }
  }
}

/** What the preview told the coordinator about reading the file, said again beside the result. */
function howItWasRead(prepared: PreparedImport, mapping: ImportMapping): string[] {
  const notices = [...prepared.notices];
  const loc = mapping.location;
  if (loc.kind === 'bng')
    notices.push(
      fill(msg('Converted from British National Grid (easting “{easting}”, northing “{northing}”) to longitude/latitude, to a few metres.'), { easting: loc.easting, northing: loc.northing }),
    );
  if (mapping.swapCoordinates) notices.push(msg('Longitude and latitude were swapped, as the file had them the other way round.'));
  return notices;
}

/** The rows that were not imported, as a spreadsheet-safe CSV the coordinator can fix and re-import. */
export function downloadProblems(fileName: string, problems: ImportSummary['problems']): void {
  const csv = Papa.unparse({ fields: ['row', 'reason'], data: problems.map((p) => [p.line, escapeForSpreadsheet(p.reason)]) }, { newline: '\r\n' });
  downloadBlob(new Blob([`\ufeff${csv}`], { type: 'text/csv;charset=utf-8' }), datedFileName(`${fileName} problems`, 'csv'));
}

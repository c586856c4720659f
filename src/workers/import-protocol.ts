import type { Asset } from '../model/asset';
import type { ImportPreview } from '../io/prepare-import';
import type { ImportBatch, ImportSettings, ImportTally } from './import-job';

/** Messages from the app to the import worker. */
export type ToImportWorker =
  | { type: 'prepare'; file: Blob; fileName: string }
  | { type: 'match'; idColumn: string | undefined; knownIds: string[] }
  | { type: 'existing'; assets: Asset[] }
  | { type: 'run'; settings: ImportSettings }
  /** The last batch is written: send the next one. */
  | { type: 'next' }
  | { type: 'cancel' };

/** Messages from the import worker to the app. */
export type FromImportWorker =
  | { type: 'prepared'; preview: ImportPreview }
  | { type: 'matched'; ids: string[] }
  /** Part of the next batch; the batch message that follows closes it (its own lists are empty). */
  | { type: 'part'; added: Asset[]; updated: Asset[] }
  | { type: 'batch'; batch: ImportBatch }
  | { type: 'done'; tally: ImportTally }
  /** The answer to cancel: nothing of the cancelled run follows it. */
  | { type: 'cancelled' }
  | { type: 'failed'; reason: string };

import type { Asset } from '../model/asset';
import type { ImportPreview } from '../io/prepare-import';
import type { ImportSettings, ImportTally } from './import-job';

/** Messages from the app to the import worker. */
export type ToImportWorker =
  | { type: 'prepare'; file: Blob; fileName: string }
  | { type: 'match'; idColumn: string | undefined; knownIds: string[] }
  | { type: 'existing'; assets: Asset[] }
  /** Convert and write every batch into the named database; `label` names the undo step. */
  | { type: 'run'; settings: ImportSettings; database: string; label: string }
  /** Every batch is written: log the import as one undo step. */
  | { type: 'commit' }
  /** Stop, and put back everything this run wrote. Answered by `cancelled` (or `failed`). */
  | { type: 'cancel' };

/** Messages from the import worker to the app. */
export type FromImportWorker =
  | { type: 'prepared'; preview: ImportPreview }
  | { type: 'matched'; ids: string[] }
  /** Assets of a batch that is now stored, for the app to show once the import is committed. */
  | { type: 'part'; added: Asset[]; updated: Asset[] }
  /** Records read so far, and in all, after a batch was stored. */
  | { type: 'progress'; done: number; total: number }
  /** Every batch is stored; the app answers `commit` or `cancel`. */
  | { type: 'written'; tally: ImportTally }
  | { type: 'committed' }
  /** Nothing of the run is left in the database. */
  | { type: 'cancelled' }
  /** The run stopped; nothing of it is left in the database (unless `reason` says otherwise). */
  | { type: 'failed'; reason: string };

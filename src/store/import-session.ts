import { unwrap } from 'idb';
import type { Asset } from '../model/asset';
import { err, ok, type Result } from '../lib/result';
import type { Connection } from './connection';
import { appendToLog } from './change-log';
import { validateRecord } from './records';
import { storeError, toStoreError, type StoreError } from './errors';

/**
 * Records put per task on the page while a batch is written: each put clones the record and crosses
 * to the database process, about 0.07 ms apiece here, so a slice stays near 10-30 ms.
 */
const PAGE_SLICE = 100;

/**
 * Validates (unless the worker already did) and puts the records `slice` per task, appending them
 * to `written`. The next slice is queued from the success event of a request halfway through the
 * one before, which keeps the transaction alive and the database busy while the page gets to draw
 * in between.
 */
function putInSlices(store: IDBObjectStore, all: readonly Asset[], written: Asset[], validated: boolean, slice: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    const issue = (): void => {
      try {
        const end = Math.min(all.length, next + slice);
        let trigger: IDBRequest | null = null;
        for (; next < end; next += 1) {
          const record = validated ? (all[next] as Asset) : checkedAsset(all[next]);
          written.push(record);
          const request = store.put(record);
          if (next === end - Math.ceil(slice / 2) || (trigger === null && next === end - 1)) trigger = request;
        }
        if (next < all.length && trigger) {
          const request = trigger;
          request.addEventListener('success', issue);
          request.addEventListener('error', () => reject(request.error ?? new Error('The database refused a record')));
        } else resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    issue();
  });
}

function checkedAsset(raw: unknown): Asset {
  const checked = validateRecord('assets', raw);
  if (!checked.ok) throw storeError('invalid-record', checked.problems);
  return checked.value;
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('The database refused a request'));
  });
}

function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The import batch was not written', 'AbortError'));
  });
}

function abortQuietly(tx: IDBTransaction): void {
  try {
    tx.abort();
  } catch {
    // Already finished: its own error is what the caller reports.
  }
}

function isRecordWithId(value: unknown): value is { id: string } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

export interface ImportSessionOptions {
  /** Shows the records once the import is committed (on the page); without it they are not kept. */
  publish?: (written: readonly Asset[], label: string) => Promise<void>;
  /**
   * Records put per task. The page keeps the default so that it can draw between slices; the
   * import worker puts a whole batch at once and converts the next one while the database stores it.
   */
  slice?: number;
}

/**
 * A large import written in batches. Each batch is one strict transaction (all of it or none);
 * `commit` adds one undo entry for the whole import and only then shows the records; `rollback`
 * (Cancel, or a batch that failed) deletes what earlier batches added and restores what they
 * replaced, so the workspace is exactly as before.
 */
export class ImportSession {
  private readonly addedIds: string[] = [];
  private readonly previous: Asset[] = [];
  private readonly written: Asset[] = [];
  /** Ids any batch has written, so a later batch that writes one again is not taken for new. */
  private readonly touched = new Set<string>();
  private finished = false;
  /** The batch being written, so that `abort` can stop it at once. */
  private writing: IDBTransaction | null = null;

  constructor(
    private readonly connection: Connection,
    readonly label: string,
    private readonly options: ImportSessionOptions = {},
  ) {}

  /** Stops the batch being written, if any: its write fails and nothing of it is kept. */
  abort(): void {
    if (this.writing) abortQuietly(this.writing);
  }

  /**
   * Validates and writes one batch; on any failure nothing of this batch is written.
   * `validatedByWorker`: the assets come from the import worker, which parsed each one with
   * AssetSchema just before sending it (structured cloning cannot change a plain record). Parsing
   * 100,000 of them again here was a fifth of the main thread's work in the import.
   */
  async write(batch: { added: readonly Asset[]; updated: readonly Asset[] }, options: { validatedByWorker?: boolean } = {}): Promise<Result<void, StoreError>> {
    if (this.finished) throw new Error('This import has already been committed or rolled back');
    const records: Asset[] = [];
    try {
      const before = await this.connection.run(async (db) => {
        // The bare IndexedDB requests, not idb's promise per request: for 100,000 records those
        // promises and listeners cost seconds of main-thread time and as much garbage.
        const tx = unwrap(db).transaction('assets', 'readwrite', { durability: 'strict' });
        this.writing = tx;
        const finished = transactionDone(tx);
        const store = tx.objectStore('assets');
        try {
          // Only updates can replace a stored record; new ids were just made, so need no read.
          const replaced = await Promise.all(batch.updated.map((a) => requestResult(store.get(a.id))));
          await putInSlices(store, [...batch.added, ...batch.updated], records, options.validatedByWorker === true, this.options.slice ?? PAGE_SLICE);
          await finished;
          return replaced;
        } catch (error) {
          if (!tx.error) abortQuietly(tx);
          await finished.catch(() => undefined);
          throw error;
        } finally {
          this.writing = null;
        }
      });
      // A record a batch before this one already wrote is not this import's to restore or remove:
      // what rollback must restore is what was there before the import began.
      for (const old of before) {
        if (!isRecordWithId(old) || this.touched.has(old.id)) continue;
        const parsed = validateRecord('assets', old);
        if (parsed.ok) this.previous.push(parsed.value);
      }
      const updatedIds = new Set(before.filter((r): r is { id: string } => isRecordWithId(r)).map((r) => r.id));
      for (const r of records) {
        if (!updatedIds.has(r.id) && !this.touched.has(r.id)) this.addedIds.push(r.id);
        this.touched.add(r.id);
        if (this.options.publish) this.written.push(r);
      }
      return ok(undefined);
    } catch (error) {
      return err(toStoreError(error));
    }
  }

  /** Records the whole import as one undoable step and shows it. */
  async commit(): Promise<Result<void, StoreError>> {
    this.finished = true;
    if (this.touched.size === 0) return ok(undefined);
    try {
      await this.connection.run((db) =>
        appendToLog(db, {
          label: this.label,
          forward: null,
          inverse: { label: this.label, assets: { put: this.previous, remove: this.addedIds } },
        }),
      );
      await this.options.publish?.(this.written, this.label);
      return ok(undefined);
    } catch (error) {
      const failure = toStoreError(error);
      await this.rollback();
      return err(failure);
    }
  }

  /** Puts everything back as it was before the import. */
  async rollback(): Promise<Result<void, StoreError>> {
    this.finished = true;
    if (this.addedIds.length === 0 && this.previous.length === 0) return ok(undefined);
    try {
      await this.connection.run(async (db) => {
        const tx = db.transaction('assets', 'readwrite', { durability: 'strict' });
        await Promise.all([...this.addedIds.map((id) => tx.store.delete(id)), ...this.previous.map((r) => tx.store.put(r as unknown as { id: string } & Record<string, unknown>)), tx.done]);
      });
      return ok(undefined);
    } catch (error) {
      return err(toStoreError(error));
    }
  }
}

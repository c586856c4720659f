import { unwrap } from 'idb';
import type { Asset } from '../model/asset';
import { journalKeys } from '../model/import-journal';
import { err, messagesOf, ok, type Result } from '../lib/result';
import { newId } from '../lib/id';
import type { Connection } from './connection';
import { appendToLog } from './change-log';
import { validateRecord } from './records';
import { storeError, toStoreError, type StoreError } from './errors';

function checkedAsset(raw: unknown): Asset {
  const checked = validateRecord('assets', raw);
  if (!checked.ok) throw storeError('invalid-record', messagesOf(checked.error));
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

/** What the journal says about the file being imported. */
export interface ImportFile {
  fileName: string;
  /** Rows or features in the file. */
  total: number;
}

/**
 * A large import written in batches (by the import worker, on its own connection). Each batch is
 * validated with the store's schema and written in one strict transaction (all of it or none),
 * together with its journal entry (model/import-journal), so an import cut short is found on the
 * next start. `commit` adds one undo entry for the whole import and deletes the journal; `rollback`
 * (Cancel, or a batch that failed) deletes what earlier batches added, restores what they replaced
 * and deletes the journal, so the workspace is exactly as before.
 */
export class ImportSession {
  readonly importId = newId();
  private readonly addedIds: string[] = [];
  private readonly previous: Asset[] = [];
  /** Ids any batch has written, so a later batch that writes one again is not taken for new. */
  private readonly touched = new Set<string>();
  private batches = 0;
  private finished = false;
  /** The batch being written, so that `abort` can stop it at once. */
  private writing: IDBTransaction | null = null;

  constructor(
    private readonly connection: Connection,
    readonly label: string,
    private readonly file: ImportFile,
  ) {}

  /** Stops the batch being written, if any: its write fails and nothing of it is kept. */
  abort(): void {
    if (this.writing) abortQuietly(this.writing);
  }

  /** Validates and writes one batch and its journal entry; on any failure nothing of this batch is written. */
  async write(batch: { added: readonly Asset[]; updated: readonly Asset[]; done: number }): Promise<Result<void, StoreError>> {
    if (this.finished) throw new Error('This import has already been committed or rolled back');
    const number = ++this.batches;
    try {
      await this.connection.run(async (db) => {
        // The bare IndexedDB requests, not idb's promise per request: for 100,000 records those
        // promises and listeners cost seconds and as much garbage.
        const tx = unwrap(db).transaction(['assets', 'importJournal'], 'readwrite', { durability: 'strict' });
        this.writing = tx;
        const finished = transactionDone(tx);
        const store = tx.objectStore('assets');
        const journal = tx.objectStore('importJournal');
        try {
          const records = [...batch.added, ...batch.updated].map(checkedAsset);
          // Only updates can replace a stored record; new ids were just made, so need no read.
          const replaced = await Promise.all(batch.updated.map((a) => requestResult(store.get(a.id))));
          const entry = this.takeNote(replaced, records);
          if (number === 1) journal.put({ kind: 'import', id: this.importId, label: this.label, fileName: this.file.fileName, total: this.file.total, startedAt: new Date().toISOString() });
          journal.put({ kind: 'batch', id: `${this.importId}#${number}`, importId: this.importId, done: batch.done, ...entry });
          for (const record of records) store.put(record);
          await finished;
        } catch (error) {
          if (!tx.error) abortQuietly(tx);
          await finished.catch(() => undefined);
          throw error;
        } finally {
          this.writing = null;
        }
      });
      return ok(undefined);
    } catch (error) {
      return err(toStoreError(error));
    }
  }

  /**
   * What this batch adds and replaces, noted before its records are put. A record an earlier batch
   * already wrote is not this import's to restore or remove: rollback restores what was there
   * before the import began. (Noted even if the batch then fails: deleting an id that was never
   * written, or restoring a record that was not replaced, changes nothing.)
   */
  private takeNote(replaced: readonly unknown[], records: readonly Asset[]): { addedIds: string[]; previous: Asset[] } {
    const note = { addedIds: [] as string[], previous: [] as Asset[] };
    for (const old of replaced) {
      if (!isRecordWithId(old) || this.touched.has(old.id)) continue;
      const parsed = validateRecord('assets', old);
      if (parsed.ok) note.previous.push(parsed.value);
    }
    const existed = new Set(replaced.filter(isRecordWithId).map((r) => r.id));
    for (const r of records) {
      if (!existed.has(r.id) && !this.touched.has(r.id)) note.addedIds.push(r.id);
      this.touched.add(r.id);
    }
    this.addedIds.push(...note.addedIds);
    this.previous.push(...note.previous);
    return note;
  }

  /** Records the whole import as one undoable step, and deletes its journal, in one transaction. */
  async commit(): Promise<Result<void, StoreError>> {
    this.finished = true;
    if (this.batches === 0) return ok(undefined);
    try {
      await this.connection.run((db) => appendToLog(db, { label: this.label, forward: null, inverse: { label: this.label, assets: { put: this.previous, remove: this.addedIds } } }, this.importId));
      return ok(undefined);
    } catch (error) {
      const failure = toStoreError(error);
      await this.rollback();
      return err(failure);
    }
  }

  /** Puts everything back as it was before the import, and deletes its journal. */
  async rollback(): Promise<Result<void, StoreError>> {
    this.finished = true;
    if (this.batches === 0) return ok(undefined);
    try {
      await this.connection.run(async (db) => {
        const tx = db.transaction(['assets', 'importJournal'], 'readwrite', { durability: 'strict' });
        const [from, to] = journalKeys(this.importId);
        await Promise.all([
          ...this.addedIds.map((id) => tx.objectStore('assets').delete(id)),
          ...this.previous.map((r) => tx.objectStore('assets').put(r as unknown as { id: string } & Record<string, unknown>)),
          tx.objectStore('importJournal').delete(IDBKeyRange.bound(from, to)),
          tx.done,
        ]);
      });
      return ok(undefined);
    } catch (error) {
      return err(toStoreError(error));
    }
  }
}

import type { Asset } from '../model/asset';
import { err, ok, type Result } from '../lib/result';
import type { Connection } from './connection';
import { appendToLog } from './change-log';
import { validateRecord } from './records';
import { storeError, toStoreError, type StoreError } from './errors';

/**
 * A large import written in batches. Each batch is one strict transaction (all of it or none);
 * `commit` adds one undo entry for the whole import and only then shows the records; `rollback`
 * (Cancel, or a batch that failed) deletes what earlier batches added and restores what they
 * replaced, so the workspace is exactly as before.
 */
/** Records validated and put per event while a batch is written. */
const SLICE = 250;

export class ImportSession {
  private readonly addedIds: string[] = [];
  private readonly previous: Asset[] = [];
  private readonly written: Asset[] = [];
  private finished = false;

  constructor(
    private readonly connection: Connection,
    readonly label: string,
    private readonly publish: (written: readonly Asset[], label: string) => Promise<void>,
  ) {}

  get count(): number {
    return this.written.length;
  }

  /** Validates and writes one batch; on any failure nothing of this batch is written. */
  async write(batch: { added: readonly Asset[]; updated: readonly Asset[] }): Promise<Result<void, StoreError>> {
    if (this.finished) throw new Error('This import has already been committed or rolled back');
    const records: Asset[] = [];
    try {
      const before = await this.connection.run(async (db) => {
        const tx = db.transaction('assets', 'readwrite', { durability: 'strict' });
        const done = tx.done;
        // Only updates can replace a stored record; new ids were just made, so need no read.
        const replaced = await Promise.all(batch.updated.map((a) => tx.store.get(a.id)));
        // Validate and put a slice at a time: the next slice is queued from the last request's
        // success event, which keeps the transaction alive while the page gets to draw in between.
        const all = [...batch.added, ...batch.updated];
        for (let i = 0; i < all.length; i += SLICE) {
          const slice: Asset[] = [];
          for (const raw of all.slice(i, i + SLICE)) {
            const checked = validateRecord('assets', raw);
            if (!checked.ok) {
              tx.abort();
              await done.catch(() => undefined);
              throw storeError('invalid-record', checked.problems);
            }
            slice.push(checked.value);
          }
          await Promise.all(slice.map((r) => tx.store.put(r as unknown as { id: string } & Record<string, unknown>)));
          records.push(...slice);
        }
        await done;
        return replaced;
      });
      for (const old of before) {
        if (!old) continue;
        const parsed = validateRecord('assets', old);
        if (parsed.ok) this.previous.push(parsed.value);
      }
      const updatedIds = new Set(before.filter((r) => r !== undefined).map((r) => r.id));
      for (const r of records) if (!updatedIds.has(r.id)) this.addedIds.push(r.id);
      this.written.push(...records);
      return ok(undefined);
    } catch (error) {
      return err(toStoreError(error));
    }
  }

  /** Records the whole import as one undoable step and shows it. */
  async commit(): Promise<Result<void, StoreError>> {
    this.finished = true;
    if (this.written.length === 0) return ok(undefined);
    try {
      await this.connection.run((db) =>
        appendToLog(db, {
          label: this.label,
          forward: null,
          inverse: { label: this.label, assets: { put: this.previous, remove: this.addedIds } },
        }),
      );
      await this.publish(this.written, this.label);
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

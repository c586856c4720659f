import type { Asset } from '../model/asset';
import { Connection, workspaceDatabase } from '../store/connection';
import type { StoreError } from '../store/errors';
import { ImportSession, type ImportFile } from '../store/import-session';
import type { ImportBatch, ImportTally } from './import-job';
import type { FromImportWorker } from './import-protocol';
import { fill, msg } from '../lib/i18n/msg';

/** Assets per message to the app: it unpacks a few hundred per task rather than a whole batch. */
const PART = 500;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

type Stage = 'writing' | 'written' | 'committing' | 'over';

/**
 * Writes one import from the import worker, on the worker's own connection to the app's database.
 * Why here and not on the page: putting a record clones it on the thread that calls `put`, and
 * 100,000 requests left the page with seconds of work and long garbage collections while the
 * import ran (`npm run bench -- import` prints the longest pause). The page now only receives the stored assets, to show them.
 *
 * Each batch is one strict transaction; the next batch is converted while the database stores the
 * one before. `cancel` stops the batch being written and rolls back; `commit` logs the whole import
 * as one undo step. Every way out leaves either the whole import or nothing of it.
 */
export class ImportWriter {
  private readonly connection: Connection;
  private readonly session: ImportSession;
  private stage: Stage = 'writing';
  private cancelRequested = false;

  constructor(
    database: string,
    label: string,
    file: ImportFile,
    private readonly batches: Generator<ImportBatch, ImportTally>,
    private readonly send: (message: FromImportWorker) => void,
  ) {
    this.connection = new Connection(workspaceDatabase(database));
    this.session = new ImportSession(this.connection, label, file);
  }

  /** Converts and writes every batch, then says `written` and waits for `commit` or `cancel`. */
  async run(): Promise<void> {
    let writing: Promise<unknown> | null = null;
    try {
      let next = this.batches.next();
      while (!next.done) {
        if (this.cancelRequested) return await this.rollBack();
        const batch = next.value;
        const thisBatch = this.session.write(batch);
        writing = thisBatch;
        // Once the write has queued its puts, convert the next batch while the database stores them.
        await nextTask();
        const following = this.cancelRequested ? next : this.batches.next();
        const written = await thisBatch;
        if (this.cancelRequested) return await this.rollBack();
        if (!written.ok) return await this.rollBack(failure(written.error));
        this.sendAssets(batch.added, batch.updated);
        this.send({ type: 'progress', done: batch.done, total: batch.total });
        next = following;
      }
      this.stage = 'written';
      this.send({ type: 'written', tally: next.value });
    } catch (error) {
      // Converting a batch failed: stop the one being written, so that rollback sees all of it.
      this.session.abort();
      await writing;
      await this.rollBack(fill(msg('Nothing was imported: {problem}'), { problem: error instanceof Error ? error.message : String(error) }));
    }
  }

  /** Logs the import as one undo step (a failed log rolls the import back). */
  async commit(): Promise<void> {
    if (this.stage !== 'written') return this.send({ type: 'failed', reason: msg('The import was not ready to be saved.') });
    this.stage = 'committing';
    const committed = await this.session.commit();
    this.stage = 'over';
    await this.connection.close();
    this.send(committed.ok ? { type: 'committed' } : { type: 'failed', reason: failure(committed.error) });
  }

  /** Stops the import and puts back what it wrote; answered by `cancelled` once that is done. */
  async cancel(): Promise<void> {
    if (this.stage === 'writing') {
      this.cancelRequested = true;
      this.session.abort();
    } else if (this.stage === 'written') await this.rollBack();
    else if (this.stage === 'over') this.send({ type: 'cancelled' });
    // While committing, the `committed` or `failed` message that follows is the answer.
  }

  /** Puts back what the run wrote; then says `cancelled`, or `failed` with the reason given. */
  private async rollBack(reason?: string): Promise<void> {
    this.stage = 'over';
    const undone = await this.session.rollback();
    await this.connection.close();
    if (!undone.ok) this.send({ type: 'failed', reason: fill(msg('The import stopped, but what it had written could not all be removed: {problem}'), { problem: undone.error.message }) });
    else this.send(reason === undefined ? { type: 'cancelled' } : { type: 'failed', reason });
  }

  private sendAssets(added: readonly Asset[], updated: readonly Asset[]): void {
    for (let i = 0; i < added.length; i += PART) this.send({ type: 'part', added: added.slice(i, i + PART), updated: [] });
    for (let i = 0; i < updated.length; i += PART) this.send({ type: 'part', added: [], updated: updated.slice(i, i + PART) });
  }
}

function failure(error: StoreError): string {
  return fill(msg('Nothing was imported: {problem}'), { problem: `${error.message} ${error.details.slice(0, 3).join('; ')}`.trim() });
}

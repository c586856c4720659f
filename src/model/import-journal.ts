import { z } from 'zod/mini';
import { AssetSchema, type Asset } from './asset';
import { IdSchema, TimestampSchema } from './common';

/**
 * The journal of an import being written in batches. Each batch's transaction also writes what it
 * added and what it replaced, so an import cut short (the tab closed, a crash, a flat battery)
 * leaves a journal that says exactly what to keep or remove on the next start. Committing or
 * rolling back the import deletes its journal in the same transaction.
 */
export const ImportJournalHeaderSchema = z.object({
  kind: z.literal('import'),
  id: IdSchema,
  label: z.string(),
  fileName: z.string(),
  /** Rows or features in the file. */
  total: z.int().check(z.gte(0)),
  startedAt: TimestampSchema,
});

export const ImportJournalBatchSchema = z.object({
  kind: z.literal('batch'),
  /** `${importId}#${batch number}`: sorts after its import's header, and with its siblings. */
  id: z.string().check(z.regex(/^[0-9a-f-]{36}#\d+$/)),
  importId: IdSchema,
  /** Rows of the file read once this batch was written. */
  done: z.int().check(z.gte(0)),
  addedIds: z.array(IdSchema),
  /** Stored records this batch replaced, as they were before the import. */
  previous: z.array(AssetSchema),
});

export const ImportJournalEntrySchema = z.discriminatedUnion('kind', [ImportJournalHeaderSchema, ImportJournalBatchSchema]);
export type ImportJournalEntry = z.output<typeof ImportJournalEntrySchema>;
export type ImportJournalHeader = z.output<typeof ImportJournalHeaderSchema>;

/** An import found cut short: what it wrote, and how to take it back. */
export interface InterruptedImport {
  importId: string;
  label: string;
  fileName: string;
  total: number;
  /** Rows read when the last batch was stored. */
  done: number;
  addedIds: string[];
  previous: Asset[];
}

/** Pieces together the interrupted imports from journal entries; batches without a header are ignored. */
export function interruptedImports(entries: readonly ImportJournalEntry[]): InterruptedImport[] {
  const found = new Map<string, InterruptedImport>();
  for (const entry of entries) {
    if (entry.kind === 'import') found.set(entry.id, { importId: entry.id, label: entry.label, fileName: entry.fileName, total: entry.total, done: 0, addedIds: [], previous: [] });
  }
  for (const entry of entries) {
    if (entry.kind !== 'batch') continue;
    const job = found.get(entry.importId);
    if (!job) continue;
    job.done = Math.max(job.done, entry.done);
    job.addedIds.push(...entry.addedIds);
    job.previous.push(...entry.previous);
  }
  return [...found.values()];
}

/** The key range of one import's journal: its header and every batch. */
export const journalKeys = (importId: string): [string, string] => [importId, `${importId}#\uffff`];

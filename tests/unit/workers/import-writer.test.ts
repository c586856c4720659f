import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../src/store/workspace';
import { createAtlasState } from '../../../src/store/state';
import { AssetSchema, type Asset } from '../../../src/model/asset';
import { ImportWriter } from '../../../src/workers/import-writer';
import type { ImportBatch, ImportTally } from '../../../src/workers/import-job';
import type { FromImportWorker } from '../../../src/workers/import-protocol';
import { makeAsset } from '../factories';

let counter = 0;
const asset = (overrides = {}): Asset => AssetSchema.parse(makeAsset(overrides));
const TALLY: ImportTally = { unchanged: 1, problems: [{ line: 9, reason: 'No location' }], notes: [] };

async function openWorkspace(name = `import-writer-${Date.now()}-${counter++}`) {
  const state = createAtlasState();
  const workspace = new Workspace(state, name, () => undefined);
  await workspace.load();
  return { workspace, state, name };
}

/** What another tab would see: the stored names, and the label of the step it could undo. */
async function stored(name: string): Promise<{ names: string[]; undo: string | null }> {
  const other = await openWorkspace(name);
  const result = { names: other.state.assets.value.map((a) => a.name).sort(), undo: other.state.undoLabel.value };
  await other.workspace.connection.close();
  return result;
}

/** Batches as the import job yields them: `count` new assets per batch, then the tally. */
function* batchesOf(sizes: readonly number[], fail?: (index: number) => ImportBatch['added'] | Error | undefined): Generator<ImportBatch, ImportTally> {
  const total = sizes.reduce((a, b) => a + b, 0);
  let done = 0;
  for (const [index, size] of sizes.entries()) {
    const special = fail?.(index);
    if (special instanceof Error) throw special;
    done += size;
    yield { added: special ?? Array.from({ length: size }, (_, i) => asset({ name: `Batch ${index} asset ${i}` })), updated: [], done, total };
  }
  return TALLY;
}

/** Runs a writer to its first answer that ends or pauses the import, calling `during` on each message. */
function collect(during: (m: FromImportWorker, writer: ImportWriter) => void = () => undefined) {
  const messages: FromImportWorker[] = [];
  let writer: ImportWriter | null = null;
  const send = (m: FromImportWorker) => {
    messages.push(m);
    if (writer) during(m, writer);
  };
  return {
    messages,
    start(database: string, batches: Generator<ImportBatch, ImportTally>) {
      writer = new ImportWriter(database, 'Import "big.csv"', { fileName: 'big.csv', total: 1000 }, batches, send);
      return writer;
    },
  };
}

const kinds = (messages: readonly FromImportWorker[]) => messages.map((m) => m.type);

describe('the import writer (the import worker writing batches into the database)', () => {
  it('writes every batch, sends the stored assets and progress, and commits the import as one undo step', async () => {
    const { workspace, name } = await openWorkspace();
    await workspace.apply({ label: 'Add', assets: { put: [asset({ name: 'Kept' })] } });
    const run = collect();
    const writer = run.start(name, batchesOf([600, 600, 2]));
    await writer.run();
    // 600 assets go as parts of at most 500, after their batch is stored.
    expect(kinds(run.messages)).toEqual(['part', 'part', 'progress', 'part', 'part', 'progress', 'part', 'progress', 'written']);
    expect(run.messages.filter((m) => m.type === 'progress').map((m) => (m.type === 'progress' ? m.done : 0))).toEqual([600, 1200, 1202]);
    expect(run.messages.flatMap((m) => (m.type === 'part' ? m.added : []))).toHaveLength(1202);
    expect(run.messages.at(-1)).toEqual({ type: 'written', tally: TALLY });
    // Written but not yet committed: stored, with no undo step of its own.
    expect(await stored(name)).toMatchObject({ undo: 'Add' });
    expect((await stored(name)).names).toHaveLength(1203);

    await writer.commit();
    expect(run.messages.at(-1)).toEqual({ type: 'committed' });
    expect(await stored(name)).toMatchObject({ undo: 'Import "big.csv"' });
    // The page shows what it was sent; undo takes the whole import away again.
    await workspace.showImported(
      run.messages.flatMap((m) => (m.type === 'part' ? m.added : [])),
      'Import "big.csv"',
    );
    expect(workspace.state.assets.value).toHaveLength(1203);
    await workspace.undo();
    expect(workspace.state.assets.value.map((a) => a.name)).toEqual(['Kept']);
    expect((await stored(name)).names).toEqual(['Kept']);
  });

  it('cancelled while writing, stops at once and leaves the database as it was', async () => {
    const { workspace, name } = await openWorkspace();
    await workspace.apply({ label: 'Add', assets: { put: [asset({ name: 'Kept' })] } });
    const run = collect((m, writer) => {
      if (m.type === 'progress' && m.done === 100) void writer.cancel();
    });
    await run.start(name, batchesOf([100, 100, 100, 100])).run();
    expect(kinds(run.messages).at(-1)).toBe('cancelled');
    expect(run.messages.filter((m) => m.type === 'progress').length).toBeLessThanOrEqual(2);
    expect(await stored(name)).toEqual({ names: ['Kept'], undo: 'Add' });
  });

  it('cancelled after every batch is written, puts all of them back', async () => {
    const { name } = await openWorkspace();
    const run = collect();
    const writer = run.start(name, batchesOf([50, 50]));
    await writer.run();
    expect((await stored(name)).names).toHaveLength(100);
    await writer.cancel();
    expect(kinds(run.messages).at(-1)).toBe('cancelled');
    expect(await stored(name)).toEqual({ names: [], undo: null });
  });

  it('a batch with a record the store schema refuses fails the import with the reason and removes the batches before it', async () => {
    const { name } = await openWorkspace();
    const run = collect();
    const unstorable = [{ ...asset({ name: 'Cannot be stored' }), extra: () => 1 } as unknown as Asset];
    await run
      .start(
        name,
        batchesOf([20, 1], (index) => (index === 1 ? unstorable : undefined)),
      )
      .run();
    const last = run.messages.at(-1);
    expect(last?.type).toBe('failed');
    expect(last?.type === 'failed' && last.reason).toMatch(/^Nothing was imported: A record was refused because it is not valid\. asset .Cannot be stored./);
    expect(await stored(name)).toEqual({ names: [], undo: null });
  });

  it('a batch that cannot be converted fails the import and removes what was written', async () => {
    const { name } = await openWorkspace();
    const run = collect();
    await run
      .start(
        name,
        batchesOf([30, 30, 30], (index) => (index === 2 ? new Error('Row 61 broke the converter') : undefined)),
      )
      .run();
    expect(run.messages.at(-1)).toEqual({ type: 'failed', reason: 'Nothing was imported: Row 61 broke the converter' });
    expect(await stored(name)).toEqual({ names: [], undo: null });
  });
});

import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../src/store/workspace';
import { createAtlasState } from '../../../src/store/state';
import { ImportSession } from '../../../src/store/import-session';
import { AssetSchema, type Asset } from '../../../src/model/asset';
import { makeAsset } from '../factories';

let counter = 0;
const asset = (overrides = {}): Asset => AssetSchema.parse(makeAsset(overrides));
const FILE = { fileName: 'big.csv', total: 60_000 };

async function openWorkspace(name = `import-session-${Date.now()}-${counter++}`) {
  const state = createAtlasState();
  const workspace = new Workspace(state, name, () => undefined);
  await workspace.load();
  return { workspace, state, name };
}

async function storedNames(name: string): Promise<string[]> {
  const other = await openWorkspace(name);
  const names = other.state.assets.value.map((a) => a.name).sort();
  await other.workspace.connection.close();
  return names;
}

const journalSize = (workspace: Workspace) => workspace.connection.run((db) => db.count('importJournal'));

describe('batched import sessions', () => {
  it('writes batches with their journal, and commits the whole import as one undo step without it', async () => {
    const { workspace, state, name } = await openWorkspace();
    const kept = asset({ name: 'Kept' });
    const changed = asset({ name: 'Before' });
    await workspace.apply({ label: 'Add', assets: { put: [kept, changed] } });
    const session = new ImportSession(workspace.connection, 'Import "big.csv"', FILE);
    const batch1 = [asset({ name: 'New 1' }), asset({ name: 'New 2' })];
    const batch2 = [asset({ name: 'New 3' }), { ...changed, name: 'After' }];
    expect((await session.write({ added: batch1, updated: [], done: 2 })).ok).toBe(true);
    expect((await session.write({ added: [batch2[0]!], updated: [batch2[1]!], done: 4 })).ok).toBe(true);
    expect(await journalSize(workspace)).toBe(3); // the import's header and one entry per batch
    expect((await session.commit()).ok).toBe(true);
    expect(await journalSize(workspace)).toBe(0);
    await workspace.showImported([...batch1, ...batch2], 'Import "big.csv"');
    expect(state.assets.value.map((a) => a.name).sort()).toEqual(['After', 'Kept', 'New 1', 'New 2', 'New 3']);
    expect(state.undoLabel.value).toBe('Import "big.csv"');
    expect(await storedNames(name)).toEqual(['After', 'Kept', 'New 1', 'New 2', 'New 3']);

    await workspace.undo();
    expect(state.assets.value.map((a) => a.name).sort()).toEqual(['Before', 'Kept']);
    await workspace.redo();
    expect(state.assets.value.map((a) => a.name).sort()).toEqual(['After', 'Kept', 'New 1', 'New 2', 'New 3']);
  });

  it('rolls back every batch on cancel, leaving the workspace (and the journal) exactly as it was', async () => {
    const { workspace, state, name } = await openWorkspace();
    const changed = asset({ name: 'Before' });
    await workspace.apply({ label: 'Add', assets: { put: [changed] } });
    const session = new ImportSession(workspace.connection, 'Import', FILE);
    await session.write({ added: [asset({ name: 'New 1' })], updated: [{ ...changed, name: 'After' }], done: 2 });
    await session.write({ added: [asset({ name: 'New 2' })], updated: [], done: 3 });
    expect(await storedNames(name)).toEqual(['After', 'New 1', 'New 2']);
    expect((await session.rollback()).ok).toBe(true);
    expect(await storedNames(name)).toEqual(['Before']);
    expect(await journalSize(workspace)).toBe(0);
    expect(state.assets.value.map((a) => a.name)).toEqual(['Before']);
    expect(state.undoLabel.value).toBe('Add');
  });

  it('refuses a batch with an invalid record and writes none of that batch, nor its journal entry', async () => {
    const { workspace, name } = await openWorkspace();
    const session = new ImportSession(workspace.connection, 'Import', FILE);
    const bad = { ...asset({ name: 'Bad' }), geometry: { type: 'Point', coordinates: [500, 0] } } as unknown as Asset;
    const result = await session.write({ added: [asset({ name: 'Good' }), bad], updated: [], done: 2 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details.join()).toContain('Longitude 500 is outside -180 to 180');
    expect(await storedNames(name)).toEqual([]);
    expect(await journalSize(workspace)).toBe(0);
  });

  it('writes overlapping batches in order and, rolled back, restores what was there before the import', async () => {
    const { workspace, state, name } = await openWorkspace();
    const changed = asset({ name: 'Before' });
    await workspace.apply({ label: 'Add', assets: { put: [changed] } });
    const session = new ImportSession(workspace.connection, 'Import', FILE);
    const fresh = asset({ name: 'New' });
    // Started together, as the import does: the second transaction queues behind the first.
    const first = session.write({ added: [fresh], updated: [{ ...changed, name: 'Middle' }], done: 1 });
    const second = session.write({
      added: [],
      updated: [
        { ...changed, name: 'After' },
        { ...fresh, name: 'New, renamed' },
      ],
      done: 2,
    });
    expect((await first).ok && (await second).ok).toBe(true);
    expect(await storedNames(name)).toEqual(['After', 'New, renamed']);
    expect((await session.rollback()).ok).toBe(true);
    expect(await storedNames(name)).toEqual(['Before']);
    expect(state.assets.value.map((a) => a.name)).toEqual(['Before']);
  });
});

describe('an import cut short (tab closed, crash, flat battery)', () => {
  /** Two batches written, one replacing a stored record, and then nothing: the page went away. */
  async function cutShort() {
    const { workspace, name } = await openWorkspace();
    const changed = asset({ name: 'Before' });
    await workspace.apply({ label: 'Add', assets: { put: [changed] } });
    const session = new ImportSession(workspace.connection, 'Import \u201cbig.csv\u201d', FILE);
    await session.write({ added: Array.from({ length: 5 }, (_, i) => asset({ name: `New ${i}` })), updated: [], done: 5_000 });
    await session.write({ added: [asset({ name: 'New 5' })], updated: [{ ...changed, name: 'After' }], done: 10_000 });
    await workspace.connection.close();
    return openWorkspace(name);
  }

  it('is found on the next start, with what it saved of how much', async () => {
    const { state } = await cutShort();
    const cut = state.interruptedImport.value;
    expect(cut).toMatchObject({ label: 'Import \u201cbig.csv\u201d', fileName: 'big.csv', total: 60_000, done: 10_000 });
    expect(cut?.addedIds).toHaveLength(6);
    expect(cut?.previous.map((a) => a.name)).toEqual(['Before']);
    expect(state.assets.value).toHaveLength(7); // shown, so the coordinator can see what it is
  });

  it('"Keep them" logs what it saved as one undoable step', async () => {
    const { workspace, state, name } = await cutShort();
    expect((await workspace.settleInterruptedImport('keep')).ok).toBe(true);
    expect(state.interruptedImport.value).toBeNull();
    expect(state.undoLabel.value).toBe('Import \u201cbig.csv\u201d (interrupted, 10,000 of 60,000 rows)');
    expect(await journalSize(workspace)).toBe(0);
    await workspace.undo();
    expect(state.assets.value.map((a) => a.name)).toEqual(['Before']);
    expect(await storedNames(name)).toEqual(['Before']);
  });

  it('"Remove them" takes out what it added and restores what it replaced, as one undoable step', async () => {
    const { workspace, state, name } = await cutShort();
    expect((await workspace.settleInterruptedImport('remove')).ok).toBe(true);
    expect(state.assets.value.map((a) => a.name)).toEqual(['Before']);
    expect(await storedNames(name)).toEqual(['Before']);
    expect(await journalSize(workspace)).toBe(0);
    expect(state.undoLabel.value).toBe('Remove what the interrupted import of \u201cbig.csv\u201d saved');
    await workspace.undo();
    expect(state.assets.value).toHaveLength(7);
    const again = await openWorkspace(name);
    expect(again.state.interruptedImport.value).toBeNull(); // settled for good
  });
});

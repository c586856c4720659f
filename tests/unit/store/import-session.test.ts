import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../src/store/workspace';
import { createAtlasState } from '../../../src/store/state';
import { AssetSchema, type Asset } from '../../../src/model/asset';
import { makeAsset } from '../factories';

let counter = 0;
const asset = (overrides = {}): Asset => AssetSchema.parse(makeAsset(overrides));

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

describe('batched import sessions', () => {
  it('writes batches, shows them only on commit, and undoes the whole import as one step', async () => {
    const { workspace, state, name } = await openWorkspace();
    const kept = asset({ name: 'Kept' });
    const changed = asset({ name: 'Before' });
    await workspace.apply({ label: 'Add', assets: { put: [kept, changed] } });
    const session = workspace.beginImport('Import "big.csv"');
    expect((await session.write({ added: [asset({ name: 'New 1' }), asset({ name: 'New 2' })], updated: [] })).ok).toBe(true);
    expect((await session.write({ added: [asset({ name: 'New 3' })], updated: [{ ...changed, name: 'After' }] })).ok).toBe(true);
    expect(state.assets.value.map((a) => a.name).sort()).toEqual(['Before', 'Kept']); // not shown until commit
    expect((await session.commit()).ok).toBe(true);
    expect(state.assets.value.map((a) => a.name).sort()).toEqual(['After', 'Kept', 'New 1', 'New 2', 'New 3']);
    expect(state.undoLabel.value).toBe('Import "big.csv"');
    expect(await storedNames(name)).toEqual(['After', 'Kept', 'New 1', 'New 2', 'New 3']);

    await workspace.undo();
    expect(state.assets.value.map((a) => a.name).sort()).toEqual(['Before', 'Kept']);
    await workspace.redo();
    expect(state.assets.value.map((a) => a.name).sort()).toEqual(['After', 'Kept', 'New 1', 'New 2', 'New 3']);
  });

  it('rolls back every batch on cancel, leaving the workspace exactly as it was', async () => {
    const { workspace, state, name } = await openWorkspace();
    const changed = asset({ name: 'Before' });
    await workspace.apply({ label: 'Add', assets: { put: [changed] } });
    const session = workspace.beginImport('Import');
    await session.write({ added: [asset({ name: 'New 1' })], updated: [{ ...changed, name: 'After' }] });
    await session.write({ added: [asset({ name: 'New 2' })], updated: [] });
    expect(await storedNames(name)).toEqual(['After', 'New 1', 'New 2']);
    expect((await session.rollback()).ok).toBe(true);
    expect(await storedNames(name)).toEqual(['Before']);
    expect(state.assets.value.map((a) => a.name)).toEqual(['Before']);
    expect(state.undoLabel.value).toBe('Add');
  });

  it('refuses a batch with an invalid record and writes none of that batch', async () => {
    const { workspace, name } = await openWorkspace();
    const session = workspace.beginImport('Import');
    const bad = { ...asset({ name: 'Bad' }), geometry: { type: 'Point', coordinates: [500, 0] } } as unknown as Asset;
    const result = await session.write({ added: [asset({ name: 'Good' }), bad], updated: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details.join()).toContain('Longitude 500 is outside -180 to 180');
    expect(await storedNames(name)).toEqual([]);
  });
});

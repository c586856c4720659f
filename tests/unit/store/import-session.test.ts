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

  it('writes overlapping batches in order and, rolled back, restores what was there before the import', async () => {
    const { workspace, state, name } = await openWorkspace();
    const changed = asset({ name: 'Before' });
    await workspace.apply({ label: 'Add', assets: { put: [changed] } });
    const session = workspace.beginImport('Import');
    const fresh = asset({ name: 'New' });
    // Started together, as the import does: the second transaction queues behind the first.
    const first = session.write({ added: [fresh], updated: [{ ...changed, name: 'Middle' }] });
    const second = session.write({ added: [], updated: [{ ...changed, name: 'After' }, { ...fresh, name: 'New, renamed' }] });
    expect((await first).ok && (await second).ok).toBe(true);
    expect(await storedNames(name)).toEqual(['After', 'New, renamed']);
    expect((await session.rollback()).ok).toBe(true);
    expect(await storedNames(name)).toEqual(['Before']);
    expect(state.assets.value.map((a) => a.name)).toEqual(['Before']);
  });

  it('refuses a failing batch queued behind a good one, and rollback removes the good one too', async () => {
    const { workspace, name } = await openWorkspace();
    const session = workspace.beginImport('Import');
    const cyclic = asset({ name: 'Cannot be stored' }) as Asset & { extra: Record<string, unknown> };
    const first = session.write({ added: [asset({ name: 'Good' })], updated: [] });
    const second = session.write({ added: [asset({ name: 'Also good' }), { ...cyclic, extra: { f: () => 1 } } as unknown as Asset], updated: [] });
    expect((await first).ok).toBe(true);
    expect((await second).ok).toBe(false);
    expect(await storedNames(name)).toEqual(['Good']);
    await session.rollback();
    expect(await storedNames(name)).toEqual([]);
  });
});

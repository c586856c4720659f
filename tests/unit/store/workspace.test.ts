import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { Workspace } from '../../../src/store/workspace';
import { createAtlasState } from '../../../src/store/state';
import { UNDO_DEPTH } from '../../../src/store/change-log';
import { DB_VERSION } from '../../../src/store/schema';
import { AssetSchema, type Asset } from '../../../src/model/asset';
import { NeighbourhoodSchema } from '../../../src/model/neighbourhood';
import { PhotoSchema } from '../../../src/model/photo';
import { makeAsset, makeNeighbourhood } from '../factories';
import { createOldDatabase, oldRecords, SHIPPED_VERSIONS } from '../../fixtures/old-databases';

let dbCounter = 0;
const freshName = () => `atlas-test-${Date.now()}-${dbCounter++}`;
const asset = (overrides = {}): Asset => AssetSchema.parse(makeAsset(overrides));

async function openWorkspace(name = freshName(), persist?: () => Promise<boolean>) {
  const state = createAtlasState();
  const workspace = new Workspace(state, name, () => (persist ? { persist } : undefined));
  const loaded = await workspace.load();
  expect(loaded.ok).toBe(true);
  return { workspace, state, name };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Workspace.apply', () => {
  it('writes, shows the change in state, and keeps it across a reopen', async () => {
    const { workspace, state, name } = await openWorkspace();
    const park = asset();
    const result = await workspace.apply({ label: 'Add asset', assets: { put: [park] } });
    expect(result.ok).toBe(true);
    expect(state.assets.value.map((a) => a.name)).toEqual(['Gorse Hill Park']);
    await workspace.connection.close();

    const reopened = await openWorkspace(name);
    expect(reopened.state.assets.value).toEqual([park]);
    expect(reopened.state.undoLabel.value).toBe('Add asset');
  });

  it('refuses an invalid record, says why, and writes nothing of the change', async () => {
    const { workspace, state } = await openWorkspace();
    const good = asset({ name: 'Good' });
    const result = await workspace.apply({ label: 'Import', assets: { put: [good, { ...good, id: crypto.randomUUID(), name: '' }] } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-record');
    expect(result.error.details).toEqual([expect.stringContaining('Name: Give the asset a name')]);
    expect(state.assets.value).toEqual([]);
    expect(await workspace.connection.run((db) => db.count('assets'))).toBe(0);
  });

  it('replaces edited records where they stand, drops removed ones and adds new ones at the end', async () => {
    const { workspace, state } = await openWorkspace();
    const [a, b, c] = [asset({ name: 'A' }), asset({ name: 'B' }), asset({ name: 'C' })];
    await workspace.apply({ label: 'Add', assets: { put: [a, b, c] } });
    const d = asset({ name: 'D' });
    await workspace.apply({ label: 'Mixed', assets: { put: [d, { ...b, name: 'B2' }], remove: [a.id] } });
    expect(state.assets.value.map((x) => x.name)).toEqual(['B2', 'C', 'D']);
    expect(state.undoLabel.value).toBe('Mixed');
    expect(state.redoLabel.value).toBeNull();
  });

  it('refuses a change that puts the same record twice, and writes nothing', async () => {
    const { workspace, state } = await openWorkspace();
    const park = asset();
    const result = await workspace.apply({ label: 'Twice', assets: { put: [park, { ...park, name: 'Other name' }] } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.details).toEqual([`${park.id} is put twice in one change`]);
    expect(state.assets.value).toEqual([]);
    expect(await workspace.connection.run((db) => db.count('assets'))).toBe(0);
  });

  it('asks for persistent storage once, after the first real save, and remembers the answer', async () => {
    const persist = vi.fn(async () => true);
    const { workspace, state } = await openWorkspace(freshName(), persist);
    expect(persist).not.toHaveBeenCalled();
    await workspace.apply({ label: 'Add asset', assets: { put: [asset()] } });
    await workspace.apply({ label: 'Add asset', assets: { put: [asset()] } });
    expect(persist).toHaveBeenCalledTimes(1);
    expect(state.settings.value.persistentStorage).toBe('granted');
  });
});

describe('undo and redo', () => {
  it('undoes and redoes puts, edits and removals across kinds', async () => {
    const { workspace, state } = await openWorkspace();
    const park = asset();
    const area = NeighbourhoodSchema.parse(makeNeighbourhood());
    await workspace.apply({ label: 'Add park', assets: { put: [park] }, neighbourhoods: { put: [area] } });
    await workspace.apply({ label: 'Rename park', assets: { put: [{ ...park, name: 'Renamed Park' }] } });
    await workspace.apply({ label: 'Delete park', assets: { remove: [park.id] } });
    expect(state.assets.value).toEqual([]);

    await workspace.undo();
    expect(state.assets.value.map((a) => a.name)).toEqual(['Renamed Park']);
    await workspace.undo();
    expect(state.assets.value.map((a) => a.name)).toEqual(['Gorse Hill Park']);
    await workspace.undo();
    expect(state.assets.value).toEqual([]);
    expect(state.neighbourhoods.value).toEqual([]);
    expect(state.undoLabel.value).toBeNull();
    expect(state.redoLabel.value).toBe('Add park');

    await workspace.redo();
    await workspace.redo();
    expect(state.assets.value.map((a) => a.name)).toEqual(['Renamed Park']);
    expect(state.neighbourhoods.value).toHaveLength(1);
    expect(state.redoLabel.value).toBe('Delete park');
  });

  it('deletes an asset with its photos in one step, and undo brings the image back', async () => {
    const { workspace, state } = await openWorkspace();
    const park = asset();
    const photo = PhotoSchema.parse({
      id: crypto.randomUUID(),
      assetId: park.id,
      mimeType: 'image/jpeg',
      width: 4,
      height: 3,
      createdAt: park.createdAt,
      blob: new Blob(['jpeg bytes'], { type: 'image/jpeg' }),
    });
    await workspace.apply({ label: 'Add park', assets: { put: [{ ...park, photos: [photo.id] }] }, photos: { put: [photo] } });
    await workspace.apply({ label: 'Delete park', assets: { remove: [park.id] }, photos: { remove: [photo.id] } });
    expect(state.photos.value).toEqual([]);
    expect(await workspace.connection.run((db) => db.count('photos'))).toBe(0);
    await workspace.undo();
    const [back] = state.photos.value;
    expect(back?.id).toBe(photo.id);
    expect(await back?.blob.text()).toBe('jpeg bytes');
  });

  it('drops the redo steps when a new change is made', async () => {
    const { workspace, state } = await openWorkspace();
    await workspace.apply({ label: 'First', assets: { put: [asset()] } });
    await workspace.undo();
    expect(state.redoLabel.value).toBe('First');
    await workspace.apply({ label: 'Second', assets: { put: [asset()] } });
    expect(state.redoLabel.value).toBeNull();
    expect(state.undoLabel.value).toBe('Second');
  });

  it('stops selecting an asset that goes, by delete or by undoing its add, and counts each move of the history', async () => {
    const { workspace, state } = await openWorkspace();
    const hall = asset({ name: 'Hall' });
    const steps = state.undoStep.value;
    await workspace.apply({ label: 'Add \u201cHall\u201d', assets: { put: [hall] } });
    state.selectedAssetId.value = hall.id;
    await workspace.apply({ label: 'Add another', assets: { put: [asset()] } });
    expect(state.selectedAssetId.value).toBe(hall.id);
    await workspace.undo(); // the other one goes; Hall stays selected
    expect(state.selectedAssetId.value).toBe(hall.id);
    await workspace.undo(); // Hall's add undone
    expect(state.selectedAssetId.value).toBeNull();
    expect(state.undoStep.value).toBe(steps + 4);
  });

  it('survives a reload: undo after reopening restores the record on disk', async () => {
    const { workspace, name } = await openWorkspace();
    const park = asset();
    await workspace.apply({ label: 'Add park', assets: { put: [park] } });
    await workspace.apply({ label: 'Delete park', assets: { remove: [park.id] } });
    await workspace.connection.close();
    const reopened = await openWorkspace(name);
    await reopened.workspace.undo();
    expect(reopened.state.assets.value).toEqual([park]);
  });

  it(`keeps at most ${UNDO_DEPTH} steps`, async () => {
    const { workspace } = await openWorkspace();
    for (let i = 0; i < UNDO_DEPTH + 5; i++) await workspace.apply({ label: `Step ${i}`, assets: { put: [asset()] } });
    expect(await workspace.connection.run((db) => db.count('changes'))).toBe(UNDO_DEPTH);
  });
});

describe('failures keep what the user has', () => {
  it('reports a full disk and leaves state and disk as they were', async () => {
    const { workspace, state } = await openWorkspace();
    const first = asset({ name: 'Kept' });
    await workspace.apply({ label: 'Add', assets: { put: [first] } });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await workspace.apply({ label: 'Add', assets: { put: [asset({ name: 'Lost' })] } });
    expect(!result.ok && result.error.code).toBe('quota-exceeded');
    expect(state.lastError.value?.message).toMatch(/out of storage space, so nothing was saved/);
    vi.restoreAllMocks();
    expect(state.assets.value.map((a) => a.name)).toEqual(['Kept']);
    expect(await workspace.connection.run((db) => db.count('assets'))).toBe(1);
  });

  it('reopens a dropped connection and retries once', async () => {
    const { workspace, state } = await openWorkspace();
    (await workspace.connection.get()).close(); // the browser drops it behind our back
    const result = await workspace.apply({ label: 'Add', assets: { put: [asset()] } });
    expect(result.ok).toBe(true);
    expect(state.assets.value).toHaveLength(1);
  });

  it('says the connection is lost when the retry fails too, and changes nothing', async () => {
    const { workspace, state } = await openWorkspace();
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(() => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    const result = await workspace.apply({ label: 'Add', assets: { put: [asset()] } });
    expect(!result.ok && result.error.code).toBe('connection-lost');
    expect(state.assets.value).toEqual([]);
  });

  it('steps aside when another tab opens a newer version', async () => {
    const { state, name } = await openWorkspace();
    const newer = await openDB(name, DB_VERSION + 1);
    expect(state.status.value.kind).toBe('outdated');
    newer.close();
  });

  it('reports that another tab blocks the upgrade', async () => {
    const name = freshName();
    await createOldDatabase(3, name);
    const old = await openDB(name, 3);
    const state = createAtlasState();
    const loading = new Workspace(state, name).load();
    await vi.waitFor(() => expect(state.status.value.kind).toBe('blocked'));
    old.close();
    expect((await loading).ok).toBe(true);
    expect(state.status.value.kind).toBe('ready');
  });
});

/** Every object store of the current version, in name order. */
const CURRENT_STORES = ['actionGroups', 'actions', 'analyses', 'assets', 'changes', 'importJournal', 'investments', 'meetings', 'neighbourhoods', 'overlays', 'photos', 'settings', 'walkPhotos'];

describe('migrations', () => {
  it.each(SHIPPED_VERSIONS)('upgrades the database version %i wrote: every record, photo and undo step kept', async (version) => {
    const name = freshName();
    await createOldDatabase(version, name);
    const { state, workspace } = await openWorkspace(name);
    expect(state.unreadable.value).toEqual([]);
    expect(state.assets.value.map((a) => a.id).sort()).toEqual(
      oldRecords(version, 'assets')
        .map((a) => a.id)
        .sort(),
    );
    expect(state.assets.value.find((a) => a.name === 'Longford Park')?.photos).toHaveLength(1);
    expect(state.assets.value.find((a) => a.category === 'individuals')?.person?.consent.status).toBe('given');
    expect(state.neighbourhoods.value.map((n) => n.code)).toEqual(['E05000829']);
    const [photo] = state.photos.value;
    expect(photo?.blob.size).toBeGreaterThan(0);
    expect(state.settings.value.lastBackupAt).toBe('2026-11-23T10:00:00.000Z');
    // The old version's last step was undone: it is still there to redo, and the step before to undo.
    expect(state.redoLabel.value).toBe('Add \u201cCorner Caf\u00e9\u201d');
    expect(state.undoLabel.value).toBe(version >= 5 ? 'Start \u201cStretford action group\u201d' : 'Add \u201cAmrita S.\u201d');
    // From version 5, a neighbourhood's action group and its plan come through whole.
    expect(state.actionGroups.value.map((g) => g.members.length)).toEqual(oldRecords(version, 'actionGroups').map(() => 1));
    expect(state.meetings.value).toHaveLength(oldRecords(version, 'meetings').length);
    expect(state.actions.value.map((a) => [a.title, a.buildsOn.length, a.progress.length])).toEqual(oldRecords(version, 'actions').map(() => ['Picnic in Longford Park', 2, 1]));
    expect((await workspace.redo()).ok).toBe(true);
    expect(state.assets.value.map((a) => a.name)).toContain('Corner Caf\u00e9');
    const db = await workspace.connection.get();
    expect([...db.objectStoreNames].sort()).toEqual(CURRENT_STORES);
    expect(db.version).toBe(DB_VERSION);
  });

  it('reports a corrupt record left in an old database and keeps it on disk for a person to repair', async () => {
    const name = freshName();
    await createOldDatabase(2, name);
    const old = await openDB(name, 2);
    const badId = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
    await old.put('assets', { id: badId, category: 'physical', geometry: null, createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z' });
    old.close();
    const { state, workspace } = await openWorkspace(name);
    expect(state.unreadable.value).toEqual([expect.stringContaining(`asset with id ${badId}: Name: Give the asset a name`)]);
    expect(await workspace.connection.run((db) => db.count('assets'))).toBe(oldRecords(2, 'assets').length + 1);
  });

  it('opens a large workspace slice by slice, keeping every valid record and naming each bad one', async () => {
    const { workspace, name } = await openWorkspace();
    const good = Array.from({ length: 4_500 }, (_, i) => asset({ name: `Asset ${i}` }));
    expect((await workspace.apply({ label: 'Import', assets: { put: good } })).ok).toBe(true);
    await workspace.connection.close();
    // Two bad records, in different slices of the read (2,000 records each).
    const badIds = ['0a000000-0000-4000-8000-000000000001', 'ffffffff-0000-4000-8000-000000000002'];
    const db = await openDB(name);
    for (const id of badIds) await db.put('assets', { id, category: 'physical', geometry: null, createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z' });
    db.close();
    const reopened = await openWorkspace(name);
    expect(reopened.state.assets.value).toHaveLength(4_500);
    expect(reopened.state.unreadable.value).toEqual(badIds.map((id) => expect.stringContaining(`asset with id ${id}: Name: Give the asset a name`)));
  });

  it('creates every store of the current version in a new database', async () => {
    const { workspace } = await openWorkspace();
    const db = await workspace.connection.get();
    expect([...db.objectStoreNames].sort()).toEqual(CURRENT_STORES);
    expect([...db.transaction('assets').store.indexNames].sort()).toEqual(['category', 'updatedAt']);
  });
});

describe('forgetting a person', () => {
  const personRecord = (overrides = {}) =>
    asset({
      name: 'Amrita Secretname',
      category: 'individuals',
      type: 'cook',
      geometry: null,
      description: 'Cooks for forty',
      person: { consent: { status: 'given', date: '2026-01-05', purpose: 'Events' }, exactLocation: false },
      ...overrides,
    });
  const logText = async (workspace: Workspace) => JSON.stringify(await workspace.connection.run((db) => db.getAll('changes')), (_k, v: unknown) => (v instanceof Blob ? `[blob ${v.size}]` : v));

  it('anonymising removes every earlier version from the undo history and cannot be undone', async () => {
    const { workspace, state, name } = await openWorkspace();
    const amrita = personRecord();
    const photo = PhotoSchema.parse({ id: crypto.randomUUID(), assetId: amrita.id, mimeType: 'image/png', width: 1, height: 1, createdAt: '2026-11-22T10:00:00.000Z', blob: new Blob(['img']) });
    await workspace.apply({ label: 'Add Amrita', assets: { put: [{ ...amrita, photos: [photo.id] }] }, photos: { put: [photo] } });
    await workspace.apply({ label: 'Edit Amrita', assets: { put: [{ ...amrita, description: 'Cooks for fifty', photos: [photo.id] }] } });
    const park = asset();
    await workspace.apply({ label: 'Add park', assets: { put: [park] } });
    expect(await logText(workspace)).toContain('Amrita Secretname');

    const anonymous = {
      ...amrita,
      name: 'Anonymous resident (cook)',
      description: '',
      photos: [],
      person: { consent: { status: 'withdrawn' as const }, exactLocation: false, gifts: [], cares: [], shares: [] },
    };
    expect((await workspace.forget({ label: 'Anonymise', assets: { put: [anonymous] }, photos: { remove: [photo.id] } }, [amrita.id])).ok).toBe(true);
    const log = await logText(workspace);
    expect(log).not.toContain('Amrita Secretname');
    expect(log).not.toContain('Cooks for f');
    expect(log).not.toContain('[blob');
    expect(state.undoLabel.value).toBe('Add park'); // the anonymising step itself is not in the log
    expect(state.photos.value).toEqual([]);

    // Undoing everything that is left never brings the person back.
    await workspace.undo();
    await workspace.undo();
    await workspace.undo();
    expect(state.assets.value.map((a) => a.name)).not.toContain('Amrita Secretname');
    await workspace.connection.close();
    const reopened = await openWorkspace(name);
    expect(JSON.stringify(reopened.state.assets.value)).not.toContain('Amrita Secretname');
  });

  it('deleting a person removes them from the history; other records keep their undo', async () => {
    const { workspace, state } = await openWorkspace();
    const amrita = personRecord();
    const park = asset();
    await workspace.apply({ label: 'Add both', assets: { put: [amrita, park] } });
    await workspace.apply({ label: 'Edit park', assets: { put: [{ ...park, name: 'Gorse Hill Rec' }] } });
    await workspace.forget({ label: 'Delete Amrita', assets: { remove: [amrita.id] } }, [amrita.id]);
    expect(await logText(workspace)).not.toContain('Amrita Secretname');
    await workspace.undo(); // Edit park
    expect(state.assets.value.map((a) => a.name)).toEqual(['Gorse Hill Park']);
    await workspace.redo();
    expect(state.assets.value.map((a) => a.name)).toEqual(['Gorse Hill Rec']);
  });

  it('"Clear undo history" empties the log and keeps the records', async () => {
    const { workspace, state } = await openWorkspace();
    await workspace.apply({ label: 'Add', assets: { put: [personRecord()] } });
    expect((await workspace.clearHistory()).ok).toBe(true);
    expect(await logText(workspace)).toBe('[]');
    expect(state.undoLabel.value).toBeNull();
    expect(state.assets.value).toHaveLength(1);
  });
});

describe('Workspace and team sharing', () => {
  it('tells listeners of local writes only; a change from the team is written but neither undoable nor told', async () => {
    const { workspace, state, name } = await openWorkspace();
    const told: string[] = [];
    workspace.onLocalWrite((write) => told.push('change' in write ? write.change.label : 'settings'));
    const mine = asset({ name: 'Mine' });
    const theirs = asset({ name: 'Theirs' });
    expect((await workspace.apply({ label: 'Add “Mine”', assets: { put: [mine] } })).ok).toBe(true);
    expect((await workspace.applyFromTeam({ label: 'Changes from the team', assets: { put: [theirs] } })).ok).toBe(true);
    expect(state.assets.value.map((a) => a.name)).toEqual(['Mine', 'Theirs']);
    expect(told).toEqual(['Add “Mine”']);
    expect(state.undoLabel.value).toBe('Add “Mine”');
    await workspace.undo();
    expect(told).toEqual(['Add “Mine”', 'Add “Mine”']);
    expect(state.assets.value.map((a) => a.name)).toEqual(['Theirs']);
    // A change from the team is validated like any other: a bad record writes nothing.
    const bad = await workspace.applyFromTeam({ label: 'Changes from the team', assets: { put: [{ ...theirs, name: '' }] } });
    expect(bad.ok).toBe(false);
    const reopened = await openWorkspace(name);
    expect(reopened.state.assets.value.map((a) => a.name)).toEqual(['Theirs']);
  });
});

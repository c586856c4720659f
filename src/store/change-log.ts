import { messagesOf } from '../lib/result';
import type { IDBPDatabase, IDBPObjectStore, IDBPTransaction } from 'idb';
import { journalKeys } from '../model/import-journal';
import { z } from 'zod/mini';
import { RECORD_KINDS, type Change, type KindChange, type RecordKind, type RecordKinds } from '../model/change';
import { validateRecord } from './records';
import { storeError } from './errors';
import type { AtlasDB, ChangeLogRow } from './schema';
import { fill, msg } from '../lib/i18n/msg';

/** How many steps of undo are kept on the device. */
export const UNDO_DEPTH = 100;

const RawChangeSchema = z.catchall(z.object({ label: z.string() }), z.object({ put: z.optional(z.array(z.unknown())), remove: z.optional(z.array(z.string())) }));

/** Checks every record of a change against its schema; throws an 'invalid-record' StoreError listing why. */
export function validateChange(raw: unknown): Change {
  const shape = RawChangeSchema.safeParse(raw);
  if (!shape.success) throw storeError('invalid-record', [msg('The change is not shaped as a change')]);
  const change: Change = { label: shape.data.label };
  const problems: string[] = [];
  for (const kind of RECORD_KINDS) {
    const part = shape.data[kind];
    if (!part) continue;
    const put: RecordKinds[typeof kind][] = [];
    const ids = new Set<string>();
    for (const record of part.put ?? []) {
      const checked = validateRecord(kind, record);
      if (!checked.ok) problems.push(...messagesOf(checked.error));
      else if (ids.has(checked.value.id)) problems.push(fill(msg('{id} is put twice in one change'), { id: checked.value.id }));
      else {
        ids.add(checked.value.id);
        put.push(checked.value);
      }
    }
    (change as Record<RecordKind, KindChange<unknown>>)[kind] = { put, remove: part.remove ?? [] };
  }
  if (problems.length > 0) throw storeError('invalid-record', problems);
  return change;
}

type WriteStores = RecordKind | 'changes' | 'importJournal';

/** Deletes one import's journal (its header and batches) within a transaction that includes it. */
async function settleJournal(tx: IDBPTransaction<AtlasDB, WriteStores[], 'readwrite'>, importId: string): Promise<void> {
  const [from, to] = journalKeys(importId);
  await tx.objectStore('importJournal').delete(IDBKeyRange.bound(from, to));
}

/**
 * People whose personal data is being removed: each asset id maps to the record that replaces it
 * everywhere in the undo history (the anonymised one), or to null when it is deleted outright.
 */
export type ForgetPeople = ReadonlyMap<string, { id: string } | null>;

/** What the write does to the undo log, in the same transaction as the records. */
type LogAction =
  | { kind: 'append' }
  /** A change received from the team: written, not logged (undo is per device). */
  | { kind: 'none' }
  | { kind: 'mark'; row: ChangeLogRow & { seq: number }; undone: 0 | 1 }
  /** Not logged (it cannot be undone), and the people's earlier records are scrubbed from the log. */
  | { kind: 'forget'; people: ForgetPeople };

/**
 * Writes a change in one strict-durability transaction and returns its inverse (the records as they
 * were before). The log action happens in that same transaction, so undo can never half-happen.
 */
export async function writeChange(db: IDBPDatabase<AtlasDB>, change: Change, log: LogAction, settleImport?: string): Promise<Change> {
  const kinds = RECORD_KINDS.filter((kind) => change[kind]);
  const stores: WriteStores[] = [...kinds, 'changes', ...(settleImport ? (['importJournal'] as const) : [])];
  const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
  const inverse: Change = { label: change.label };
  const work = (async () => {
    for (const kind of kinds) {
      const part = change[kind] as KindChange<{ id: string }>;
      const store = tx.objectStore(kind);
      const putIds = (part.put ?? []).map((r) => r.id);
      const removeIds = part.remove ?? [];
      const before = await Promise.all([...putIds, ...removeIds].map((id) => store.get(id)));
      const restore = before.filter((r): r is NonNullable<typeof r> => r !== undefined);
      const existed = new Set(restore.map((r) => r.id));
      (inverse as Record<RecordKind, KindChange<unknown>>)[kind] = {
        put: restore,
        remove: putIds.filter((id) => !existed.has(id)),
      };
      await Promise.all([...(part.put ?? []).map((record) => store.put(record as { id: string } & Record<string, unknown>)), ...removeIds.map((id) => store.delete(id))]);
    }
    const changes = tx.objectStore('changes');
    if (log.kind === 'none') return;
    if (log.kind === 'forget') await scrubPeople(changes, log.people);
    else if (log.kind === 'append') {
      await dropRedoTail(changes);
      await changes.add({ at: new Date().toISOString(), label: change.label, forward: change, inverse, undone: 0 });
      await pruneOldest(changes);
    } else {
      // A batched import is logged without its forward records (they would double its cost): what
      // this undo removes is exactly that forward, so it is captured now, for redo.
      const forward = log.row.forward === null && log.undone === 1 ? inverse : log.row.forward;
      await changes.put({ ...log.row, forward, undone: log.undone });
    }
    if (settleImport) await settleJournal(tx, settleImport);
  })();
  await Promise.all([work, tx.done]);
  return inverse;
}

type ChangesStore = IDBPObjectStore<AtlasDB, WriteStores[], 'changes', 'readwrite'>;

/**
 * Adds one entry to the undo log on its own, for a change whose records were written in batches
 * (a large import): the redo tail is dropped and the oldest entries pruned, as for any change.
 * `forward: null` means "capture it when this entry is undone" (see writeChange). The import's
 * journal is deleted in the same transaction, so it is either logged or still found on restart.
 */
export async function appendToLog(db: IDBPDatabase<AtlasDB>, entry: { label: string; forward: Change | null; inverse: Change }, settleImport: string): Promise<void> {
  const tx = db.transaction(['changes', 'importJournal'], 'readwrite', { durability: 'strict' });
  const changes = tx.objectStore('changes') as unknown as ChangesStore;
  await Promise.all([
    (async () => {
      await dropRedoTail(changes);
      await changes.add({ at: new Date().toISOString(), ...entry, undone: 0 });
      await pruneOldest(changes);
      await settleJournal(tx as unknown as IDBPTransaction<AtlasDB, WriteStores[], 'readwrite'>, settleImport);
    })(),
    tx.done,
  ]);
}

/** Rewrites every log entry so that no step can bring back what these people's records held. */
async function scrubPeople(changes: ChangesStore, people: ForgetPeople): Promise<void> {
  let cursor = await changes.openCursor();
  while (cursor) {
    const row = cursor.value;
    const forward = scrubChange(row.forward, people);
    const inverse = scrubChange(row.inverse, people);
    if (forward !== row.forward || inverse !== row.inverse) await cursor.update({ ...row, forward, inverse });
    cursor = await cursor.continue();
  }
}

type RawPart = { put?: unknown[]; remove?: string[] };
const idOf = (record: unknown) => (record as { id?: unknown } | null)?.id;
const assetIdOf = (record: unknown) => (record as { assetId?: unknown } | null)?.assetId;

/** A raw logged change with the people's records replaced (or dropped) and their photos dropped; the same object when untouched. */
function scrubChange(raw: unknown, people: ForgetPeople): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const change = raw as Record<string, RawPart | string>;
  const assets = change.assets as RawPart | undefined;
  const photos = change.photos as RawPart | undefined;
  const touchesAsset = (r: unknown) => people.has(String(idOf(r)));
  const touchesPhoto = (r: unknown) => people.has(String(assetIdOf(r)));
  const assetHit = assets?.put?.some(touchesAsset) ?? false;
  const photoHit = photos?.put?.some(touchesPhoto) ?? false;
  if (!assetHit && !photoHit) return raw;
  const next: Record<string, RawPart | string> = { ...change };
  if (assets?.put && assetHit) {
    next.assets = {
      ...assets,
      put: assets.put.flatMap((r) => {
        if (!touchesAsset(r)) return [r];
        const replacement = people.get(String(idOf(r)));
        return replacement ? [replacement] : [];
      }),
    };
  }
  if (photos?.put && photoHit) next.photos = { ...photos, put: photos.put.filter((r) => !touchesPhoto(r)) };
  return next;
}

/** Empties the undo log: no step before now can be undone or redone. */
export async function clearLog(db: IDBPDatabase<AtlasDB>): Promise<void> {
  const tx = db.transaction('changes', 'readwrite', { durability: 'strict' });
  await Promise.all([tx.store.clear(), tx.done]);
}

async function dropRedoTail(changes: ChangesStore): Promise<void> {
  let cursor = await changes.openCursor(null, 'prev');
  while (cursor && cursor.value.undone === 1) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
}

async function pruneOldest(changes: ChangesStore): Promise<void> {
  let excess = (await changes.count()) - UNDO_DEPTH;
  let cursor = excess > 0 ? await changes.openCursor() : null;
  while (cursor && excess > 0) {
    await cursor.delete();
    excess -= 1;
    cursor = await cursor.continue();
  }
}

/** The newest step that can be undone, and the oldest that can be redone. */
export async function undoRedoHeads(db: IDBPDatabase<AtlasDB>): Promise<{ undo?: ChangeLogRow; redo?: ChangeLogRow }> {
  const tx = db.transaction('changes', 'readonly');
  let undo: ChangeLogRow | undefined;
  let redo: ChangeLogRow | undefined;
  let cursor = await tx.store.openCursor(null, 'prev');
  while (cursor) {
    if (cursor.value.undone === 1) redo = cursor.value;
    else {
      undo = cursor.value;
      break;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return { ...(undo ? { undo } : {}), ...(redo ? { redo } : {}) };
}

/** Moves one step along the log: applies the entry's inverse (undo) or forward (redo) and marks it. */
export async function step(db: IDBPDatabase<AtlasDB>, row: ChangeLogRow, direction: 'undo' | 'redo'): Promise<Change> {
  const change = validateChange(direction === 'undo' ? row.inverse : row.forward);
  const seq = row.seq;
  if (seq === undefined) throw new Error('A change-log row read from the store always has a seq');
  await writeChange(db, change, { kind: 'mark', row: { ...row, seq }, undone: direction === 'undo' ? 1 : 0 });
  return change;
}

import { batch, type Signal } from '@preact/signals';
import { RECORD_KINDS, type Change, type KindChange, type RecordKind, type RecordKinds } from '../model/change';
import { SettingsSchema, type Settings } from '../model/settings';
import { err, messagesOf, ok, type Result } from '../lib/result';
import { Connection, workspaceDatabase } from './connection';
import { readAll, validateRecord } from './records';
import type { Asset } from '../model/asset';
import type { Analysis } from '../model/coverage';
import { appendToLog, clearLog, step, undoRedoHeads, validateChange, writeChange, type ForgetPeople } from './change-log';
import { ImportJournalEntrySchema, interruptedImports } from '../model/import-journal';
import { StoreError, storeError, toStoreError } from './errors';
import { SETTINGS_KEY } from './schema';
import { recordsOf, type AtlasState } from './state';
import type { WorkspaceData } from '../io/backup';
import { CHANGE_LABELS, changeLabel } from '../model/change-labels';

type StorageManagerLike = { persist?: () => Promise<boolean> };

/** A write made on this device (not one received from the team): what team sharing sends on. */
export type LocalWrite = { change: Change } | { settings: Partial<Settings> };

/**
 * The store's face to the rest of the app: load, the single mutation entry point `apply`, undo and
 * redo, and settings. Every write is validated first and lands in one transaction; the signals in
 * `state` change only after the write has been committed.
 */
export class Workspace {
  readonly connection: Connection;
  private readonly localWriteListeners = new Set<(write: LocalWrite) => void>();

  constructor(
    readonly state: AtlasState,
    dbName?: string,
    private readonly storage: () => StorageManagerLike | undefined = () => globalThis.navigator?.storage,
  ) {
    this.connection = new Connection(workspaceDatabase(dbName), {
      onBlocked: () => {
        state.status.value = { kind: 'blocked', message: storeError('blocked').message };
      },
      onVersionChange: () => {
        state.status.value = { kind: 'outdated', message: storeError('version-changed').message };
      },
    });
  }

  /** Calls `listener` after each committed write made on this device; returns how to stop. */
  onLocalWrite(listener: (write: LocalWrite) => void): () => void {
    this.localWriteListeners.add(listener);
    return () => this.localWriteListeners.delete(listener);
  }

  private tell(write: LocalWrite): void {
    for (const listener of this.localWriteListeners) listener(write);
  }

  /**
   * Applies a change received from the team: validated and written in one transaction like any
   * other, but not logged for undo (Undo takes back my changes, not a teammate's) and not told to
   * the local-write listeners (it came from the team, so it is not sent back).
   */
  async applyFromTeam(raw: Change): Promise<Result<void, StoreError>> {
    return this.guard(async () => {
      const change = validateChange(raw);
      await this.connection.run((db) => writeChange(db, change, { kind: 'none' }));
      this.applyToState(change);
    });
  }

  /** Settings the team changed: stored, not sent back. */
  async settingsFromTeam(patch: Partial<Settings>): Promise<Result<void, StoreError>> {
    return this.writeSettings(patch);
  }

  /** Reads everything into the state. Unreadable records are listed in `state.unreadable`. */
  async load(): Promise<Result<void, StoreError>> {
    try {
      const [records, settings, journal] = await this.connection.run(async (db) =>
        Promise.all([Promise.all(RECORD_KINDS.map((kind) => readAll(db, kind))), db.get('settings', SETTINGS_KEY), db.getAll('importJournal')]),
      );
      const journalEntries = journal.flatMap((raw) => {
        const entry = ImportJournalEntrySchema.safeParse(raw);
        return entry.success ? [entry.data] : [];
      });
      const parsedSettings = SettingsSchema.safeParse(settings ?? {});
      batch(() => {
        RECORD_KINDS.forEach((kind, at) => {
          const read = records[at];
          if (read) this.setRecords(kind, read.records as RecordKinds[typeof kind][]);
        });
        this.state.settings.value = parsedSettings.success ? parsedSettings.data : SettingsSchema.parse({});
        this.state.unreadable.value = records.flatMap((read) => read.problems);
        this.state.interruptedImport.value = interruptedImports(journalEntries)[0] ?? null;
        this.state.status.value = { kind: 'ready' };
      });
      await this.refreshUndoRedo();
      return ok(undefined);
    } catch (error) {
      const failure = toStoreError(error);
      this.state.status.value = { kind: 'failed', message: failure.message };
      return err(failure);
    }
  }

  /** The one mutation entry point: validates, writes in one transaction, logs for undo, updates state. */
  async apply(raw: Change): Promise<Result<void, StoreError>> {
    return this.guard(async () => {
      const change = validateChange(raw);
      await this.connection.run((db) => writeChange(db, change, { kind: 'append' }));
      this.applyToState(change);
      this.showNewestStep(change.label);
      this.tell({ change });
      await this.askForPersistentStorage();
    });
  }

  /**
   * Applies a change that removes people's personal data (anonymise, delete, consent withdrawn)
   * and, in the same transaction, removes it from the undo history: every logged copy of their
   * records becomes the record the change puts (or goes, when the change removes it), and their
   * photos leave the log. The change itself is not logged: it cannot be undone.
   */
  async forget(raw: Change, assetIds: readonly string[]): Promise<Result<void, StoreError>> {
    return this.guard(async () => {
      const change = validateChange(raw);
      const replacements = new Map((change.assets?.put ?? []).map((a) => [a.id, a] as const));
      const people: ForgetPeople = new Map(assetIds.map((id) => [id, replacements.get(id) ?? null] as const));
      await this.connection.run((db) => writeChange(db, change, { kind: 'forget', people }));
      this.applyToState(change);
      this.tell({ change });
      await this.refreshUndoRedo();
    });
  }

  /** Empties the undo history on this device (Settings → "Clear undo history"). */
  async clearHistory(): Promise<Result<void, StoreError>> {
    return this.guard(async () => {
      await this.connection.run(clearLog);
      await this.refreshUndoRedo();
    });
  }

  /**
   * Settles an import that was cut short: "keep" logs what it wrote as one undoable step; "remove"
   * deletes what it added and restores what it replaced, also as one undoable step. Either way its
   * journal goes in the same transaction.
   */
  async settleInterruptedImport(choice: 'keep' | 'remove'): Promise<Result<void, StoreError>> {
    const cut = this.state.interruptedImport.value;
    if (!cut) return ok(undefined);
    return this.guard(async () => {
      const inverse: Change = { label: cut.label, assets: { put: cut.previous, remove: cut.addedIds } };
      if (choice === 'keep') {
        const label = changeLabel(CHANGE_LABELS.interruptedImport, { file: cut.fileName, done: cut.done.toLocaleString('en-GB'), total: cut.total.toLocaleString('en-GB') });
        await this.connection.run((db) => appendToLog(db, { label, forward: null, inverse: { ...inverse, label } }, cut.importId));
        const kept = new Set(cut.addedIds);
        this.tell({ change: { label, assets: { put: this.state.assets.value.filter((a) => kept.has(a.id)) } } });
      } else {
        const change = validateChange({ ...inverse, label: changeLabel(CHANGE_LABELS.removeInterrupted, { file: cut.fileName }) });
        await this.connection.run((db) => writeChange(db, change, { kind: 'append' }, cut.importId));
        this.applyToState(change);
        this.tell({ change });
      }
      this.state.interruptedImport.value = null;
      await this.refreshUndoRedo();
    });
  }

  /** Shows the records of an import the import worker has written and logged for undo as one step. */
  async showImported(written: readonly Asset[], label: string): Promise<void> {
    this.applyToState({ label, assets: { put: written } });
    this.showNewestStep(label);
    this.tell({ change: { label, assets: { put: written } } });
    await this.askForPersistentStorage();
  }

  async undo(): Promise<Result<void, StoreError>> {
    return this.move('undo');
  }

  async redo(): Promise<Result<void, StoreError>> {
    return this.move('redo');
  }

  /**
   * Replaces the whole workspace (a restore) in one strict transaction: all of it or none of it.
   * The undo log is cleared, since its steps describe the data being replaced.
   */
  async replaceAll(data: WorkspaceData): Promise<Result<void, StoreError>> {
    const before = recordsOf(this.state);
    return this.guard(async () => {
      for (const kind of RECORD_KINDS)
        for (const record of data[kind]) {
          const checked = validateRecord(kind, record);
          if (!checked.ok) throw storeError('invalid-record', messagesOf(checked.error));
        }
      const settings = SettingsSchema.parse({ ...this.state.settings.value, ...(data.settings ?? {}), persistentStorage: this.state.settings.value.persistentStorage });
      await this.connection.run(async (db) => {
        const stores = [...RECORD_KINDS, 'changes', 'importJournal', 'settings'] as const;
        const tx = db.transaction([...stores], 'readwrite', { durability: 'strict' });
        await Promise.all([
          ...stores.filter((s) => s !== 'settings').map((s) => tx.objectStore(s).clear()),
          ...RECORD_KINDS.flatMap((kind) => data[kind].map((r) => tx.objectStore(kind).put(r as { id: string } & Record<string, unknown>))),
          tx.objectStore('settings').put({ ...settings, id: SETTINGS_KEY }),
          tx.done,
        ]);
      });
      batch(() => {
        for (const kind of RECORD_KINDS) this.setRecords(kind, data[kind]);
        this.state.settings.value = settings;
        this.state.selectedAssetId.value = null;
        this.state.interruptedImport.value = null;
      });
      this.tell({ change: replacement(before, data) });
      await this.refreshUndoRedo();
    });
  }

  async updateSettings(patch: Partial<Settings>): Promise<Result<void, StoreError>> {
    const written = await this.writeSettings(patch);
    if (written.ok) this.tell({ settings: patch });
    return written;
  }

  private async writeSettings(patch: Partial<Settings>): Promise<Result<void, StoreError>> {
    return this.guard(async () => {
      const next = SettingsSchema.parse({ ...this.state.settings.value, ...patch });
      await this.connection.run((db) => db.put('settings', { ...next, id: SETTINGS_KEY }));
      this.state.settings.value = next;
    });
  }

  private async move(direction: 'undo' | 'redo'): Promise<Result<void, StoreError>> {
    return this.guard(async () => {
      const change = await this.connection.run(async (db) => {
        const heads = await undoRedoHeads(db);
        const row = direction === 'undo' ? heads.undo : heads.redo;
        return row ? step(db, row, direction) : null;
      });
      if (change) {
        this.applyToState(change);
        this.tell({ change });
      }
      await this.refreshUndoRedo();
    });
  }

  private async guard(work: () => Promise<void>): Promise<Result<void, StoreError>> {
    try {
      await work();
      this.state.lastError.value = null;
      return ok(undefined);
    } catch (error) {
      const failure = toStoreError(error);
      this.state.lastError.value = { message: failure.message, details: failure.details };
      return err(failure);
    }
  }

  /** Lands a committed change in the signals; an asset that goes (deleted, or an add undone) is no longer selected. */
  private applyToState(change: Change): void {
    batch(() => {
      for (const kind of RECORD_KINDS) {
        const part = change[kind];
        if (part) mergeInto(this.signalFor(kind), part);
      }
      const selected = this.state.selectedAssetId.value;
      if (selected !== null && change.assets?.remove?.includes(selected)) this.state.selectedAssetId.value = null;
    });
  }

  private signalFor<K extends RecordKind>(kind: K): Signal<readonly RecordKinds[K][]> {
    return this.state[kind] as unknown as Signal<readonly RecordKinds[K][]>;
  }

  /** Sets a kind's whole list; analyses are kept in the order they were run. */
  private setRecords<K extends RecordKind>(kind: K, records: readonly RecordKinds[K][]): void {
    this.signalFor(kind).value = kind === 'analyses' ? (sortByDate(records as readonly Analysis[]) as RecordKinds[K][]) : records;
  }

  /**
   * After a step is appended to the log it is the one to undo, and nothing is left to redo (the
   * append dropped the redo tail), so the labels need no read: reading the log entry of a large
   * import back would copy its 100,000 ids onto the page just for its label.
   */
  private showNewestStep(label: string): void {
    batch(() => {
      this.state.undoLabel.value = label;
      this.state.redoLabel.value = null;
      this.state.undoStep.value += 1;
    });
  }

  private async refreshUndoRedo(): Promise<void> {
    const heads = await this.connection.run(undoRedoHeads);
    batch(() => {
      this.state.undoLabel.value = heads.undo?.label ?? null;
      this.state.redoLabel.value = heads.redo?.label ?? null;
      this.state.undoStep.value += 1;
    });
  }

  /** Asks once, after the first real save, that the browser never evict our data; remembers the answer. */
  private async askForPersistentStorage(): Promise<void> {
    if (this.state.settings.value.persistentStorage) return;
    const storage = this.storage();
    let answer: Settings['persistentStorage'] = 'unsupported';
    if (storage?.persist) answer = (await storage.persist().catch(() => false)) ? 'granted' : 'denied';
    await this.writeSettings({ persistentStorage: answer }); // this device's, not the team's: not told
  }
}

/**
 * Puts and removes records in a signal's list, keeping the order of those already there; new
 * records go at the end. Only the list already shown is indexed, not the records put: an import of
 * 100,000 into a small workspace is then a lookup each and one copy, not a map of them all.
 * A change puts each record at most once (validateChange and the import session see to it).
 */
function mergeInto<T extends { id: string }>(target: Signal<readonly T[]>, part: KindChange<T>): void {
  const puts = part.put ?? [];
  const removed = new Set(part.remove ?? []);
  if (puts.length === 0 && removed.size === 0) return;
  const position = new Map<string, number>();
  const next: T[] = [];
  for (const record of target.value) {
    if (removed.has(record.id)) continue;
    position.set(record.id, next.length);
    next.push(record);
  }
  if (position.size === 0) {
    target.value = [...puts]; // nothing to replace: an import into an empty workspace
    return;
  }
  for (const record of puts) {
    const at = position.get(record.id);
    if (at === undefined) next.push(record);
    else next[at] = record;
  }
  target.value = next;
}

export { StoreError };

/** A restore as one change: every record it holds put, every record it drops removed. */
function replacement(before: { [K in RecordKind]: readonly RecordKinds[K][] }, data: WorkspaceData): Change {
  const change: Change = { label: CHANGE_LABELS.restoreBackup };
  for (const kind of RECORD_KINDS) {
    const kept = new Set(data[kind].map((r) => r.id));
    (change as Record<RecordKind, KindChange<unknown>>)[kind] = { put: data[kind], remove: before[kind].filter((r) => !kept.has(r.id)).map((r) => r.id) };
  }
  return change;
}

/** Analyses in the order they were run, so "the previous run" is the one before. */
function sortByDate(analyses: readonly Analysis[]): Analysis[] {
  return [...analyses].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

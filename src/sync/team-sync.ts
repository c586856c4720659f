import PouchDB from 'pouchdb-browser';
import { z } from 'zod/mini';
import { fingerprint } from '../lib/hash';
import type { Asset } from '../model/asset';
import type { Change, RecordKinds } from '../model/change';
import { recordsOf } from '../store/state';
import { TEAM_SETTING_KEYS, type TeamConfig } from '../model/settings';
import type { LocalWrite, Workspace } from '../store/workspace';
import { readTeamDoc, type Incoming } from './incoming';
import { incomingChange, isEmptyChange } from './incoming-change';
import { teamDatabaseUrl } from './team-account';
import { stableText } from '../lib/stable-text';
import { docIdOf, mayShare, parseDocId, teamRecord, teamSettingsOf, TEAM_KINDS, TEAM_SETTINGS_ID, type Authorship, type TeamKind } from './team-documents';
import type { TeamState } from './team-state';
import { PhotoSync } from './photo-sync';
import { CHANGE_LABELS } from '../model/change-labels';

/** Documents per request and per local write: small enough that no step holds the page for long. */
const BATCH = 250;
/** Incoming documents are applied to the store in batches of at most this many, or after this pause. */
const APPLY_BATCH = 2000;
/**
 * A lone edit is applied this soon after it lands; a stream (a first sync) is gathered for up to
 * APPLY_AT_MOST_MS, because every apply redraws the map and the list over all the assets.
 */
const APPLY_AFTER_MS = 150;
const APPLY_AT_MOST_MS = 1500;
/** Incoming documents are checked this many at a time, with a pause between, so no check holds the page. */
const CHECK_SLICE = 200;

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
};

/**
 * One device's sharing with its team, through CouchDB replication. The device's IndexedDB store
 * stays the store of record; a local PouchDB database mirrors the records the team shares and
 * replicates with the team's database (checkpoints, retries and revision trees are PouchDB's).
 *
 * - Local writes (the workspace's listener) become documents in the mirror.
 * - The mirror's changes feed brings every new winning version; each is checked (incoming.ts) and
 *   the batch reaches the store through `applyFromTeam`, so it is validated and written in one
 *   transaction like any other change, but not undoable here and not sent back.
 * - A document with two current versions is a conflict: listed, both kept, until someone chooses.
 */
export class TeamSync {
  private readonly local: Pouch.Database;
  private readonly remote: Pouch.Database;
  private replications: Pouch.Replication[] = [];
  private feed: Pouch.ChangesFeed | null = null;
  private stopListening: (() => void) | null = null;
  private queue: Pouch.ChangeRow[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest row waiting in the queue arrived. */
  private queueSince: number | null = null;
  /** Writes to the mirror and to the store, one at a time and in order. */
  private chain: Promise<unknown> = Promise.resolve();
  private waiting: Set<string>;
  /** How many documents the team's database holds, read when a pull starts: "Syncing 1,200 of 20,000". */
  private teamTotal = 0;
  private stopped = false;
  private readonly keys: { seq: string; waiting: string; synced: string };
  /** Photos, on their own replication; null when this tablet has "Sync photos" off. */
  private readonly photos: PhotoSync | null;

  constructor(
    private readonly workspace: Workspace,
    private readonly config: TeamConfig,
    private readonly state: TeamState,
    private readonly storage: Storage = localStorage,
  ) {
    const name = `atlas-team-${config.database}-${fingerprint([config.server])}`;
    this.local = new PouchDB(name, { auto_compaction: true });
    this.remote = new PouchDB(teamDatabaseUrl(config.server, config.database), { skip_setup: true });
    this.keys = { seq: `${name}:seq`, waiting: `${name}:waiting`, synced: `${name}:synced` };
    this.waiting = new Set(this.readIds(this.keys.waiting));
    this.photos = config.syncPhotos ? new PhotoSync(workspace, config, state, name, storage) : null;
  }

  /**
   * Starts sharing. With `addMine`, the team's records come first (one pull), then every record on
   * this device is written over them, so records both hold become new versions, not conflicts.
   */
  async start(options: { addMine?: boolean } = {}): Promise<void> {
    this.stopped = false;
    this.state.status.value = { kind: 'starting' };
    this.stopListening = this.workspace.onLocalWrite((write) => void this.enqueue(() => this.write(write)));
    this.listen();
    if (options.addMine) {
      await this.pullOnce();
      await this.enqueue(() => this.write({ change: this.everything() }));
      await this.enqueue(() => this.writeSettings());
      await this.photos?.writeAll();
    }
    this.replicate();
    this.photos?.start();
  }

  /** Stops replication and listening; the mirror stays for the next start. */
  stop(): void {
    this.stopped = true;
    this.cancelReplication();
    this.photos?.stop();
    this.feed?.cancel();
    this.stopListening?.();
    this.feed = null;
    if (this.flushTimer) clearTimeout(this.flushTimer);
  }

  /** Stops, and removes the mirror and what this device remembered about the team. */
  async forget(): Promise<void> {
    this.stop();
    await this.chain.catch(() => undefined);
    await this.local.destroy().catch(() => undefined);
    await this.photos?.forget();
    for (const key of Object.values(this.keys)) this.storage.removeItem(key);
    this.state.conflicts.value = [];
    this.state.rejected.value = [];
    this.state.authors.value = new Map();
  }

  /** Starts again after the network came back or the user signed in, without waiting for the back-off. */
  restart(): void {
    if (this.stopped) return;
    this.cancelReplication();
    this.replicate();
  }

  /** Writes these records to the team again, as a local change would (people shared or withdrawn). */
  resend(change: Change): void {
    void this.enqueue(() => this.write({ change }));
  }

  /** Every version of a conflicting document, checked, with who wrote it. */
  async versions(docId: string): Promise<{ rev: string; incoming: Incoming | null; reason?: string }[]> {
    const winner = await this.local.get(docId, { conflicts: true });
    const losers = await Promise.all((winner._conflicts ?? []).map((rev) => this.local.get(docId, { rev })));
    return [winner, ...losers].map((doc) => {
      const read = readTeamDoc(doc);
      return read.ok ? { rev: doc._rev ?? '', incoming: read.value } : { rev: doc._rev ?? '', incoming: null, reason: read.error[0]?.message ?? '' };
    });
  }

  /**
   * Ends a conflict: the chosen record (or the deletion) becomes the one version, written on the
   * winning branch, and every other branch is closed. It syncs to the team like any write.
   */
  async resolve(docId: string, chosen: { record: RecordKinds[TeamKind] } | { deleted: true }): Promise<void> {
    const named = parseDocId(docId);
    if (!named) throw new Error(`Not a record document: ${docId}`);
    await this.enqueue(async () => {
      const winner = await this.local.get(docId, { conflicts: true });
      const body = 'deleted' in chosen ? { kind: named.kind, deleted: true as const } : { kind: named.kind, record: teamRecord(named.kind, chosen.record as never) };
      const docs: Pouch.Doc[] = [{ _id: docId, _rev: winner._rev, ...body, ...this.authorship() }, ...(winner._conflicts ?? []).map((rev) => ({ _id: docId, _rev: rev, _deleted: true }))];
      await this.local.bulkDocs(docs);
      this.markWaiting([docId]);
    });
  }

  private authorship(): Authorship {
    return { editedBy: this.config.user, editedAt: new Date().toISOString(), device: this.config.device };
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch((error: unknown) => console.warn('Team sharing could not write a change', error));
    return next;
  }

  /** Every record this device holds that the team shares, as one change. */
  private everything(): Change {
    const s = this.workspace.state;
    return {
      label: CHANGE_LABELS.myRecords,
      ...Object.fromEntries(TEAM_KINDS.map((kind) => [kind, { put: s[kind].value }])),
    };
  }

  /** Writes a local change into the mirror: new versions of changed records, deletions as documents. */
  private async write(write: LocalWrite): Promise<void> {
    if ('settings' in write) {
      if (TEAM_SETTING_KEYS.some((key) => key in write.settings)) await this.writeSettings();
      return;
    }
    if (write.change.photos || write.change.assets) void this.photos?.write(write.change);
    const settings = this.workspace.state.settings.value;
    for (const kind of TEAM_KINDS) {
      const part = write.change[kind];
      if (!part) continue;
      const puts = (part.put ?? []) as readonly RecordKinds[TeamKind][];
      const withheld = kind === 'assets' ? (puts as readonly Asset[]).filter((a) => !mayShare(a, settings)).map((a) => a.id) : [];
      // A Set: "Share people records" resends every person, and an import can put 100,000 records.
      const held = new Set(withheld);
      const shared = held.size > 0 ? puts.filter((r) => !held.has(r.id)) : puts;
      for (let at = 0; at < shared.length; at += BATCH) await this.writeRecords(kind, shared.slice(at, at + BATCH));
      const gone = [...(part.remove ?? []), ...withheld];
      for (let at = 0; at < gone.length; at += BATCH) await this.writeDeletions(kind, gone.slice(at, at + BATCH));
    }
  }

  private async writeRecords(kind: TeamKind, records: readonly RecordKinds[TeamKind][]): Promise<void> {
    const ids = records.map((r) => docIdOf(kind, r.id));
    const existing = await this.local.allDocs({ keys: ids, include_docs: true });
    const docs: Pouch.Doc[] = [];
    records.forEach((record, i) => {
      const row = existing.rows[i];
      const body = teamRecord(kind, record as never);
      const current = row?.doc && !row.value?.deleted ? row.doc : null;
      if (current && !current.deleted && stableText(current.record) === stableText(body)) return;
      docs.push({ _id: ids[i] ?? '', ...(row?.value?.rev ? { _rev: row.value.rev } : {}), kind, record: body, ...this.authorship() });
    });
    await this.bulkWrite(docs);
  }

  private async writeDeletions(kind: TeamKind, ids: readonly string[]): Promise<void> {
    const existing = await this.local.allDocs({ keys: ids.map((id) => docIdOf(kind, id)), include_docs: true });
    const docs = existing.rows.flatMap((row) =>
      row.value && !row.value.deleted && row.doc && !row.doc.deleted ? [{ _id: row.id, _rev: row.value.rev, kind, deleted: true, ...this.authorship() }] : [],
    );
    await this.bulkWrite(docs);
  }

  private async writeSettings(): Promise<void> {
    const current = await this.local.get(TEAM_SETTINGS_ID).catch(() => null);
    const settings = teamSettingsOf(this.workspace.state.settings.value);
    if (current && stableText(current.settings) === stableText(settings)) return;
    await this.bulkWrite([{ _id: TEAM_SETTINGS_ID, ...(current?._rev ? { _rev: current._rev } : {}), kind: 'settings', settings, ...this.authorship() }]);
  }

  /** Writes documents; one that lost a race with an incoming version is written again on top of it. */
  private async bulkWrite(docs: Pouch.Doc[]): Promise<void> {
    if (docs.length === 0) return;
    const results = await this.local.bulkDocs(docs);
    const raced = docs.filter((_doc, i) => results[i]?.status === 409);
    for (const doc of raced) {
      const latest = await this.local.get(doc._id).catch(() => null);
      await this.local.put({ ...doc, ...(latest?._rev ? { _rev: latest._rev } : {}) });
    }
    this.markWaiting(docs.map((d) => d._id));
  }

  private markWaiting(ids: readonly string[]): void {
    for (const id of ids) this.waiting.add(id);
    this.saveWaiting();
    const status = this.state.status.value;
    if (status.kind === 'offline' || status.kind === 'unreachable') this.state.status.value = { ...status, waiting: this.waiting.size };
  }

  private saveWaiting(): void {
    this.storage.setItem(this.keys.waiting, JSON.stringify([...this.waiting]));
  }

  /** Follows the mirror: everything that lands in it (from the team, or written here) is looked at once. */
  private listen(): void {
    const since = this.storage.getItem(this.keys.seq) ?? 0;
    this.feed = this.local.changes({ since, live: true, include_docs: true, conflicts: true });
    this.feed.on('change', (row) => {
      this.queue.push(row);
      if (this.queue.length >= APPLY_BATCH) this.scheduleFlush(0);
      else this.scheduleFlush(APPLY_AFTER_MS);
    });
    this.feed.on('error', (error) => console.warn('The team mirror stopped reporting changes', error));
  }

  /** Applies the queue after `delay`, or sooner if a batch is full; never later than APPLY_AT_MOST_MS after its first row. */
  private scheduleFlush(delay: number): void {
    const now = Date.now();
    if (this.queueSince === null) this.queueSince = now;
    const due = Math.min(now + delay, this.queueSince + APPLY_AT_MOST_MS);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(
      () => {
        this.flushTimer = null;
        this.queueSince = null;
        void this.enqueue(() => this.flush());
      },
      Math.max(0, due - now),
    );
  }

  /** Applies a batch of incoming documents to the store, listing conflicts and refused documents. */
  private async flush(): Promise<void> {
    const rows = this.queue.splice(0, APPLY_BATCH);
    if (rows.length === 0) return;
    const accepted: Incoming[] = [];
    const conflicts = new Map(this.state.conflicts.value.map((c) => [c.docId, c] as const));
    const rejected = new Map(this.state.rejected.value.map((r) => [r.docId, r] as const));
    const authors = new Map(this.state.authors.value);
    for (const [at, row] of rows.entries()) {
      if (at > 0 && at % CHECK_SLICE === 0) await new Promise((resume) => setTimeout(resume, 0));
      if (row.id.startsWith('_') || !row.doc || row.doc._deleted) continue;
      const read = readTeamDoc(row.doc);
      if (!read.ok) {
        rejected.set(row.id, { docId: row.id, reason: read.error.map((p) => p.message).join(' ') });
        conflicts.delete(row.id);
        continue;
      }
      rejected.delete(row.id);
      const item = read.value;
      if (item.what !== 'settings') authors.set(item.id, { editedBy: item.editedBy, editedAt: item.editedAt, device: item.device });
      const inConflict = (row.doc._conflicts ?? []).length > 0;
      if (inConflict) conflicts.set(row.id, { docId: row.id, name: this.conflictName(item) });
      else conflicts.delete(row.id);
      // Deleted on one tablet, edited on another: the record stays here until someone chooses.
      if (inConflict && item.what === 'deleted') continue;
      accepted.push(item);
    }
    const s = this.workspace.state;
    const { change, settings } = incomingChange(recordsOf(s), accepted);
    if (!isEmptyChange(change)) {
      const applied = await this.workspace.applyFromTeam(change);
      if (!applied.ok) {
        for (const row of rows) rejected.set(row.id, { docId: row.id, reason: applied.error.message });
      }
    }
    if (settings && stableText(settings) !== stableText(teamSettingsOf(s.settings.value))) await this.workspace.settingsFromTeam(settings);
    this.state.conflicts.value = [...conflicts.values()];
    this.state.rejected.value = [...rejected.values()];
    this.state.authors.value = authors;
    const last = rows[rows.length - 1];
    if (last) this.storage.setItem(this.keys.seq, String(last.seq));
    if (this.queue.length > 0) this.scheduleFlush(0);
  }

  /** What a conflict is called in the review: the record's name (a deleted one's, as this tablet holds it). */
  private conflictName(item: Incoming): string {
    if (item.what === 'settings') return 'Team settings';
    if (item.what === 'record') return (item.record as { name?: string }).name ?? item.id;
    const held = this.workspace.state[item.kind].value.find((r) => r.id === item.id) as { name?: string } | undefined;
    return held?.name ?? 'A deleted record';
  }

  /** One pull of everything the team has, before this device adds its own records. */
  private async pullOnce(): Promise<void> {
    await this.countTeam();
    await new Promise<void>((done, fail) => {
      this.local.replicate
        .from(this.remote, { batch_size: BATCH })
        .on('change', () => void this.showProgress())
        .on('complete', () => done())
        .on('error', (error) => fail(error));
    });
  }

  /** Reads how many documents the team holds, once per pull, for the progress. */
  private async countTeam(): Promise<void> {
    this.teamTotal = await this.remote.info().then(
      (info) => info.doc_count,
      () => 0,
    );
  }

  /**
   * "Syncing 1,200 of 20,000": documents in this tablet's mirror against the team's count. The
   * replication's own "pending" needs CouchDB 2's changes feed, which not every server gives.
   */
  private async showProgress(): Promise<void> {
    if (this.teamTotal === 0) return;
    const held = (await this.local.info()).doc_count;
    if (held < this.teamTotal) this.state.status.value = { kind: 'syncing', done: held, total: this.teamTotal };
  }

  /**
   * Live replication both ways, as two one-way replications rather than PouchDB's sync(): sync()
   * drops the error from its "paused" event, and the status needs it ("Can't reach the team server").
   */
  private replicate(): void {
    const options: Pouch.ReplicateOptions = {
      live: true,
      retry: true,
      batch_size: BATCH,
      // PouchDB's own back-off grows to ten minutes; a tablet coming back into signal should not
      // wait that long (the app also restarts at once on the browser's "online" event).
      back_off_function: (delay) => (delay === 0 ? 1000 : Math.min(delay * 2, 30_000)),
    };
    const pull = this.local.replicate.from(this.remote, options);
    // Push only what this tablet wrote (and closed conflict branches): documents pulled from the team
    // are on the server already, and offering them back cost one revs_diff per 250 of them.
    const device = this.config.device;
    const push = this.local.replicate.to(this.remote, { ...options, filter: (doc) => doc._deleted === true || doc.device === device });
    this.replications = [pull, push];
    const idle = { pull: false, push: false };
    void this.countTeam();
    pull.on('change', () => void this.showProgress());
    push.on('change', (info) => {
      for (const doc of info.docs ?? info.change?.docs ?? []) this.waiting.delete(doc._id);
      this.saveWaiting();
    });
    for (const [direction, replication] of [
      ['pull', pull],
      ['push', push],
    ] as const) {
      replication
        .on('active', () => {
          idle[direction] = false;
          // Back after a fault: say it is connecting. Otherwise the status stays as it was, so each
          // small edit does not flash "Connecting…" in the top bar.
          const kind = this.state.status.value.kind;
          if (kind === 'offline' || kind === 'unreachable') this.state.status.value = { kind: 'starting' };
          if (direction === 'pull') void this.countTeam();
        })
        .on('paused', (error) => {
          if (error) return this.failed(error);
          idle[direction] = true;
          if (idle.pull && idle.push) this.caughtUp();
        })
        .on('denied', (error) => this.failed(error))
        .on('error', (error) => this.failed(error));
    }
  }

  private cancelReplication(): void {
    for (const replication of this.replications) replication.cancel();
    this.replications = [];
  }

  private caughtUp(): void {
    if (this.waiting.size > 0 && typeof navigator !== 'undefined' && !navigator.onLine) {
      this.state.status.value = { kind: 'offline', waiting: this.waiting.size };
      return;
    }
    const at = new Date().toISOString();
    this.storage.setItem(this.keys.synced, at);
    this.state.status.value = { kind: 'synced', at };
  }

  private failed(error: unknown): void {
    if (this.stopped) return;
    const status = statusOf(error);
    if (status === 401) {
      this.cancelReplication();
      this.state.status.value = { kind: 'signed-out' };
    } else if (status === 403) {
      this.cancelReplication();
      this.state.status.value = { kind: 'no-access', team: this.config.team };
    } else if (typeof navigator !== 'undefined' && !navigator.onLine) {
      this.state.status.value = { kind: 'offline', waiting: this.waiting.size };
    } else {
      this.state.status.value = { kind: 'unreachable', waiting: this.waiting.size };
    }
  }

  /** When this device last finished a sync, if it ever did. */
  lastSynced(): string | null {
    return this.storage.getItem(this.keys.synced);
  }

  /** Ids remembered in localStorage: checked, since another version of the app may have written them. */
  private readIds(key: string): string[] {
    try {
      const parsed = z.array(z.string()).safeParse(JSON.parse(this.storage.getItem(key) ?? '[]'));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }
}

import PouchDB from 'pouchdb-browser';
import type { Change } from '../model/change';
import type { Photo } from '../model/photo';
import type { TeamConfig } from '../model/settings';
import type { Workspace } from '../store/workspace';
import { readPhotoDoc } from './incoming-photo';
import { teamDatabaseUrl } from './team-account';
import { photoDatabaseName } from './team-name';
import { mayShare, type Authorship } from './team-documents';
import type { TeamState } from './team-state';
import { CHANGE_LABELS } from '../model/change-labels';

/**
 * Photos follow the records on their own: their own databases and their own live replications, so a
 * slow upload of pictures never holds back a record, and a tablet can turn them off ("Sync photos")
 * to save mobile data. A photo goes to the team only when its asset does (a person's photo only
 * when their record may be shared).
 */
export class PhotoSync {
  private readonly local: Pouch.Database;
  private readonly remote: Pouch.Database;
  private replications: Pouch.Replication[] = [];
  private feed: Pouch.ChangesFeed | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly seqKey: string;

  constructor(
    private readonly workspace: Workspace,
    private readonly config: TeamConfig,
    private readonly state: TeamState,
    localName: string,
    private readonly storage: Storage,
  ) {
    this.local = new PouchDB(`${localName}-photos`, { auto_compaction: true });
    this.remote = new PouchDB(teamDatabaseUrl(config.server, photoDatabaseName(config.database)), { skip_setup: true });
    this.seqKey = `${localName}-photos:seq`;
  }

  start(): void {
    this.feed = this.local.changes({ since: this.storage.getItem(this.seqKey) ?? 0, live: true, include_docs: true, attachments: true, binary: true });
    this.feed.on('change', (row) => void this.enqueue(() => this.receive(row)));
    const options: Pouch.ReplicateOptions = { live: true, retry: true, batch_size: 10, back_off_function: (delay) => (delay === 0 ? 2000 : Math.min(delay * 2, 60_000)) };
    // Photo faults are not the records' faults: the top bar's status follows the records only.
    const quiet = (error: unknown) => console.warn('Photos could not sync yet', error);
    this.replications = [this.local.replicate.from(this.remote, options).on('error', quiet), this.local.replicate.to(this.remote, options).on('error', quiet)];
  }

  stop(): void {
    for (const replication of this.replications) replication.cancel();
    this.replications = [];
    this.feed?.cancel();
    this.feed = null;
  }

  async forget(): Promise<void> {
    this.stop();
    await this.chain.catch(() => undefined);
    await this.local.destroy().catch(() => undefined);
    this.storage.removeItem(this.seqKey);
  }

  /** Every photo of shareable assets this tablet holds, written to the mirror (on joining with "Add my records"). */
  writeAll(): Promise<void> {
    return this.write({ label: CHANGE_LABELS.myPhotos, photos: { put: this.workspace.state.photos.value } });
  }

  /** A local change's photos into the mirror; photos of assets that may not be shared are withdrawn. */
  write(change: Change): Promise<void> {
    return this.enqueue(async () => {
      const settings = this.workspace.state.settings.value;
      const assets = new Map(this.workspace.state.assets.value.map((a) => [a.id, a] as const));
      const shareable = (photo: Photo) => {
        const asset = assets.get(photo.assetId);
        return asset !== undefined && mayShare(asset, settings);
      };
      const puts = (change.photos?.put ?? []).filter(shareable);
      const withheld = (change.photos?.put ?? []).filter((p) => !shareable(p)).map((p) => p.id);
      // An asset withheld from the team (a person no longer shared) takes its photos with it.
      const withheldAssets = new Set((change.assets?.put ?? []).filter((a) => !mayShare(a, settings)).map((a) => a.id));
      const ofWithheld = this.workspace.state.photos.value.filter((p) => withheldAssets.has(p.assetId)).map((p) => p.id);
      const gone = [...(change.photos?.remove ?? []), ...withheld, ...ofWithheld];
      const ids = [...puts.map((p) => `photos:${p.id}`), ...gone.map((id) => `photos:${id}`)];
      if (ids.length === 0) return;
      const existing = await this.local.allDocs({ keys: ids });
      const revOf = new Map(existing.rows.flatMap((r) => (r.value && !r.value.deleted ? [[r.id, r.value.rev] as const] : [])));
      const by = this.authorship();
      const docs: Pouch.Doc[] = [
        ...puts
          .filter((p) => !revOf.has(`photos:${p.id}`)) // a photo never changes once taken
          .map((p) => {
            const { blob, ...record } = p;
            return { _id: `photos:${p.id}`, kind: 'photos', record, ...by, _attachments: { image: { content_type: p.mimeType, data: blob } } };
          }),
        ...gone.flatMap((id) => {
          const rev = revOf.get(`photos:${id}`);
          return rev ? [{ _id: `photos:${id}`, _rev: rev, kind: 'photos', deleted: true, ...by }] : [];
        }),
      ];
      if (docs.length > 0) await this.local.bulkDocs(docs);
    });
  }

  private authorship(): Authorship {
    return { editedBy: this.config.user, editedAt: new Date().toISOString(), device: this.config.device };
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.chain.then(work, work);
    this.chain = next.catch((error: unknown) => console.warn('A photo could not be synced', error));
    return next;
  }

  /** A photo from the mirror into the store, unless this tablet already has it. */
  private async receive(row: Pouch.ChangeRow): Promise<void> {
    if (!row.doc || row.doc._deleted) return;
    const read = readPhotoDoc(row.doc);
    if (!read.ok) {
      this.state.rejected.value = [...this.state.rejected.value.filter((r) => r.docId !== row.id), { docId: row.id, reason: read.error.map((p) => p.message).join(' ') }];
    } else {
      const held = this.workspace.state.photos.value;
      if ('photo' in read.value) {
        const photo = read.value.photo;
        if (!held.some((p) => p.id === photo.id)) await this.workspace.applyFromTeam({ label: CHANGE_LABELS.photosFromTeam, photos: { put: [photo] } });
      } else {
        const id = read.value.deletedId;
        if (held.some((p) => p.id === id)) await this.workspace.applyFromTeam({ label: CHANGE_LABELS.photosFromTeam, photos: { remove: [id] } });
      }
    }
    this.storage.setItem(this.seqKey, String(row.seq));
  }
}

import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { AtlasDB } from './schema';

type UpgradeTx = IDBPTransaction<AtlasDB, StoreNames<AtlasDB>[], 'versionchange'>;

/**
 * Brings a database of any earlier version up to DB_VERSION. The steps run in order from the
 * database's version (a fall-through ladder written with `if`, because the compiler forbids
 * switch fall-through): a new database (version 0) runs every step, a version-1 one the steps after 1.
 */
export async function upgrade(db: IDBPDatabase<AtlasDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    // Version 1: the first release kept assets and neighbourhoods only.
    db.createObjectStore('assets', { keyPath: 'id' });
    db.createObjectStore('neighbourhoods', { keyPath: 'id' });
  }
  if (oldVersion < 2) {
    // Version 2: overlays, photos, settings and the change log; asset indexes; v1 assets reshaped.
    db.createObjectStore('overlays', { keyPath: 'id' });
    db.createObjectStore('photos', { keyPath: 'id' }).createIndex('assetId', 'assetId');
    db.createObjectStore('settings', { keyPath: 'id' });
    db.createObjectStore('changes', { keyPath: 'seq', autoIncrement: true });
    const assets = tx.objectStore('assets');
    assets.createIndex('category', 'category');
    assets.createIndex('updatedAt', 'updatedAt');
    let cursor = await assets.openCursor();
    while (cursor) {
      await cursor.update(migrateAssetV1toV2(cursor.value));
      cursor = await cursor.continue();
    }
  }
  if (oldVersion < 3) {
    // Version 3: saved coverage analyses.
    db.createObjectStore('analyses', { keyPath: 'id' });
  }
}

/**
 * Version 1 stored a point as `lon`/`lat` numbers and called the type `kind`. Anything it cannot
 * reshape is left as it is, so the read-side validation reports it instead of the migration dropping it.
 */
export function migrateAssetV1toV2(old: { id: string } & Record<string, unknown>): { id: string } & Record<string, unknown> {
  const { lon, lat, kind, ...rest } = old;
  const next: { id: string } & Record<string, unknown> = { ...rest };
  if (!('geometry' in old)) {
    next.geometry = typeof lon === 'number' && typeof lat === 'number' ? { type: 'Point', coordinates: [lon, lat] } : null;
  }
  if (!('type' in old) && typeof kind === 'string') next.type = kind;
  if (!('tags' in old)) next.tags = [];
  if (!('neighbourhoodIds' in old)) next.neighbourhoodIds = [];
  return next;
}

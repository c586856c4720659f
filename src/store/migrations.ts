import type { IDBPDatabase } from 'idb';
import type { AtlasDB } from './schema';

/**
 * Brings a database of any earlier version up to DB_VERSION. The steps run in order from the
 * database's version (a fall-through ladder written with `if`, because the compiler forbids
 * switch fall-through): a new database (version 0) runs every step, a version-2 one the steps after 2.
 * Version 2 was the first release; each version's fixture is in tests/fixtures (v2-database.json,
 * v3-database.json), written by that version's own code.
 */
export function upgrade(db: IDBPDatabase<AtlasDB>, oldVersion: number): void {
  if (oldVersion < 2) {
    // Version 2, the first release: records, photos, settings and the undo log.
    const assets = db.createObjectStore('assets', { keyPath: 'id' });
    assets.createIndex('category', 'category');
    assets.createIndex('updatedAt', 'updatedAt');
    db.createObjectStore('neighbourhoods', { keyPath: 'id' });
    db.createObjectStore('overlays', { keyPath: 'id' });
    db.createObjectStore('photos', { keyPath: 'id' }).createIndex('assetId', 'assetId');
    db.createObjectStore('settings', { keyPath: 'id' });
    db.createObjectStore('changes', { keyPath: 'seq', autoIncrement: true });
  }
  if (oldVersion < 3) {
    // Version 3: saved coverage analyses.
    db.createObjectStore('analyses', { keyPath: 'id' });
  }
  if (oldVersion < 4) {
    // Version 4: the journal of imports being written, so one cut short is found on the next start.
    db.createObjectStore('importJournal', { keyPath: 'id' });
  }
  if (oldVersion < 5) {
    // Version 5: action groups, their meetings and their local action plans.
    db.createObjectStore('actionGroups', { keyPath: 'id' });
    db.createObjectStore('meetings', { keyPath: 'id' });
    db.createObjectStore('actions', { keyPath: 'id' });
  }
  if (oldVersion < 6) {
    // Version 6: photos taken on residents' photo walks.
    db.createObjectStore('walkPhotos', { keyPath: 'id' });
  }
  if (oldVersion < 7) {
    // Version 7: grants and other investments in local groups.
    db.createObjectStore('investments', { keyPath: 'id' });
  }
}

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type AtlasDB } from './schema';
import { upgrade } from './migrations';
import { isConnectionLoss, storeError, toStoreError } from './errors';

/** A database of the app: its name, version and the upgrade that brings any older one up to it. */
export interface DatabaseSpec<S extends DBSchema> {
  name: string;
  version: number;
  upgrade: (db: IDBPDatabase<S>, oldVersion: number) => void;
}

/** The workspace: records, photos, settings and the undo log (tests and the import worker name their own). */
export const workspaceDatabase = (name: string = DB_NAME): DatabaseSpec<AtlasDB> => ({ name, version: DB_VERSION, upgrade });

export interface ConnectionEvents {
  /** Another tab holds an older version open, so our upgrade waits. */
  onBlocked?: () => void;
  /** Another tab wants a newer version: we closed our connection and the page must reload. */
  onVersionChange?: () => void;
}

/**
 * Owns one IndexedDB connection, for every database of the app (the workspace and the side
 * databases for basemaps, saved tiles and reference tables): versioned upgrade, another tab
 * blocking or needing a newer version, a connection the browser dropped (Safari does this after the
 * tab sleeps: `run` retries once on a fresh one), and every failure turned into a StoreError whose
 * message a coordinator understands (quota, lost connection…).
 */
export class Connection<S extends DBSchema = AtlasDB> {
  private db: Promise<IDBPDatabase<S>> | null = null;
  private closedForNewVersion = false;
  /** Another tab is the editing tab: nothing may be read or written here until it hands back. */
  private suspended = false;

  constructor(
    private readonly spec: DatabaseSpec<S>,
    private readonly events: ConnectionEvents = {},
  ) {}

  /** The database's name, which the import worker opens its own connection to. */
  get name(): string {
    return this.spec.name;
  }

  get(): Promise<IDBPDatabase<S>> {
    if (this.closedForNewVersion) return Promise.reject(storeError('version-changed'));
    if (this.suspended) return Promise.reject(storeError('elsewhere'));
    this.db ??= this.open();
    return this.db;
  }

  private open(): Promise<IDBPDatabase<S>> {
    const opening = openDB<S>(this.spec.name, this.spec.version, {
      upgrade: (db, oldVersion) => this.spec.upgrade(db, oldVersion),
      blocked: () => this.events.onBlocked?.(),
      blocking: () => {
        this.closedForNewVersion = true;
        void opening.then((db) => db.close());
        this.db = null;
        this.events.onVersionChange?.();
      },
      terminated: () => {
        this.db = null;
      },
    });
    opening.catch(() => {
      this.db = null;
    });
    return opening;
  }

  /** Runs database work, reopening and retrying once if the connection was lost. */
  async run<T>(work: (db: IDBPDatabase<S>) => Promise<T>): Promise<T> {
    try {
      return await work(await this.get());
    } catch (first) {
      if (!isConnectionLoss(first)) throw toStoreError(first);
      this.db = null;
      try {
        return await work(await this.get());
      } catch (second) {
        throw isConnectionLoss(second) ? storeError('connection-lost') : toStoreError(second);
      }
    }
  }

  /** Closes the connection and refuses all work until `resume`: another tab is editing. */
  async suspend(): Promise<void> {
    this.suspended = true;
    await this.close();
  }

  resume(): void {
    this.suspended = false;
  }

  /** Simulates the browser dropping the connection (tests) and is used when closing the app. */
  async close(): Promise<void> {
    const db = this.db;
    this.db = null;
    if (db) (await db).close();
  }
}

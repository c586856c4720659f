import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type AtlasDB } from './schema';
import { upgrade } from './migrations';
import { isConnectionLoss, storeError, toStoreError } from './errors';

export interface ConnectionEvents {
  /** Another tab holds an older version open, so our upgrade waits. */
  onBlocked?: () => void;
  /** Another tab wants a newer version: we closed our connection and the page must reload. */
  onVersionChange?: () => void;
}

/**
 * Owns the one IndexedDB connection. `run` retries once on a fresh connection when the browser
 * dropped the old one (Safari does this after the tab sleeps); a second failure is reported.
 */
export class Connection {
  private db: Promise<IDBPDatabase<AtlasDB>> | null = null;
  private closedForNewVersion = false;
  /** Another tab is the editing tab: nothing may be read or written here until it hands back. */
  private suspended = false;

  constructor(
    /** The database's name, which the import worker opens its own connection to. */
    readonly name: string = DB_NAME,
    private readonly events: ConnectionEvents = {},
  ) {}

  get(): Promise<IDBPDatabase<AtlasDB>> {
    if (this.closedForNewVersion) return Promise.reject(storeError('version-changed'));
    if (this.suspended) return Promise.reject(storeError('elsewhere'));
    this.db ??= this.open();
    return this.db;
  }

  private open(): Promise<IDBPDatabase<AtlasDB>> {
    const opening = openDB<AtlasDB>(this.name, DB_VERSION, {
      upgrade: (db, oldVersion) => upgrade(db, oldVersion),
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
  async run<T>(work: (db: IDBPDatabase<AtlasDB>) => Promise<T>): Promise<T> {
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

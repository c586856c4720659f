import type { DBSchema } from 'idb';
import { Connection } from './connection';
import { toStoreError } from './errors';
import { BasemapInfoSchema, formatBytes, type BasemapInfo } from '../model/basemap';
import { ok, refuse, type Result } from '../lib/result';
import { fill, msg } from '../lib/i18n/msg';

/**
 * Basemap files live apart from the user's records: in the Origin Private File System (fast
 * range reads, no size limit beyond the quota) or, where a browser lacks it, as a Blob in a
 * database of their own. Never in the records database, so a large basemap can never make a
 * record's write fail halfway, and freeing basemap space never touches a record.
 */
const DB_NAME = 'asset-atlas-basemaps';
const OPFS_NAME = 'basemap.pmtiles';
const KEY = 'current';
/** Room kept free for records after a basemap is stored. */
export const RESERVE_BYTES = 100 * 1024 * 1024;

interface BasemapDB extends DBSchema {
  basemaps: { key: string; value: { info: unknown; blob?: Blob } };
}

const connection = new Connection<BasemapDB>({ name: DB_NAME, version: 1, upgrade: (db) => void db.createObjectStore('basemaps') });

async function opfsRoot(): Promise<FileSystemDirectoryHandle | null> {
  try {
    return typeof navigator !== 'undefined' && navigator.storage?.getDirectory ? await navigator.storage.getDirectory() : null;
  } catch {
    return null;
  }
}

/** Refuses a file that would leave less than RESERVE_BYTES of the origin's quota for records. */
export async function checkRoomFor(size: number): Promise<Result<void>> {
  const estimate = typeof navigator === 'undefined' ? null : await navigator.storage?.estimate?.().catch(() => null);
  if (!estimate?.quota) return ok(undefined);
  const free = estimate.quota - (estimate.usage ?? 0);
  if (size + RESERVE_BYTES > free) {
    return refuse(
      fill(msg('This device has {free} free for the app; a {size} basemap would leave too little room for your records. Free some space or choose a smaller extract.'), {
        free: formatBytes(Math.max(0, free)),
        size: formatBytes(size),
      }),
    );
  }
  return ok(undefined);
}

/** Stores the file (replacing any earlier basemap) and its details. */
export async function saveBasemapFile(file: Blob, details: Omit<BasemapInfo, 'storage' | 'savedAt'>): Promise<Result<BasemapInfo>> {
  const room = await checkRoomFor(file.size);
  if (!room.ok) return room;
  const root = await opfsRoot();
  try {
    let storage: BasemapInfo['storage'] = 'indexeddb';
    if (root && 'createWritable' in FileSystemFileHandle.prototype) {
      const handle = await root.getFileHandle(OPFS_NAME, { create: true });
      const writable = await handle.createWritable();
      await writable.write(file);
      await writable.close();
      storage = 'opfs';
    }
    const info = BasemapInfoSchema.parse({ ...details, storage, savedAt: new Date().toISOString() });
    await connection.run((db) => db.put('basemaps', storage === 'opfs' ? { info } : { info, blob: file }, KEY));
    return ok(info);
  } catch (error) {
    return refuse(fill(msg('The basemap was not stored; your records are untouched. {problem}'), { problem: toStoreError(error).message }));
  }
}

/** The stored basemap, or null when there is none (or its details do not validate). */
export async function loadBasemapFile(): Promise<{ file: File; info: BasemapInfo } | null> {
  const row = await connection.run((db) => db.get('basemaps', KEY)).catch(() => undefined);
  const parsed = BasemapInfoSchema.safeParse(row?.info);
  if (!row || !parsed.success) return null;
  const info = parsed.data;
  if (info.storage === 'indexeddb') return row.blob ? { file: new File([row.blob], info.fileName), info } : null;
  const root = await opfsRoot();
  try {
    const stored = await (await root?.getFileHandle(OPFS_NAME))?.getFile();
    return stored ? { file: new File([stored], info.fileName), info } : null;
  } catch {
    return null;
  }
}

/** Frees the basemap's storage. */
export async function removeBasemapFile(): Promise<void> {
  await connection.run((db) => db.delete('basemaps', KEY));
  const root = await opfsRoot();
  await root?.removeEntry(OPFS_NAME).catch(() => undefined);
}

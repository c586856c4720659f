import type { DBSchema } from 'idb';
import { Connection } from './connection';

/**
 * Saved street-map tiles, in a database of their own: never in a transaction with records, and
 * cleared without touching them.
 */
interface TileDB extends DBSchema {
  tiles: { key: string; value: { blob: Blob; size: number } };
}

const connection = new Connection<TileDB>({ name: 'asset-atlas-tiles', version: 1, upgrade: (db) => void db.createObjectStore('tiles') });
const key = (z: number, x: number, y: number) => `${z}/${x}/${y}`;

export async function putTiles(tiles: readonly { z: number; x: number; y: number; blob: Blob }[]): Promise<void> {
  await connection.run(async (db) => {
    const tx = db.transaction('tiles', 'readwrite');
    await Promise.all([...tiles.map((t) => tx.store.put({ blob: t.blob, size: t.blob.size }, key(t.z, t.x, t.y))), tx.done]);
  });
}

export async function getTile(z: number, x: number, y: number): Promise<Blob | undefined> {
  return (await connection.run((db) => db.get('tiles', key(z, x, y))))?.blob;
}

export async function hasTile(z: number, x: number, y: number): Promise<boolean> {
  return (await connection.run((db) => db.getKey('tiles', key(z, x, y)))) !== undefined;
}

/** How many tiles are saved and how much room they take. */
export async function savedTilesUsage(): Promise<{ tiles: number; bytes: number }> {
  return connection.run(async (db) => {
    let tiles = 0;
    let bytes = 0;
    let cursor = await db.transaction('tiles').store.openCursor();
    while (cursor) {
      tiles += 1;
      bytes += cursor.value.size;
      cursor = await cursor.continue();
    }
    return { tiles, bytes };
  });
}

export async function clearTiles(): Promise<void> {
  await connection.run((db) => db.clear('tiles'));
}

import type { DBSchema } from 'idb';
import { Connection } from './connection';
import { toStoreError } from './errors';
import { z } from 'zod/mini';
import { ok, refuse, type Result } from '../lib/result';
import { lonLatPairs } from '../lib/lon-lat-pairs';
import { describeIssues } from '../model/problems';
import { TimestampSchema } from '../model/common';
import { fill, msg } from '../lib/i18n/msg';

/**
 * The postcode table a coordinator loaded (postcode → longitude, latitude), kept on the device so
 * that it is there after a reload. It lives in a database of its own, like the basemap: it is
 * public reference data, not part of the workspace, so it has no place in the undo history or a
 * backup, and replacing it can never touch a record.
 */
export interface PostcodeTable {
  fileName: string;
  lookup: ReadonlyMap<string, readonly [number, number]>;
}

const DB_NAME = 'asset-atlas-reference';
const KEY = 'postcodes';

interface ReferenceDB extends DBSchema {
  tables: { key: string; value: unknown };
}

const connection = new Connection<ReferenceDB>({ name: DB_NAME, version: 1, upgrade: (db) => void db.createObjectStore('tables') });

/** Stored as two columns (codes, and lon/lat pairs in one Float64Array): compact, and quick to clone. */
const StoredTableSchema = z
  .object({
    fileName: z.string().check(z.minLength(1)),
    savedAt: TimestampSchema,
    codes: z.array(z.string().check(z.minLength(1))),
    coordinates: z.instanceof(Float64Array, { error: 'The coordinates must be a Float64Array' }),
  })
  .check(
    z.refine((t) => t.coordinates.length === t.codes.length * 2, { error: 'There must be one longitude and latitude per postcode' }),
    z.refine((t) => t.coordinates.every((v, i) => Number.isFinite(v) && Math.abs(v) <= (i % 2 === 0 ? 180 : 90)), { error: 'Every longitude and latitude must be on the globe' }),
  );

/** Keeps the table on the device, replacing any earlier one. */
export async function storePostcodeTable(table: PostcodeTable): Promise<Result<void>> {
  const codes = [...table.lookup.keys()];
  const coordinates = lonLatPairs(table.lookup.values(), codes.length);
  const row = StoredTableSchema.safeParse({ fileName: table.fileName, savedAt: new Date().toISOString(), codes, coordinates });
  if (!row.success) return refuse(fill(msg('The postcode table was not saved: {problem}'), { problem: describeIssues(row.error).slice(0, 2).join('; ') }));
  try {
    await connection.run((db) => db.put('tables', row.data, KEY));
    return ok(undefined);
  } catch (error) {
    return refuse(fill(msg('The postcode table is kept for this session only. {problem}'), { problem: toStoreError(error).message }));
  }
}

/** The stored table; null when there is none. One that does not validate is reported, not used. */
export async function readStoredPostcodeTable(): Promise<Result<PostcodeTable | null>> {
  try {
    const raw = await connection.run((db) => db.get('tables', KEY));
    if (raw === undefined) return ok(null);
    const parsed = StoredTableSchema.safeParse(raw);
    if (!parsed.success) return refuse(fill(msg('The saved postcode table could not be read ({problem}); load it again.'), { problem: describeIssues(parsed.error).slice(0, 2).join('; ') }));
    const { fileName, codes, coordinates } = parsed.data;
    const lookup = new Map<string, readonly [number, number]>();
    codes.forEach((code, j) => lookup.set(code, [coordinates[2 * j] as number, coordinates[2 * j + 1] as number]));
    return ok({ fileName, lookup });
  } catch (error) {
    return refuse(fill(msg('The saved postcode table could not be read: {problem}'), { problem: toStoreError(error).message }));
  }
}

/** Removes the stored table. */
export async function forgetStoredPostcodeTable(): Promise<void> {
  await connection.run((db) => db.delete('tables', KEY));
}

import { z } from 'zod/mini';
import { TimestampSchema } from './common';

/** What the app knows about the basemap file on the device, shown in Settings and checked on reload. */
export const BasemapInfoSchema = z.object({
  fileName: z.string().check(z.minLength(1)),
  size: z.int().check(z.nonnegative()),
  /** "png", "jpeg", "webp" (raster) or "mvt" (vector). */
  tileType: z.enum(['png', 'jpeg', 'webp', 'mvt']),
  minZoom: z.int().check(z.gte(0), z.lte(30)),
  maxZoom: z.int().check(z.gte(0), z.lte(30)),
  /** [west, south, east, north] */
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  attribution: z._default(z.string(), ''),
  /** Where the bytes live: the Origin Private File System, or IndexedDB where OPFS is missing. */
  storage: z.enum(['opfs', 'indexeddb']),
  savedAt: TimestampSchema,
});
export type BasemapInfo = z.output<typeof BasemapInfoSchema>;

/** "12.4 MB" — sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
  return `${(bytes / 1024 ** 3).toLocaleString('en-GB', { maximumFractionDigits: 2 })} GB`;
}

/** True when two [w, s, e, n] boxes share any ground. */

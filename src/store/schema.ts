import type { DBSchema } from 'idb';

export const DB_NAME = 'asset-atlas';
/** Bump with a new `case` in migrations.ts; every earlier version must still upgrade. */
export const DB_VERSION = 7;

/** What one change-log entry holds: raw, because every read re-validates it. */
export interface ChangeLogRow {
  seq?: number;
  at: string;
  label: string;
  /** null until first undone, for a batched import (its forward is captured by the undo). */
  forward: unknown;
  inverse: unknown;
  /** 1 when undone (numbers, not booleans, so the field could be indexed). */
  undone: 0 | 1;
}

/**
 * The IndexedDB layout. Values are typed `unknown` on purpose: a record read back may be old or
 * corrupted, so it is parsed with its zod schema before the app sees it.
 */
export interface AtlasDB extends DBSchema {
  assets: { key: string; value: { id: string } & Record<string, unknown>; indexes: { category: string; updatedAt: string } };
  neighbourhoods: { key: string; value: { id: string } & Record<string, unknown> };
  overlays: { key: string; value: { id: string } & Record<string, unknown> };
  photos: { key: string; value: { id: string } & Record<string, unknown>; indexes: { assetId: string } };
  analyses: { key: string; value: { id: string } & Record<string, unknown> };
  actionGroups: { key: string; value: { id: string } & Record<string, unknown> };
  meetings: { key: string; value: { id: string } & Record<string, unknown> };
  actions: { key: string; value: { id: string } & Record<string, unknown> };
  walkPhotos: { key: string; value: { id: string } & Record<string, unknown> };
  investments: { key: string; value: { id: string } & Record<string, unknown> };
  settings: { key: string; value: { id: string } & Record<string, unknown> };
  changes: { key: number; value: ChangeLogRow };
  /** Imports being written in batches (model/import-journal): empty unless one was cut short. */
  importJournal: { key: string; value: { id: string } & Record<string, unknown> };
}

export const SETTINGS_KEY = 'app';

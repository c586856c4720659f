import type { IDBPDatabase } from 'idb';
import type { z } from 'zod/mini';
import { yieldToPage } from '../lib/yield-to-page';
import { AssetSchema } from '../model/asset';
import { NeighbourhoodSchema } from '../model/neighbourhood';
import { OverlaySchema } from '../model/overlay';
import { PhotoSchema } from '../model/photo';
import { AnalysisSchema } from '../model/coverage';
import { ActionGroupSchema, ActionSchema, MeetingSchema } from '../model/action-plan';
import { WalkPhotoSchema } from '../model/walk-photo';
import { InvestmentSchema } from '../model/investment';
import type { RecordKind, RecordKinds } from '../model/change';
import { issueProblems } from '../model/problems';
import { err, messagesOf, ok, type Result } from '../lib/result';
import type { AtlasDB } from './schema';
import { fill, msg } from '../lib/i18n/msg';

/** The schema every record of a kind is parsed with, on the way in and on the way out. */
export const RECORD_SCHEMAS: { [K in RecordKind]: z.ZodMiniType<RecordKinds[K]> } = {
  assets: AssetSchema as z.ZodMiniType<RecordKinds['assets']>,
  neighbourhoods: NeighbourhoodSchema as z.ZodMiniType<RecordKinds['neighbourhoods']>,
  overlays: OverlaySchema as z.ZodMiniType<RecordKinds['overlays']>,
  photos: PhotoSchema as z.ZodMiniType<RecordKinds['photos']>,
  analyses: AnalysisSchema as z.ZodMiniType<RecordKinds['analyses']>,
  actionGroups: ActionGroupSchema as z.ZodMiniType<RecordKinds['actionGroups']>,
  meetings: MeetingSchema as z.ZodMiniType<RecordKinds['meetings']>,
  actions: ActionSchema as z.ZodMiniType<RecordKinds['actions']>,
  walkPhotos: WalkPhotoSchema as z.ZodMiniType<RecordKinds['walkPhotos']>,
  investments: InvestmentSchema as z.ZodMiniType<RecordKinds['investments']>,
};

const SINGULAR: Record<RecordKind, string> = {
  assets: msg('asset'),
  neighbourhoods: msg('neighbourhood'),
  overlays: msg('overlay'),
  photos: msg('photo'),
  analyses: msg('analysis'),
  actionGroups: msg('action group'),
  meetings: msg('meeting'),
  actions: msg('action'),
  walkPhotos: msg('walk photo'),
  investments: msg('investment'),
};

export interface ReadResult<T> {
  records: T[];
  /** One line per stored record that failed validation: kept on disk, left out of the app. */
  problems: string[];
}

/** Validates one record of a kind; the error lists readable problems. */
export function validateRecord<K extends RecordKind>(kind: K, value: unknown): Result<RecordKinds[K]> {
  const parsed = RECORD_SCHEMAS[kind].safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const id = (value as { id?: unknown } | null)?.id;
  const record = value as { name?: unknown; title?: unknown } | null;
  const name = record?.name ?? record?.title;
  const values = { kind: SINGULAR[kind], name: typeof name === 'string' ? name : '', id: typeof id === 'string' ? id : '?' };
  const template = typeof name === 'string' ? msg('{kind} “{name}” ({id}): {problem}') : msg('{kind} with id {id}: {problem}');
  return err(issueProblems(parsed.error).map((p) => ({ ...p, message: fill(template, { ...values, problem: p.message }) })));
}

/** Records parsed per task while a workspace opens: about 20 ms of validation each. */
const PARSE_SLICE = 2_000;

/**
 * Reads every record of a kind, parsing each so an old or corrupted record never reaches the app.
 * A large workspace is parsed a slice at a time, yielding between slices: 100,000 assets took about
 * a second of validation, one frozen page in a single task.
 */
export async function readAll<K extends RecordKind>(db: IDBPDatabase<AtlasDB>, kind: K): Promise<ReadResult<RecordKinds[K]>> {
  const raw = await db.getAll(kind);
  const records: RecordKinds[K][] = [];
  const problems: string[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    if (i > 0 && i % PARSE_SLICE === 0) await yieldToPage();
    const checked = validateRecord(kind, raw[i]);
    if (checked.ok) records.push(checked.value);
    else problems.push(...messagesOf(checked.error));
  }
  return { records, problems };
}

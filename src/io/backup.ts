import type { z } from 'zod/mini';
import { BackupSchema, BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, type BackupPhoto, type BackupWalkPhoto } from '../model/backup';
import { RECORD_KINDS, type RecordSets } from '../model/change';
import { PhotoSchema, type Photo } from '../model/photo';
import { WalkPhotoSchema, type WalkPhoto } from '../model/walk-photo';
import type { Settings } from '../model/settings';
import { describeIssues, issueProblems } from '../model/problems';
import { err, ok, problemsFrom, refuse, type Result } from '../lib/result';
import { base64ToBytes, bytesToBase64 } from '../lib/base64';
import { fill, msg } from '../lib/i18n/msg';

/** A whole workspace: every record of every kind, and the settings when a backup carries them. */
export type WorkspaceData = RecordSets & { settings?: Settings | undefined };

/** A backup larger than this is refused before parsing, so a wrong file cannot freeze the tablet. */
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;

const blobToBase64 = async (blob: Blob) => bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
const base64ToBlob = (base64: string, type: string) => new Blob([base64ToBytes(base64)], { type });

/** The whole workspace as one versioned JSON file (photos and walk photos inline as base64). */
export async function serialiseBackup(data: WorkspaceData, appVersion: string, now = new Date()): Promise<string> {
  const photos: BackupPhoto[] = await Promise.all(
    data.photos.map(async (p) => ({ id: p.id, assetId: p.assetId, mimeType: p.mimeType, width: p.width, height: p.height, createdAt: p.createdAt, dataBase64: await blobToBase64(p.blob) })),
  );
  const walkPhotos: BackupWalkPhoto[] = await Promise.all(data.walkPhotos.map(async ({ blob, ...details }) => ({ ...details, dataBase64: await blobToBase64(blob) })));
  const backup = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    appVersion,
    exportedAt: now.toISOString(),
    counts: Object.fromEntries(RECORD_KINDS.map((kind) => [kind, data[kind].length])),
    data: { ...data, photos, walkPhotos, ...(data.settings ? { settings: data.settings } : {}) },
  };
  return JSON.stringify(backup);
}

/** Turns each inline image back into a Blob and checks the record, naming each one that fails (by `template`). */
function withBlobs<T>(template: string, items: readonly { dataBase64: string; mimeType: string }[], schema: z.ZodMiniType<T>, problems: string[]): T[] {
  const records: T[] = [];
  for (const [i, { dataBase64, ...details }] of items.entries()) {
    try {
      const parsed = schema.safeParse({ ...details, blob: base64ToBlob(dataBase64, details.mimeType) });
      if (parsed.success) records.push(parsed.data);
      else problems.push(fill(template, { number: i + 1, problem: describeIssues(parsed.error).join('; ') }));
    } catch {
      problems.push(fill(template, { number: i + 1, problem: msg('its image data is damaged') }));
    }
  }
  return records;
}

/**
 * Reads a backup file and checks all of it (format, version, counts, every record, every photo)
 * before anything is written; the error lists what is wrong in words a coordinator can act on.
 */
export function parseBackup(text: string): Result<WorkspaceData> {
  if (text.length > MAX_BACKUP_BYTES) return refuse(fill(msg('The file is larger than {most} MB, too large to be an Asset Atlas backup.'), { most: MAX_BACKUP_BYTES / 1024 / 1024 }));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse(fill(msg('The file is not valid JSON ({reason}), so it is not an Asset Atlas backup.'), { reason: error instanceof Error ? error.message : 'unreadable' }));
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) return err(issueProblems(parsed.error).slice(0, 20));
  const problems: string[] = [];
  const photos = withBlobs<Photo>(msg('Photo {number}: {problem}'), parsed.data.data.photos, PhotoSchema, problems);
  const walkPhotos = withBlobs<WalkPhoto>(msg('Walk photo {number}: {problem}'), parsed.data.data.walkPhotos, WalkPhotoSchema as z.ZodMiniType<WalkPhoto>, problems);
  if (problems.length > 0) return err(problemsFrom(problems));
  const { assets, neighbourhoods, overlays, analyses, actionGroups, meetings, actions, investments, settings } = parsed.data.data;
  return ok({ assets, neighbourhoods, overlays, photos, analyses, actionGroups, meetings, actions, walkPhotos, investments, settings });
}

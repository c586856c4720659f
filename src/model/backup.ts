import { AnalysisSchema } from './coverage';
import { z } from 'zod/mini';
import { AssetSchema } from './asset';
import { NeighbourhoodSchema } from './neighbourhood';
import { OverlaySchema } from './overlay';
import { SettingsSchema } from './settings';
import { IdSchema, TimestampSchema } from './common';
import { ActionGroupSchema, ActionSchema, MeetingSchema } from './action-plan';
import { WalkPhotoFields, checkOutcome } from './walk-photo';
import { RECORD_KINDS } from './change';
import { InvestmentSchema } from './investment';
import { fill, msg } from '../lib/i18n/msg';

export const BACKUP_FORMAT = 'asset-atlas-backup';
/** Bump when the shape of `data` changes, and teach `restore` to read the older shape. */
export const BACKUP_SCHEMA_VERSION = 1;

/** A photo inside a backup file: its details plus the image as base64. */
export const BackupPhotoSchema = z.object({
  id: IdSchema,
  assetId: IdSchema,
  mimeType: z.string().check(z.regex(/^image\//, msg('A photo must be an image'))),
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  createdAt: TimestampSchema,
  dataBase64: z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/, msg('Photo data must be base64'))),
});

/** A photo walk photo inside a backup file: its details plus the image as base64. */
export const BackupWalkPhotoSchema = z.extend(WalkPhotoFields, { dataBase64: BackupPhotoSchema.shape.dataBase64 }).check(z.superRefine(checkOutcome));

/** The whole workspace as one versioned file; the demo workspace uses the same envelope. */
export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT, { error: msg('This is not an Asset Atlas backup file') }),
    schemaVersion: z
      .int()
      .check(z.gte(1), z.lte(BACKUP_SCHEMA_VERSION, fill(msg('This backup was made by a newer Asset Atlas (schema newer than {version}); update the app first'), { version: BACKUP_SCHEMA_VERSION }))),
    appVersion: z.string(),
    exportedAt: TimestampSchema,
    counts: z.object({
      assets: z.int().check(z.gte(0)),
      neighbourhoods: z.int().check(z.gte(0)),
      overlays: z.int().check(z.gte(0)),
      photos: z._default(z.int().check(z.gte(0)), 0),
      analyses: z._default(z.int().check(z.gte(0)), 0),
      actionGroups: z._default(z.int().check(z.gte(0)), 0),
      meetings: z._default(z.int().check(z.gte(0)), 0),
      actions: z._default(z.int().check(z.gte(0)), 0),
      walkPhotos: z._default(z.int().check(z.gte(0)), 0),
      investments: z._default(z.int().check(z.gte(0)), 0),
    }),
    data: z.object({
      assets: z.array(AssetSchema),
      neighbourhoods: z.array(NeighbourhoodSchema),
      overlays: z._default(z.array(OverlaySchema), []),
      photos: z._default(z.array(BackupPhotoSchema), []),
      analyses: z._default(z.array(AnalysisSchema), []),
      actionGroups: z._default(z.array(ActionGroupSchema), []),
      meetings: z._default(z.array(MeetingSchema), []),
      actions: z._default(z.array(ActionSchema), []),
      walkPhotos: z._default(z.array(BackupWalkPhotoSchema), []),
      investments: z._default(z.array(InvestmentSchema), []),
      settings: z.optional(SettingsSchema),
    }),
  })
  .check(
    z.superRefine((backup, ctx) => {
      for (const kind of RECORD_KINDS) {
        const found = backup.data[kind].length;
        if (found !== backup.counts[kind]) {
          ctx.addIssue({
            code: 'custom',
            path: ['counts', kind],
            message: fill(msg('The file says it holds {count} {kind} but {found} are there: it may be cut short'), { count: backup.counts[kind], kind, found }),
          });
        }
      }
    }),
  );

export type Backup = z.output<typeof BackupSchema>;
export type BackupPhoto = z.output<typeof BackupPhotoSchema>;
export type BackupWalkPhoto = z.output<typeof BackupWalkPhotoSchema>;

export const PROTECTED_BACKUP_FORMAT = 'asset-atlas-backup-protected';
/** OWASP's 2023 floor for PBKDF2-HMAC-SHA256; a file asking for fewer rounds is refused. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
const Base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/, msg('must be base64')));

/**
 * A backup sealed with a passphrase: the backup's JSON encrypted with AES-GCM (256-bit) under a key
 * derived by PBKDF2-SHA256. Only the envelope below is in the clear; it names no record.
 */
export const ProtectedBackupSchema = z.object({
  format: z.literal(PROTECTED_BACKUP_FORMAT),
  version: z.literal(1, { error: msg('This protected backup was made by a newer Asset Atlas; update the app first') }),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().check(z.gte(MIN_PBKDF2_ITERATIONS), z.lte(10_000_000)),
    salt: Base64,
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: Base64 }),
  ciphertext: Base64,
});
export type ProtectedBackup = z.output<typeof ProtectedBackupSchema>;

import { AnalysisSchema } from './coverage';
import { z } from 'zod';
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
  mimeType: z.string().regex(/^image\//, msg('A photo must be an image')),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  createdAt: TimestampSchema,
  dataBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, msg('Photo data must be base64')),
});

/** A photo walk photo inside a backup file: its details plus the image as base64. */
export const BackupWalkPhotoSchema = WalkPhotoFields.extend({ dataBase64: BackupPhotoSchema.shape.dataBase64 }).superRefine(checkOutcome);

/** The whole workspace as one versioned file; the demo workspace uses the same envelope. */
export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT, { error: msg('This is not an Asset Atlas backup file') }),
    schemaVersion: z
      .number()
      .int()
      .min(1)
      .max(BACKUP_SCHEMA_VERSION, fill(msg('This backup was made by a newer Asset Atlas (schema newer than {version}); update the app first'), { version: BACKUP_SCHEMA_VERSION })),
    appVersion: z.string(),
    exportedAt: TimestampSchema,
    counts: z.object({
      assets: z.number().int().min(0),
      neighbourhoods: z.number().int().min(0),
      overlays: z.number().int().min(0),
      photos: z.number().int().min(0).default(0),
      analyses: z.number().int().min(0).default(0),
      actionGroups: z.number().int().min(0).default(0),
      meetings: z.number().int().min(0).default(0),
      actions: z.number().int().min(0).default(0),
      walkPhotos: z.number().int().min(0).default(0),
      investments: z.number().int().min(0).default(0),
    }),
    data: z.object({
      assets: z.array(AssetSchema),
      neighbourhoods: z.array(NeighbourhoodSchema),
      overlays: z.array(OverlaySchema).default([]),
      photos: z.array(BackupPhotoSchema).default([]),
      analyses: z.array(AnalysisSchema).default([]),
      actionGroups: z.array(ActionGroupSchema).default([]),
      meetings: z.array(MeetingSchema).default([]),
      actions: z.array(ActionSchema).default([]),
      walkPhotos: z.array(BackupWalkPhotoSchema).default([]),
      investments: z.array(InvestmentSchema).default([]),
      settings: SettingsSchema.optional(),
    }),
  })
  .superRefine((backup, ctx) => {
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
  });

export type Backup = z.output<typeof BackupSchema>;
export type BackupPhoto = z.output<typeof BackupPhotoSchema>;
export type BackupWalkPhoto = z.output<typeof BackupWalkPhotoSchema>;

export const PROTECTED_BACKUP_FORMAT = 'asset-atlas-backup-protected';
/** OWASP's 2023 floor for PBKDF2-HMAC-SHA256; a file asking for fewer rounds is refused. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, msg('must be base64'));

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
    iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(10_000_000),
    salt: Base64,
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: Base64 }),
  ciphertext: Base64,
});
export type ProtectedBackup = z.output<typeof ProtectedBackupSchema>;

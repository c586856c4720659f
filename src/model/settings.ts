import { z } from 'zod';
import { TimestampSchema } from './common';
import { TileSourceSchema } from './tiles';
import { DEFAULT_CONSENT_REVIEW_MONTHS } from './consent-review';
import { DEFAULT_TYPE_FIELDS, TypeFieldsSchema } from './type-fields';

/** App-wide settings, stored as one record. Every field has a default so an old record still reads. */
export const SettingsSchema = z.object({
  /** What the coordinator chose on the first-run screen; unset until they choose. */
  firstRunChoice: z.enum(['demo', 'empty']).optional(),
  /** The OpenStreetMap raster basemap needs the network, so it is opt-in. */
  onlineBasemap: z.boolean().default(false),
  /** The answer of navigator.storage.persist(), asked once after the first real save. */
  persistentStorage: z.enum(['granted', 'denied', 'unsupported']).optional(),
  lastBackupAt: TimestampSchema.optional(),
  /** An online tile source the user configured, whose tiles can be saved for offline use if its licence allows. */
  tileSource: TileSourceSchema.optional(),
  /** People whose consent is older than this are listed under "Consent to review". */
  consentReviewMonths: z.number().int().min(1).max(120).default(DEFAULT_CONSENT_REVIEW_MONTHS),
  /** The fields each type of asset carries (a park's playground, toilets, café), as the team defined them. */
  typeFields: z
    .array(TypeFieldsSchema)
    .max(100)
    .default(() => DEFAULT_TYPE_FIELDS.map((t) => ({ type: t.type, fields: t.fields.map((f) => ({ ...f })) }))),
});

export type Settings = z.output<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

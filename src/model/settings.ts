import { z } from 'zod/mini';
import { shortText, TimestampSchema } from './common';
import { TileSourceSchema } from './tiles';
import { DEFAULT_CONSENT_REVIEW_MONTHS } from './consent-review';
import { DEFAULT_TYPE_FIELDS, TypeFieldsSchema } from './type-fields';
import { DEFAULT_ACTION_THEMES, DEFAULT_REVIEW_WEEKS } from './action-plan';
import { OrgIdSchema } from './investment';
import { msg } from '../lib/i18n/msg';

/** £100,000: far above a microgrant, so only a slip (an extra zero, pence typed as pounds) is refused. */
export const DEFAULT_LARGEST_GRANT_PENCE = 10_000_000;

/**
 * The team this device shares its workspace with (team sharing). The password is never stored:
 * the server's session cookie is the sign-in, and "Leave team" ends it.
 */
export const TeamConfigSchema = z.object({
  server: z.url({ protocol: /^https?$/, error: msg('The team server must be a web address starting https:// (or http:// on this machine)') }).check(z.maxLength(500)),
  team: shortText(100, msg('Team')).check(z.minLength(1, msg('Give the team’s name'))),
  database: z.string().check(z.regex(/^[a-z][a-z0-9_$()+/-]*$/, msg('Not a database name'))),
  user: shortText(100, msg('Username')).check(z.minLength(1, msg('Give your username'))),
  /** Which tablet wrote a version, so a conflict can say which side is "mine". */
  device: z.string().check(z.regex(/^[a-z0-9-]{8,64}$/)),
  /** Photos follow the records on their own, and only when this is on (they are large). */
  syncPhotos: z._default(z.boolean(), true),
});
export type TeamConfig = z.output<typeof TeamConfigSchema>;

/**
 * Who gives the grants, as a 360Giving file names them (Settings → Funder). The prefix is the one
 * 360Giving registered for the funder ("360G-millbrookcf"); every grant identifier starts with it.
 */
export const FunderSchema = z.object({
  name: shortText(200, msg('The funder’s name')).check(z.minLength(1, msg('Give the funder’s name'))),
  orgId: OrgIdSchema,
  prefix: z.string().check(z.trim(), z.regex(/^360G-[A-Za-z0-9][A-Za-z0-9_-]{0,40}$/, msg('A 360Giving prefix looks like 360G-millbrookcf (360Giving gives it when you first publish)'))),
});
export type Funder = z.output<typeof FunderSchema>;

/** App-wide settings, stored as one record. Every field has a default so an old record still reads. */
export const SettingsSchema = z.object({
  /** What the coordinator chose on the first-run screen; unset until they choose. */
  firstRunChoice: z.optional(z.enum(['demo', 'empty'])),
  /** The OpenStreetMap raster basemap needs the network, so it is opt-in. */
  onlineBasemap: z._default(z.boolean(), false),
  /** The answer of navigator.storage.persist(), asked once after the first real save. */
  persistentStorage: z.optional(z.enum(['granted', 'denied', 'unsupported'])),
  lastBackupAt: z.optional(TimestampSchema),
  /** An online tile source the user configured, whose tiles can be saved for offline use if its licence allows. */
  tileSource: z.optional(TileSourceSchema),
  /** People whose consent is older than this are listed under "Consent to review". */
  consentReviewMonths: z._default(z.int().check(z.gte(1), z.lte(120)), DEFAULT_CONSENT_REVIEW_MONTHS),
  /** The fields each type of asset carries (a park's playground, toilets, café), as the team defined them. */
  typeFields: z._default(z.array(TypeFieldsSchema).check(z.maxLength(100)), () => DEFAULT_TYPE_FIELDS.map((t) => ({ type: t.type, fields: t.fields.map((f) => ({ ...f })) }))),
  /** The team this device shares with; absent when it works alone. */
  team: z.optional(TeamConfigSchema),
  /**
   * A team setting: records about people go to the team only when this is on, and then only those
   * whose consent says they agreed to be shared with the team.
   */
  sharePeopleWithTeam: z._default(z.boolean(), false),
  /** A team setting: the themes an action of a local action plan can have. */
  actionThemes: z._default(z.array(shortText(80, msg('A theme')).check(z.minLength(1, msg('A theme needs a name')))).check(z.maxLength(100, msg('At most 100 themes'))), () => [
    ...DEFAULT_ACTION_THEMES,
  ]),
  /** A team setting: weeks from one review of an action to the next, by default. */
  reviewWeeks: z._default(z.int().check(z.gte(1, msg('Reviews are at least a week apart')), z.lte(52, msg('Review at least every 52 weeks'))), DEFAULT_REVIEW_WEEKS),
  /** A team setting: the funder that grants are exported as (360Giving). */
  funder: z.optional(FunderSchema),
  /** A team setting: the largest single grant the team records; a larger amount is taken for a typing slip. */
  largestGrantPence: z._default(z.int().check(z.gte(100), z.lte(1_000_000_000)), DEFAULT_LARGEST_GRANT_PENCE),
});

/** The settings a team shares (the rest belong to the device: basemap, street map, its team sign-in). */
export const TEAM_SETTING_KEYS = ['typeFields', 'consentReviewMonths', 'sharePeopleWithTeam', 'actionThemes', 'reviewWeeks', 'funder', 'largestGrantPence'] as const;
export type TeamSettings = Pick<Settings, (typeof TEAM_SETTING_KEYS)[number]>;

export type Settings = z.output<typeof SettingsSchema>;

/** Just the action themes, as the settings tab saves them on their own. */
export const ActionThemesSchema = z.pick(SettingsSchema, { actionThemes: true });
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

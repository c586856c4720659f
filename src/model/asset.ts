import { z } from 'zod/mini';
import { CATEGORY_IDS } from './categories';
import { AssetGeometrySchema } from './geometry';
import { DateSchema, IdSchema, TimestampSchema, longText, shortText } from './common';
import { fill, msg } from '../lib/i18n/msg';

export const COST_VALUES = ['free', 'low', 'paid'] as const;
export const STATUS_VALUES = ['active', 'inactive', 'closed'] as const;
export const CONSENT_VALUES = ['given', 'not-asked', 'withdrawn'] as const;
export const LINK_RELATIONS = ['meets in', 'run by', 'part of', 'works with'] as const;

export const ContactSchema = z.object({
  name: z.optional(shortText(200, msg('Contact name'))),
  phone: z.optional(shortText(40, msg('Phone'))),
  email: z.optional(z.email({ error: msg('Email must look like name@example.org') }).check(z.maxLength(254))),
  website: z.optional(z.url({ protocol: /^https?$/, error: msg('Website must be a web address starting http:// or https://') }).check(z.maxLength(2000))),
});

export const ConsentSchema = z
  .object({
    status: z.enum(CONSENT_VALUES, { error: msg('Consent must be given, not yet asked, or withdrawn') }),
    date: z.optional(DateSchema),
    purpose: z.optional(shortText(500, msg('Consent purpose'))),
    /** They agreed that the team's other coordinators see this record (team sharing sends it only then). */
    sharedWithTeam: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((consent, ctx) => {
      if (consent.status === 'given' && (!consent.date || !consent.purpose)) {
        ctx.addIssue({ code: 'custom', message: msg('When consent is given, record the date and what it was given for'), path: ['date'] });
      }
    }),
  );

/** A person's free tags: short, trimmed, lower case, each at most once. */
const personTags = (label: string) => z._default(z.array(shortText(60, label).check(z.minLength(1))).check(z.maxLength(30, fill(msg('At most 30 of: {label}'), { label }))), []);

/** Categories whose records can be marked as community connectors: people (with consent) and groups. */
export const CONNECTOR_CATEGORIES = ['individuals', 'associations'] as const;

/** Personal-data details that only the individuals category carries. */
export const PersonSchema = z.object({
  consent: ConsentSchema,
  /** False unless the person agreed to be pinned at a precise place; never their home by default. */
  exactLocation: z._default(z.boolean(), false),
  /** Health, faith or other sensitive details: the form warns against recording them at all. */
  sensitive: z.optional(longText(msg('Sensitive notes'))),
  /** Their gifts and skills ("cooking", "Urdu", "bike repair"): free tags, with the workspace's as suggestions. */
  gifts: personTags(msg('A gift or skill')),
  /** What they care about ("green spaces", "young people"). */
  cares: personTags(msg('Something they care about')),
  /** What they would share or teach. */
  shares: personTags(msg('Something they would share')),
});

export const AssetLinkSchema = z.object({
  assetId: IdSchema,
  relation: z.enum(LINK_RELATIONS, { error: fill(msg('A link must be one of: {values}'), { values: LINK_RELATIONS.join(', ') }) }),
});

export const AssetSchema = z
  .object({
    id: IdSchema,
    name: shortText(200, 'Name', msg('Give the asset a name')).check(z.minLength(1, msg('Give the asset a name'))),
    category: z.enum(CATEGORY_IDS, { error: fill(msg('Choose a category: {values}'), { values: CATEGORY_IDS.join(', ') }) }),
    type: z._default(shortText(80, msg('Type')), ''),
    description: z._default(longText(msg('Description')), ''),
    tags: z._default(z.array(shortText(40, msg('A tag')).check(z.minLength(1))).check(z.maxLength(50, msg('At most 50 tags'))), []),
    /** Null only for individuals, who need no exact location. */
    geometry: z.nullable(AssetGeometrySchema),
    address: z.optional(shortText(300, msg('Address'))),
    postcode: z.optional(shortText(10, msg('Postcode'))),
    /** Unique Property Reference Number: kept as text so leading zeros survive. */
    uprn: z.optional(z.string().check(z.regex(/^\d{1,12}$/, msg('A UPRN is 1 to 12 digits')))),
    contact: z._default(ContactSchema, {}),
    accessibility: z._default(longText(msg('Accessibility notes')), ''),
    openingTimes: z._default(shortText(500, msg('Opening times')), ''),
    cost: z.optional(z.enum(COST_VALUES, { error: msg('Cost must be free, low or paid') })),
    photos: z._default(z.array(IdSchema), []),
    links: z._default(z.array(AssetLinkSchema), []),
    status: z._default(z.enum(STATUS_VALUES, { error: msg('Status must be active, inactive or closed') }), 'active'),
    verifiedAt: z.optional(DateSchema),
    source: z._default(shortText(200, msg('Source')), 'field survey'),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    /** Derived by point-in-polygon; never typed by hand. */
    neighbourhoodIds: z._default(z.array(IdSchema), []),
    /** Columns of an imported file that have no asset field, kept as they came. */
    extra: z._default(z.record(z.string(), z.string()), {}),
    /**
     * Which `extra` columns hold personal data (marked in the import preview). Absent on records
     * imported before it was asked: then the column names decide (model/personal-data).
     */
    personalColumns: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500))),
    person: z.optional(PersonSchema),
    /** A community connector: a person (with consent) or group who links people to what is around them. */
    connector: z._default(z.boolean(), false),
  })
  .check(
    z.superRefine((asset, ctx) => {
      if (asset.category === 'individuals' && !asset.person) {
        ctx.addIssue({ code: 'custom', path: ['person'], message: msg('A record about a person needs their consent status') });
      }
      if (asset.connector && !(CONNECTOR_CATEGORIES as readonly string[]).includes(asset.category)) {
        ctx.addIssue({ code: 'custom', path: ['connector'], message: msg('Only a person or a group can be a community connector') });
      }
      if (asset.connector && asset.category === 'individuals' && asset.person?.consent.status !== 'given') {
        ctx.addIssue({ code: 'custom', path: ['connector'], message: msg('A person can be marked as a community connector only once they have given consent') });
      }
      if (asset.category !== 'individuals' && asset.geometry === null) {
        ctx.addIssue({ code: 'custom', path: ['geometry'], message: msg('Place the asset on the map (only people may be recorded without a location)') });
      }
    }),
  );

/** An asset as stored and used by the app (defaults filled). */
export type Asset = z.output<typeof AssetSchema>;
/** An asset as it may arrive (defaults not yet filled). */
export type AssetInput = z.input<typeof AssetSchema>;
export type Consent = z.output<typeof ConsentSchema>;

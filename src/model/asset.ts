import { z } from 'zod';
import { CATEGORY_IDS } from './categories';
import { AssetGeometrySchema } from './geometry';
import { DateSchema, IdSchema, TimestampSchema, longText, shortText } from './common';
import { fill, msg } from '../lib/i18n/msg';

export const COST_VALUES = ['free', 'low', 'paid'] as const;
export const STATUS_VALUES = ['active', 'inactive', 'closed'] as const;
export const CONSENT_VALUES = ['given', 'not-asked', 'withdrawn'] as const;
export const LINK_RELATIONS = ['meets in', 'run by', 'part of', 'works with'] as const;

export const ContactSchema = z.object({
  name: shortText(200, msg('Contact name')).optional(),
  phone: shortText(40, msg('Phone')).optional(),
  email: z
    .email({ error: msg('Email must look like name@example.org') })
    .max(254)
    .optional(),
  website: z
    .url({ protocol: /^https?$/, error: msg('Website must be a web address starting http:// or https://') })
    .max(2000)
    .optional(),
});

export const ConsentSchema = z
  .object({
    status: z.enum(CONSENT_VALUES, { error: msg('Consent must be given, not yet asked, or withdrawn') }),
    date: DateSchema.optional(),
    purpose: shortText(500, msg('Consent purpose')).optional(),
    /** They agreed that the team's other coordinators see this record (team sharing sends it only then). */
    sharedWithTeam: z.boolean().optional(),
  })
  .superRefine((consent, ctx) => {
    if (consent.status === 'given' && (!consent.date || !consent.purpose)) {
      ctx.addIssue({ code: 'custom', message: msg('When consent is given, record the date and what it was given for'), path: ['date'] });
    }
  });

/** A person's free tags: short, trimmed, lower case, each at most once. */
const personTags = (label: string) =>
  z
    .array(shortText(60, label).min(1))
    .max(30, fill(msg('At most 30 of: {label}'), { label }))
    .default([]);

/** Categories whose records can be marked as community connectors: people (with consent) and groups. */
export const CONNECTOR_CATEGORIES = ['individuals', 'associations'] as const;

/** Personal-data details that only the individuals category carries. */
export const PersonSchema = z.object({
  consent: ConsentSchema,
  /** False unless the person agreed to be pinned at a precise place; never their home by default. */
  exactLocation: z.boolean().default(false),
  /** Health, faith or other sensitive details: the form warns against recording them at all. */
  sensitive: longText(msg('Sensitive notes')).optional(),
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
    name: shortText(200, 'Name', msg('Give the asset a name')).min(1, msg('Give the asset a name')),
    category: z.enum(CATEGORY_IDS, { error: fill(msg('Choose a category: {values}'), { values: CATEGORY_IDS.join(', ') }) }),
    type: shortText(80, msg('Type')).default(''),
    description: longText(msg('Description')).default(''),
    tags: z
      .array(shortText(40, msg('A tag')).min(1))
      .max(50, msg('At most 50 tags'))
      .default([]),
    /** Null only for individuals, who need no exact location. */
    geometry: AssetGeometrySchema.nullable(),
    address: shortText(300, msg('Address')).optional(),
    postcode: shortText(10, msg('Postcode')).optional(),
    /** Unique Property Reference Number: kept as text so leading zeros survive. */
    uprn: z
      .string()
      .regex(/^\d{1,12}$/, msg('A UPRN is 1 to 12 digits'))
      .optional(),
    contact: ContactSchema.default({}),
    accessibility: longText(msg('Accessibility notes')).default(''),
    openingTimes: shortText(500, msg('Opening times')).default(''),
    cost: z.enum(COST_VALUES, { error: msg('Cost must be free, low or paid') }).optional(),
    photos: z.array(IdSchema).default([]),
    links: z.array(AssetLinkSchema).default([]),
    status: z.enum(STATUS_VALUES, { error: msg('Status must be active, inactive or closed') }).default('active'),
    verifiedAt: DateSchema.optional(),
    source: shortText(200, msg('Source')).default('field survey'),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    /** Derived by point-in-polygon; never typed by hand. */
    neighbourhoodIds: z.array(IdSchema).default([]),
    /** Columns of an imported file that have no asset field, kept as they came. */
    extra: z.record(z.string(), z.string()).default({}),
    /**
     * Which `extra` columns hold personal data (marked in the import preview). Absent on records
     * imported before it was asked: then the column names decide (model/personal-data).
     */
    personalColumns: z.array(z.string().max(200)).max(500).optional(),
    person: PersonSchema.optional(),
    /** A community connector: a person (with consent) or group who links people to what is around them. */
    connector: z.boolean().default(false),
  })
  .superRefine((asset, ctx) => {
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
  });

/** An asset as stored and used by the app (defaults filled). */
export type Asset = z.output<typeof AssetSchema>;
/** An asset as it may arrive (defaults not yet filled). */
export type AssetInput = z.input<typeof AssetSchema>;
export type Consent = z.output<typeof ConsentSchema>;

import { AssetSchema, type Asset, type Consent } from './asset';
import { err, ok, type Problem, type Result } from '../lib/result';
import type { CategoryId } from './categories';
import type { AssetGeometry } from './geometry';
import { fieldValue, type TypeField } from './type-fields';
import { msg } from '../lib/i18n/msg';

/** What the asset form holds: plain strings and lists as typed, before any validation. */
export interface AssetDraft {
  name: string;
  category: CategoryId | '';
  type: string;
  description: string;
  tags: string;
  cost: '' | 'free' | 'low' | 'paid';
  accessibility: string;
  openingTimes: string;
  contactName: string;
  phone: string;
  email: string;
  website: string;
  status: 'active' | 'inactive' | 'closed';
  verifiedAt: string;
  links: { assetId: string; relation: 'meets in' | 'run by' | 'part of' | 'works with' }[];
  consentStatus: '' | Consent['status'];
  consentDate: string;
  consentPurpose: string;
  /** They agreed the team's other coordinators see this record (team sharing). */
  consentTeam: boolean;
  exactLocation: boolean;
  /** People only: pinned at a public place, or shown only as part of their neighbourhood. */
  showAt: 'neighbourhood' | 'public-place';
  /** People only, comma-separated as typed: gifts and skills, what they care about, what they would share. */
  gifts: string;
  cares: string;
  shares: string;
  /** A person (with consent) or group marked as a community connector. */
  connector: boolean;
  /** The asset's details: its type's fields and any column an import kept, by key, as typed. */
  extra: Record<string, string>;
}

/** A form field, or one detail (`extra.playground`), that a problem can sit under. */
export type DraftField = keyof AssetDraft | 'geometry' | `extra.${string}`;
export type FieldErrors = Partial<Record<DraftField, string>>;

export const EMPTY_DRAFT: AssetDraft = {
  name: '',
  category: '',
  type: '',
  description: '',
  tags: '',
  cost: '',
  accessibility: '',
  openingTimes: '',
  contactName: '',
  phone: '',
  email: '',
  website: '',
  status: 'active',
  verifiedAt: '',
  links: [],
  consentStatus: '',
  consentDate: '',
  consentPurpose: '',
  consentTeam: false,
  exactLocation: false,
  showAt: 'neighbourhood',
  gifts: '',
  cares: '',
  shares: '',
  connector: false,
  extra: {},
};

/** The form's view of a stored asset. */
export function draftFromAsset(asset: Asset): AssetDraft {
  return {
    name: asset.name,
    category: asset.category,
    type: asset.type,
    description: asset.description,
    tags: asset.tags.join(', '),
    cost: asset.cost ?? '',
    accessibility: asset.accessibility,
    openingTimes: asset.openingTimes,
    contactName: asset.contact.name ?? '',
    phone: asset.contact.phone ?? '',
    email: asset.contact.email ?? '',
    website: asset.contact.website ?? '',
    status: asset.status,
    verifiedAt: asset.verifiedAt ?? '',
    links: asset.links.map((l) => ({ ...l })),
    consentStatus: asset.person?.consent.status ?? '',
    consentDate: asset.person?.consent.date ?? '',
    consentPurpose: asset.person?.consent.purpose ?? '',
    consentTeam: asset.person?.consent.sharedWithTeam ?? false,
    exactLocation: asset.person?.exactLocation ?? false,
    showAt: asset.geometry ? 'public-place' : 'neighbourhood',
    gifts: asset.person?.gifts.join(', ') ?? '',
    cares: asset.person?.cares.join(', ') ?? '',
    shares: asset.person?.shares.join(', ') ?? '',
    connector: asset.connector,
    extra: { ...asset.extra },
  };
}

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** Comma-separated words as typed, as a list of tags: trimmed, lower case, each once. */
export const tagsFromText = (text: string): string[] => [
  ...new Set(
    text
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean),
  ),
];

/** Which form field a schema problem belongs to, so the message can sit under that field. */
function fieldOf(path: readonly PropertyKey[]): DraftField {
  const [first, second, third] = path.map(String);
  if (first === 'contact') return second === 'name' ? 'contactName' : ((second ?? 'email') as DraftField);
  if (first === 'person' && (second === 'gifts' || second === 'cares' || second === 'shares')) return second;
  if (first === 'person') return third === 'date' || second === 'exactLocation' ? 'consentDate' : third === 'purpose' ? 'consentPurpose' : 'consentStatus';
  if (first === 'links') return 'links';
  return (first ?? 'name') as DraftField;
}

export interface DraftContext {
  id: string;
  now: string;
  geometry: AssetGeometry | null;
  /** The stored asset being edited: fields the form does not show are kept from it. */
  existing?: Asset;
  neighbourhoodIds: string[];
  /** The fields of the draft's type, whose values are checked and stored in their own spelling. */
  typeFields?: readonly TypeField[];
}

/**
 * The details as they will be stored: blanks dropped, a type's yes/no and number fields spelled one
 * way, or a problem under each field that cannot hold what was typed.
 */
function detailsFromDraft(extra: Readonly<Record<string, string>>, fields: readonly TypeField[]): { extra: Record<string, string>; problems: Problem[] } {
  const out: Record<string, string> = {};
  const problems: Problem[] = [];
  for (const [key, raw] of Object.entries(extra)) {
    const field = fields.find((f) => f.key === key);
    const read = field ? fieldValue(field, raw) : { value: raw.trim() };
    if ('problem' in read) problems.push({ message: read.problem, field: `extra.${key}` });
    else if (read.value !== '') out[key] = read.value;
  }
  return { extra: out, problems };
}

/**
 * Turns what was typed into a valid asset, or says what to fix under each field. Nothing typed is
 * lost either way: the caller keeps the draft until it saves.
 */
export function assetFromDraft(draft: AssetDraft, context: DraftContext): Result<Asset> {
  const isPerson = draft.category === 'individuals';
  const details = detailsFromDraft(draft.extra, context.typeFields ?? []);
  const candidate = {
    ...(context.existing ?? {}),
    id: context.id,
    name: draft.name,
    category: draft.category === '' ? undefined : draft.category,
    type: draft.type.trim(),
    description: draft.description,
    tags: tagsFromText(draft.tags),
    cost: draft.cost === '' ? undefined : draft.cost,
    accessibility: draft.accessibility,
    openingTimes: draft.openingTimes,
    contact: {
      name: blankToUndefined(draft.contactName),
      phone: blankToUndefined(draft.phone),
      email: blankToUndefined(draft.email),
      website: blankToUndefined(draft.website),
    },
    status: draft.status,
    verifiedAt: blankToUndefined(draft.verifiedAt),
    links: draft.links.filter((l) => l.assetId !== context.id),
    geometry: isPerson && draft.showAt === 'neighbourhood' ? null : context.geometry,
    person: isPerson
      ? {
          consent: {
            status: draft.consentStatus === '' ? undefined : draft.consentStatus,
            date: blankToUndefined(draft.consentDate),
            purpose: blankToUndefined(draft.consentPurpose),
            ...(draft.consentStatus === 'given' && draft.consentTeam ? { sharedWithTeam: true } : {}),
          },
          exactLocation: draft.exactLocation,
          gifts: tagsFromText(draft.gifts),
          cares: tagsFromText(draft.cares),
          shares: tagsFromText(draft.shares),
          ...(context.existing?.person?.sensitive ? { sensitive: context.existing.person.sensitive } : {}),
        }
      : undefined,
    connector: draft.connector && (draft.category === 'individuals' || draft.category === 'associations'),
    createdAt: context.existing?.createdAt ?? context.now,
    updatedAt: context.now,
    neighbourhoodIds: context.neighbourhoodIds,
    extra: details.extra,
    // A detail removed in the form is no longer marked personal.
    ...(context.existing?.personalColumns ? { personalColumns: context.existing.personalColumns.filter((k) => k in details.extra) } : {}),
  };
  const parsed = AssetSchema.safeParse(candidate);
  if (parsed.success && details.problems.length === 0) return ok(parsed.data);
  const problems: Problem[] = [...details.problems];
  if (parsed.success) return err(problems);
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path);
    if (problems.some((p) => p.field === field)) continue;
    const message =
      field === 'category' && draft.category === ''
        ? msg('Choose a category')
        : field === 'consentStatus' && draft.consentStatus === ''
          ? msg('Record whether this person has given consent')
          : issue.message;
    problems.push({ message, field });
  }
  return err(problems);
}

/** The first problem for each form field, to show under that field. */
export function fieldErrors(problems: readonly Problem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const p of problems) if (p.field) errors[p.field as DraftField] ??= p.message;
  return errors;
}

/** Words in free text that suggest health, faith or other special-category data about a person. */
const SENSITIVE_WORDS =
  /\b(diagnos\w*|disab\w*|illness|depress\w*|anxiety|dementia|cancer|diabet\w*|hiv|pregnan\w*|medication|mental health|religio\w*|faith|muslim|christian|jewish|hindu|sikh|church-?goer|sexual\w*|gay|lesbian|transgender|ethnic\w*|criminal|convict\w*|prison|benefits|debt)\b/i;

/** True when a person's record seems to hold sensitive details the form should warn about. */
export function mentionsSensitiveDetails(text: string): boolean {
  return SENSITIVE_WORDS.test(text);
}

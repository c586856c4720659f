import { AssetSchema, type Asset, type Consent } from './asset';
import { err, ok, type Problem, type Result } from '../lib/result';
import type { CategoryId } from './categories';
import type { AssetGeometry } from './geometry';

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
  exactLocation: boolean;
  /** People only: pinned at a public place, or shown only as part of their neighbourhood. */
  showAt: 'neighbourhood' | 'public-place';
}

export type DraftField = keyof AssetDraft | 'geometry';
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
  exactLocation: false,
  showAt: 'neighbourhood',
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
    exactLocation: asset.person?.exactLocation ?? false,
    showAt: asset.geometry ? 'public-place' : 'neighbourhood',
  };
}

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** Which form field a schema problem belongs to, so the message can sit under that field. */
function fieldOf(path: readonly PropertyKey[]): DraftField {
  const [first, second, third] = path.map(String);
  if (first === 'contact') return second === 'name' ? 'contactName' : ((second ?? 'email') as DraftField);
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
}

/**
 * Turns what was typed into a valid asset, or says what to fix under each field. Nothing typed is
 * lost either way: the caller keeps the draft until it saves.
 */
export function assetFromDraft(draft: AssetDraft, context: DraftContext): Result<Asset> {
  const isPerson = draft.category === 'individuals';
  const candidate = {
    ...(context.existing ?? {}),
    id: context.id,
    name: draft.name,
    category: draft.category === '' ? undefined : draft.category,
    type: draft.type.trim(),
    description: draft.description,
    tags: [
      ...new Set(
        draft.tags
          .split(',')
          .map((t) => t.trim().toLowerCase())
          .filter(Boolean),
      ),
    ],
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
          consent: { status: draft.consentStatus === '' ? undefined : draft.consentStatus, date: blankToUndefined(draft.consentDate), purpose: blankToUndefined(draft.consentPurpose) },
          exactLocation: draft.exactLocation,
          ...(context.existing?.person?.sensitive ? { sensitive: context.existing.person.sensitive } : {}),
        }
      : undefined,
    createdAt: context.existing?.createdAt ?? context.now,
    updatedAt: context.now,
    neighbourhoodIds: context.neighbourhoodIds,
  };
  const parsed = AssetSchema.safeParse(candidate);
  if (parsed.success) return ok(parsed.data);
  const problems: Problem[] = [];
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path);
    if (problems.some((p) => p.field === field)) continue;
    const message =
      field === 'category' && draft.category === '' ? 'Choose a category' : field === 'consentStatus' && draft.consentStatus === '' ? 'Record whether this person has given consent' : issue.message;
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

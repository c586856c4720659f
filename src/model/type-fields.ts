import { z } from 'zod/mini';
import { foldForMatch } from '../lib/fold';
import { fill, msg } from '../lib/i18n/msg';

/**
 * Fields a type of asset carries beyond the common ones: a park's playground, toilets and café; a
 * group's meeting day and age range. The team defines them (Settings → Types and their fields);
 * their values live in the asset's `extra`, under the field's key, as text.
 */
export const FIELD_KINDS = ['yes-no', 'number', 'text'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export const TypeFieldSchema = z.object({
  /** Where the value is kept in `extra`, and the column it is exported as: "playground". */
  key: z.string().check(z.trim(), z.regex(/^[a-z0-9_]{1,60}$/, { error: msg('A field key is 1 to 60 lower-case letters, digits or underscores') })),
  label: z.string().check(z.trim(), z.minLength(1, { error: msg('Give the field a name') }), z.maxLength(60, { error: msg('A field name is at most 60 characters') })),
  kind: z.enum(FIELD_KINDS),
});
export type TypeField = z.infer<typeof TypeFieldSchema>;

export const TypeFieldsSchema = z.object({
  type: z.string().check(z.trim(), z.minLength(1, { error: msg('Name the type') }), z.maxLength(80)),
  fields: z.array(TypeFieldSchema).check(z.maxLength(30, { error: msg('A type has at most 30 fields') })),
});
export type TypeFields = z.infer<typeof TypeFieldsSchema>;

/** Where a new workspace starts: the facilities council park lists carry, and what people ask of a group. */
export const DEFAULT_TYPE_FIELDS: readonly TypeFields[] = [
  {
    type: 'park',
    fields: [
      { key: 'playground', label: 'Playground', kind: 'yes-no' },
      { key: 'toilets', label: 'Toilets', kind: 'yes-no' },
      { key: 'cafe', label: 'Café', kind: 'yes-no' },
    ],
  },
  {
    type: 'group',
    fields: [
      { key: 'meeting_day', label: 'Meeting day', kind: 'text' },
      { key: 'age_range', label: 'Age range', kind: 'text' },
    ],
  },
  {
    type: 'community centre',
    fields: [
      { key: 'capacity', label: 'Capacity (people)', kind: 'number' },
      { key: 'accessible_toilet', label: 'Accessible toilet', kind: 'yes-no' },
    ],
  },
];

/** The key a field's name gives: "Meeting day" → "meeting_day", "Café" → "cafe". */
export function fieldKey(label: string): string {
  return foldForMatch(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
}

/** The fields of a type, matched ignoring case and accents; none for a type without its own. */
export function fieldsOfType(definitions: readonly TypeFields[], type: string): readonly TypeField[] {
  const wanted = foldForMatch(type.trim());
  return definitions.find((d) => foldForMatch(d.type) === wanted)?.fields ?? [];
}

const YES = new Set(['yes', 'y', '1', 'true', 't', 'x', '\u2713', '\u2714', 'ja', 'oui']);
const NO = new Set(['no', 'n', '0', 'false', 'f', 'nee', 'non']);

/** "1", "Y", "TRUE", "✓" → "yes"; "0", "N", "FALSE" → "no"; anything else is not a yes/no. */
export function readYesNo(value: string): 'yes' | 'no' | null {
  const v = value.trim().toLowerCase();
  return YES.has(v) ? 'yes' : NO.has(v) ? 'no' : null;
}

/**
 * A value for a field as it will be stored: yes/no spelled "yes" or "no", a number in plain digits
 * ("1,200" → "1200"). A value the field cannot hold is a problem, named with the field.
 */
export function fieldValue(field: TypeField, raw: string): { value: string } | { problem: string } {
  const text = raw.trim();
  if (text === '') return { value: '' };
  if (field.kind === 'yes-no') {
    const yesNo = readYesNo(text);
    return yesNo ? { value: yesNo } : { problem: fill(msg('{label}: “{value}” is not yes or no'), { label: field.label, value: text.slice(0, 40) }) };
  }
  if (field.kind === 'number') {
    const n = Number(text.replace(/,(?=\d{3}\b)/g, ''));
    return Number.isFinite(n) ? { value: String(n) } : { problem: fill(msg('{label}: “{value}” is not a number'), { label: field.label, value: text.slice(0, 40) }) };
  }
  return { value: text };
}

/** How a stored value reads in the details and the table: "Yes", "No" (however it was written), or as it is. */
export function showValue(field: TypeField | undefined, value: string): string {
  if (field?.kind !== 'yes-no') return value;
  const yesNo = readYesNo(value);
  return yesNo === 'yes' ? 'Yes' : yesNo === 'no' ? 'No' : value;
}

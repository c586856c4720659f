import { stableText } from '../lib/stable-text';
import { fill, msg } from '../lib/i18n/msg';

/**
 * Field-by-field comparison of two versions of a record, for a conflict review: which fields
 * differ, how each reads, and the record made of the fields a person picked from each side.
 */

/** Fields a person never picks: they follow from the others or are the record's identity. */
const NOT_PICKED = new Set(['id', 'neighbourhoodIds', 'createdAt', 'updatedAt']);

const LABELS: Record<string, string> = {
  name: msg('Name'),
  category: msg('Category'),
  type: msg('Type'),
  description: msg('Description'),
  tags: msg('Tags'),
  geometry: msg('Location'),
  address: msg('Address'),
  postcode: msg('Postcode'),
  uprn: msg('UPRN'),
  contact: msg('Contact'),
  accessibility: msg('Accessibility'),
  openingTimes: msg('Opening times'),
  cost: msg('Cost'),
  photos: msg('Photos'),
  links: msg('Links'),
  status: msg('Status'),
  verifiedAt: msg('Last verified'),
  source: msg('Source'),
  extra: msg('Details'),
  person: msg('Consent and person details'),
  code: msg('Code'),
  notes: msg('Notes'),
};

/** The fields whose values differ between two versions, in the record's own order. */
export function differingFields(mine: Record<string, unknown>, theirs: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])];
  return keys.filter((key) => !NOT_PICKED.has(key) && stableText(mine[key]) !== stableText(theirs[key]));
}

export const fieldLabel = (key: string): string => LABELS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

/** A field's value as one line of text (never HTML). */
export function fieldText(key: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return msg('(empty)');
  if (key === 'geometry' && typeof value === 'object') {
    const g = value as { type?: string; coordinates?: unknown };
    if (g.type === 'Point' && Array.isArray(g.coordinates)) return fill(msg('Point at {where}'), { where: (g.coordinates as number[]).map((n) => n.toFixed(5)).join(', ') });
    return fill(msg('{shape} ({count} corners)'), { shape: g.type ?? 'Shape', count: stableText(g.coordinates).split(',').length / 2 });
  }
  if (Array.isArray(value)) return value.length === 0 ? msg('(none)') : value.map((v) => (typeof v === 'object' ? stableText(v) : String(v))).join(', ');
  if (typeof value === 'object')
    return (
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}: ${typeof v === 'object' ? stableText(v) : String(v)}`)
        .join('; ') || '(empty)'
    );
  return String(value);
}

/** The record made of `theirs` where a field is picked as theirs, and `mine` elsewhere. */
export function mergeFields(mine: Record<string, unknown>, theirs: Record<string, unknown>, pickTheirs: ReadonlySet<string>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...mine };
  for (const key of pickTheirs) {
    if (theirs[key] === undefined) delete merged[key];
    else merged[key] = theirs[key];
  }
  return merged;
}

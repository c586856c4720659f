import type { Asset } from './asset';

/**
 * Words in a column's name that say it holds something about a person: a council list's "Contact
 * name", "Mobile", "Date of birth" or "NI number". A guess the coordinator can change in the import
 * preview; "age range" and "age group" describe a group's members, not one person, so they are not
 * matched.
 */
const PERSONAL_WORDS =
  /\b(contact|phone|telephone|tel|mobile|email|e mail|address|dob|birth|birthday|age|ni number|ni no|nino|national insurance|surname|forename|first name|last name|full name|given name|person|resident|home)\b/;
const NOT_PERSONAL = /\bage (range|group|band)s?\b/;

/** "ContactName", "contact_name" and "Contact-Name" all become "contact name". */
function words(column: string): string {
  return column
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-./]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** True when a column's name suggests it holds personal data. */
export function looksPersonal(column: string): boolean {
  const text = words(column);
  return PERSONAL_WORDS.test(text) && !NOT_PERSONAL.test(text);
}

/**
 * The `extra` columns of an asset that hold personal data: those the coordinator marked on import,
 * or, for a record from before that was asked, those whose names look personal.
 */
export function personalExtraKeys(asset: Pick<Asset, 'extra' | 'personalColumns'>): string[] {
  const keys = Object.keys(asset.extra);
  if (asset.personalColumns) {
    const marked = new Set(asset.personalColumns);
    return keys.filter((k) => marked.has(k));
  }
  return keys.filter(looksPersonal);
}

/** The `extra` columns that may leave the device without the coordinator including personal data. */
export function shareableExtra(asset: Pick<Asset, 'extra' | 'personalColumns'>): [string, string][] {
  const personal = new Set(personalExtraKeys(asset));
  return Object.entries(asset.extra).filter(([k]) => !personal.has(k));
}

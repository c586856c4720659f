import type { Asset } from '../model/asset';
import { CATEGORIES } from '../model/categories';

export type FlatValue = string | number | boolean | null;

/** Fields that can identify a person: left out of files unless the user asks for personal data. */
export const PERSONAL_FIELDS = ['contact_name', 'phone', 'email', 'consent_status', 'consent_date', 'consent_purpose'] as const;

/**
 * An asset as one flat row, the shape GIS tools and spreadsheets expect: lists joined with "; ",
 * dates ISO 8601, ids as text. Extra columns from an imported file come last, renamed if they clash.
 */
export function flatAssetProperties(asset: Asset, includePersonal: boolean): Record<string, FlatValue> {
  const row: Record<string, FlatValue> = {
    id: asset.id,
    name: asset.name,
    category: asset.category,
    category_label: CATEGORIES[asset.category].label,
    type: asset.type,
    description: asset.description,
    tags: asset.tags.join('; '),
    address: asset.address ?? null,
    postcode: asset.postcode ?? null,
    uprn: asset.uprn ?? null,
    website: asset.contact.website ?? null,
    accessibility: asset.accessibility,
    opening_times: asset.openingTimes,
    cost: asset.cost ?? null,
    status: asset.status,
    verified_at: asset.verifiedAt ?? null,
    source: asset.source,
    created_at: asset.createdAt,
    updated_at: asset.updatedAt,
    neighbourhood_ids: asset.neighbourhoodIds.join('; '),
    links: asset.links.map((l) => `${l.relation}: ${l.assetId}`).join('; '),
    photo_count: asset.photos.length,
  };
  if (includePersonal) {
    row.contact_name = asset.contact.name ?? null;
    row.phone = asset.contact.phone ?? null;
    row.email = asset.contact.email ?? null;
    if (asset.person) {
      row.consent_status = asset.person.consent.status;
      row.consent_date = asset.person.consent.date ?? null;
      row.consent_purpose = asset.person.consent.purpose ?? null;
    }
  }
  for (const [key, value] of Object.entries(asset.extra)) row[key in row ? `extra_${key}` : key] = value;
  return row;
}

export interface PrivacyReport {
  peopleLeftOut: number;
  fieldsLeftOut: readonly string[];
}

/** Which assets go into a file, and what was held back to protect people. */
export function selectForExport(assets: readonly Asset[], includePersonal: boolean): { assets: Asset[]; report: PrivacyReport } {
  const kept = includePersonal ? [...assets] : assets.filter((a) => a.category !== 'individuals');
  const withContacts = kept.some((a) => a.contact.name || a.contact.phone || a.contact.email);
  return {
    assets: kept,
    report: { peopleLeftOut: assets.length - kept.length, fieldsLeftOut: includePersonal || !withContacts ? [] : ['contact name', 'phone', 'email'] },
  };
}

import type { Asset } from '../model/asset';
import { CATEGORIES } from '../model/categories';
import { personalExtraKeys, shareableExtra } from '../model/personal-data';

export type FlatValue = string | number | boolean | null;

/**
 * What ids stand for, so a file says "Gorse Hill (E05000819)" where the app stores a UUID: the
 * workspace's neighbourhoods, and its assets' names and categories (for links).
 */
export interface ExportNames {
  neighbourhoods: ReadonlyMap<string, { name: string; code?: string | undefined }>;
  assets: ReadonlyMap<string, { name: string; category: Asset['category'] }>;
}

export function exportNames(neighbourhoods: readonly { id: string; name: string; code?: string | undefined }[], assets: readonly Asset[]): ExportNames {
  return {
    neighbourhoods: new Map(neighbourhoods.map((n) => [n.id, { name: n.name, code: n.code }])),
    assets: new Map(assets.map((a) => [a.id, { name: a.name, category: a.category }])),
  };
}

/** Names and codes beside the ids. A link to a person names them only when personal data is included. */
function namedColumns(asset: Asset, names: ExportNames, includePersonal: boolean): Record<string, FlatValue> {
  const areas = asset.neighbourhoodIds.map((id) => names.neighbourhoods.get(id));
  const linked = asset.links.map((l) => {
    const target = names.assets.get(l.assetId);
    const name = !target ? 'removed asset' : target.category === 'individuals' && !includePersonal ? 'a resident' : target.name;
    return `${l.relation}: ${name}`;
  });
  return {
    neighbourhood_names: areas.map((a) => a?.name ?? 'removed').join('; '),
    neighbourhood_codes: areas.map((a) => a?.code ?? '').join('; '),
    link_names: linked.join('; '),
  };
}

/**
 * An asset as one flat row, the shape GIS tools and spreadsheets expect: lists joined with "; ",
 * dates ISO 8601, ids as text, with names and codes beside the ids when `names` are given. Extra
 * columns from an imported file come last, renamed if they clash.
 */
export function flatAssetProperties(asset: Asset, includePersonal: boolean, names?: ExportNames): Record<string, FlatValue> {
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
    connector: asset.connector ? 'yes' : 'no',
    ...(names ? namedColumns(asset, names, includePersonal) : {}),
  };
  if (includePersonal) {
    row.contact_name = asset.contact.name ?? null;
    row.phone = asset.contact.phone ?? null;
    row.email = asset.contact.email ?? null;
    if (asset.person) {
      row.consent_status = asset.person.consent.status;
      row.consent_date = asset.person.consent.date ?? null;
      row.consent_purpose = asset.person.consent.purpose ?? null;
      row.gifts = asset.person.gifts.join('; ');
      row.cares_about = asset.person.cares.join('; ');
      row.would_share = asset.person.shares.join('; ');
    }
  }
  for (const [key, value] of includePersonal ? Object.entries(asset.extra) : shareableExtra(asset)) row[key in row ? `extra_${key}` : key] = value;
  return row;
}

export interface PrivacyReport {
  peopleLeftOut: number;
  fieldsLeftOut: readonly string[];
  /** Imported columns held back because they hold personal data, by name. */
  columnsLeftOut: readonly string[];
}

/** Which assets go into a file, and what was held back to protect people. */
export function selectForExport(assets: readonly Asset[], includePersonal: boolean): { assets: Asset[]; report: PrivacyReport } {
  const kept = includePersonal ? [...assets] : assets.filter((a) => a.category !== 'individuals');
  const withContacts = kept.some((a) => a.contact.name || a.contact.phone || a.contact.email);
  const columns = new Set<string>();
  if (!includePersonal) for (const asset of kept) for (const key of personalExtraKeys(asset)) columns.add(key);
  return {
    assets: kept,
    report: {
      peopleLeftOut: assets.length - kept.length,
      fieldsLeftOut: includePersonal || !withContacts ? [] : ['contact name', 'phone', 'email'],
      columnsLeftOut: [...columns].sort((a, b) => a.localeCompare(b)),
    },
  };
}

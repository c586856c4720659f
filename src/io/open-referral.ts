import type { Asset } from '../model/asset';
import { representativePoint } from '../model/geometry';
import { CATEGORIES } from '../model/categories';
import { fingerprint } from '../lib/hash';
import type { FlatValue } from './asset-properties';
import { rowsToCsv } from './csv-rows';

/**
 * Groups, institutions and places as an Open Referral UK (HSDS UK profile 3.0) directory: each asset
 * is an organisation that runs one service at one location, with its opening times, contact numbers,
 * accessibility and UPRN (as the location's external identifier). People are never in it. Contact
 * names are personal data: they are left out unless the coordinator includes them.
 *
 * Every id is a UUID worked out from the asset's own id and the table, so exporting again gives the
 * same ids and a directory that imports the file updates its entries rather than adding new ones.
 */

/** The categories a service directory lists: groups, institutions and physical spaces. */
export const OPEN_REFERRAL_CATEGORIES = ['associations', 'institutions', 'physical'] as const;

/** A UUID (version 8, RFC 9562: "custom") made from a name, the same every time for the same name. */
export function stableUuid(name: string): string {
  const hex = [0, 1, 2, 3].map((salt) => fingerprint([`asset-atlas-oruk-${salt}`, name])).join('');
  const version = `8${hex.slice(13, 16)}`;
  const variant = `${((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}

const STATUS = { active: 'active', inactive: 'inactive', closed: 'defunct' } as const;
const FEES = { free: 'Free', low: 'Low cost', paid: 'Charges apply' } as const;

export interface OpenReferralOptions {
  /** Include the names of contact people (personal data); off unless the coordinator ticks it. */
  includeContactNames: boolean;
  /** When the directory was made, for services' last_modified fallback. */
  now: string;
}

interface Tables {
  organizations: Record<string, FlatValue>[];
  services: Record<string, FlatValue>[];
  locations: Record<string, FlatValue>[];
  service_at_location: Record<string, FlatValue>[];
  address: Record<string, FlatValue>[];
  schedule: Record<string, FlatValue>[];
  contacts: Record<string, FlatValue>[];
  phones: Record<string, FlatValue>[];
  accessibility: Record<string, FlatValue>[];
}

/** The JSON form: one object per service, as the profile's compiled service schema nests it. */
export type OpenReferralService = Record<string, unknown>;

/** Drops empty values, as HSDS JSON omits what is unknown rather than writing "". */
const present = (record: Record<string, FlatValue | unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== '' && v !== undefined && v !== null));

/** "12 Canal Street, Millbrook" → the street and the town; a one-part address has no town. */
function splitAddress(address: string): { line: string; town: string } {
  const parts = address
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return { line: parts[0] ?? '', town: '' };
  return { line: parts.slice(0, -1).join(', '), town: parts[parts.length - 1] ?? '' };
}

function describe(asset: Asset): string {
  if (asset.description.trim()) return asset.description.trim();
  const kind = asset.type || CATEGORIES[asset.category].label.toLowerCase();
  return `${asset.name}: ${kind}.`;
}

/** Every table of the directory, as rows ready for CSV, and the same as nested JSON services. */
export function openReferralDirectory(assets: readonly Asset[], options: OpenReferralOptions): { tables: Tables; services: OpenReferralService[]; organizations: Record<string, unknown>[] } {
  const tables: Tables = { organizations: [], services: [], locations: [], service_at_location: [], address: [], schedule: [], contacts: [], phones: [], accessibility: [] };
  const services: OpenReferralService[] = [];
  const listed = assets.filter((a) => (OPEN_REFERRAL_CATEGORIES as readonly string[]).includes(a.category)).sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id));
  for (const asset of listed) {
    const id = (table: string) => stableUuid(`${table}:${asset.id}`);
    const organization = { id: id('organization'), name: asset.name, description: describe(asset), email: asset.contact.email ?? '', website: asset.contact.website ?? '' };
    const service = {
      id: id('service'),
      organization_id: organization.id,
      name: asset.name,
      description: describe(asset),
      url: asset.contact.website ?? '',
      email: asset.contact.email ?? '',
      status: STATUS[asset.status],
      fees: asset.cost ? FEES[asset.cost] : '',
      last_modified: asset.updatedAt || options.now,
    };
    tables.organizations.push(organization);
    tables.services.push(service);
    const json: Record<string, unknown> = { ...present(service), organization: present(organization) };

    if (asset.geometry) {
      const [longitude, latitude] = representativePoint(asset.geometry);
      const location = {
        id: id('location'),
        location_type: 'physical',
        name: asset.name,
        description: '',
        latitude: Number(latitude.toFixed(6)),
        longitude: Number(longitude.toFixed(6)),
        external_identifier: asset.uprn ?? '',
        external_identifier_type: asset.uprn ? 'uprn' : '',
      };
      const link = { id: id('service_at_location'), service_id: service.id, location_id: location.id };
      tables.locations.push(location);
      tables.service_at_location.push(link);
      const nestedLocation: Record<string, unknown> = present(location);
      const { line, town } = splitAddress(asset.address ?? '');
      if (line && town && asset.postcode) {
        // UK addresses have no state or province; the profile requires one, so the town stands in.
        const address = { id: id('address'), location_id: location.id, address_1: line, city: town, state_province: town, postal_code: asset.postcode, country: 'GB', address_type: 'physical' };
        tables.address.push(address);
        nestedLocation.addresses = [present(address)];
      }
      if (asset.accessibility.trim()) {
        const accessibility = { id: id('accessibility'), location_id: location.id, description: asset.accessibility.trim() };
        tables.accessibility.push(accessibility);
        nestedLocation.accessibility = [present(accessibility)];
      }
      json.service_at_locations = [{ ...link, location: nestedLocation }];
    }
    if (asset.openingTimes.trim()) {
      const schedule = { id: id('schedule'), service_id: service.id, description: asset.openingTimes.trim() };
      tables.schedule.push(schedule);
      json.schedules = [present(schedule)];
    }
    const contactName = options.includeContactNames ? (asset.contact.name ?? '') : '';
    if (asset.contact.phone || contactName) {
      const contact = { id: id('contact'), service_id: service.id, name: contactName };
      tables.contacts.push(contact);
      const nested: Record<string, unknown> = present(contact);
      if (asset.contact.phone) {
        const phone = { id: id('phone'), contact_id: contact.id, number: asset.contact.phone };
        tables.phones.push(phone);
        nested.phones = [present(phone)];
      }
      json.contacts = [nested];
    }
    services.push(json);
  }
  return { tables, services, organizations: tables.organizations.map(present) };
}

/** The datapackage's file name for each table (organizations.csv, service_at_location.csv…). */
export const OPEN_REFERRAL_FILES: Record<keyof Tables, string> = {
  organizations: 'organizations.csv',
  services: 'services.csv',
  locations: 'locations.csv',
  service_at_location: 'service_at_location.csv',
  address: 'address.csv',
  schedule: 'schedule.csv',
  contacts: 'contacts.csv',
  phones: 'phones.csv',
  accessibility: 'accessibility.csv',
};

/** Each table as CSV (formula-safe for spreadsheets), keyed by its datapackage file name; empty tables keep their header. */
export function openReferralCsvFiles(tables: Tables): Record<string, string> {
  const HEADERS: Record<keyof Tables, string[]> = {
    organizations: ['id', 'name', 'description', 'email', 'website'],
    services: ['id', 'organization_id', 'name', 'description', 'url', 'email', 'status', 'fees', 'last_modified'],
    locations: ['id', 'location_type', 'name', 'description', 'latitude', 'longitude', 'external_identifier', 'external_identifier_type'],
    service_at_location: ['id', 'service_id', 'location_id'],
    address: ['id', 'location_id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
    schedule: ['id', 'service_id', 'description'],
    contacts: ['id', 'service_id', 'name'],
    phones: ['id', 'contact_id', 'number'],
    accessibility: ['id', 'location_id', 'description'],
  };
  const files: Record<string, string> = {};
  for (const [table, rows] of Object.entries(tables) as [keyof Tables, Record<string, FlatValue>[]][]) {
    const header = HEADERS[table];
    const ordered = rows.length > 0 ? rows.map((r) => Object.fromEntries(header.map((h) => [h, r[h] ?? '']))) : [Object.fromEntries(header.map((h) => [h, '']))];
    const csv = rowsToCsv(ordered, 'excel');
    // An empty table is its header alone, not a row of blanks.
    files[OPEN_REFERRAL_FILES[table]] = rows.length > 0 ? csv : (csv.split('\r\n')[0] ?? '');
  }
  return files;
}

import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { openReferralCsvFiles, openReferralDirectory, stableUuid } from '../../../src/io/open-referral';
import { AssetSchema } from '../../../src/model/asset';
import { makeAsset } from '../factories';
import { errorsOf, openReferralDatapackage, validateOpenReferralOrganization, validateOpenReferralService } from './standards';

const NOW = '2026-11-29T09:00:00.000Z';
const hall = AssetSchema.parse(
  makeAsset({
    name: 'St Mary’s Hall',
    category: 'physical',
    type: 'hall',
    address: '12 Canal Street, Millbrook',
    postcode: 'MB5 2AB',
    uprn: '000100012345',
    openingTimes: 'Mon–Fri 9am–9pm',
    accessibility: 'Step-free access; hearing loop.',
    cost: 'low',
    contact: { name: 'Jan Kowalski', phone: '0161 496 0123', email: 'bookings@stmarys.example.org', website: 'https://stmarys.example.org/' },
  }),
);
const club = AssetSchema.parse(
  makeAsset({ name: 'Canal Side Singers', category: 'associations', type: 'choir', description: '', status: 'closed', geometry: { type: 'Point', coordinates: [-2.29, 53.45] } }),
);
const shop = AssetSchema.parse(makeAsset({ name: 'Murphy Greengrocer', category: 'economic', type: 'shop' }));
const person = AssetSchema.parse(makeAsset({ name: 'Asha Patel', category: 'individuals', type: 'cook', person: { consent: { status: 'given', date: '2026-09-01', purpose: 'Lunches' } } }));
const assets = [hall, club, shop, person];

describe('Open Referral UK export', () => {
  const { tables, services, organizations } = openReferralDirectory(assets, { includeContactNames: false, now: NOW });

  it('passes the UK profile’s compiled service and organisation schemas', () => {
    expect(services).toHaveLength(2);
    for (const service of services) {
      const valid = validateOpenReferralService(service);
      expect(errorsOf(validateOpenReferralService)).toEqual([]);
      expect(valid).toBe(true);
    }
    expect(organizations).toHaveLength(2);
    for (const organization of organizations) expect(validateOpenReferralOrganization(organization), errorsOf(validateOpenReferralOrganization).join('; ')).toBe(true);
    // The validator is live: a status outside the profile's list is refused.
    expect(validateOpenReferralService({ ...services[0], status: 'open' })).toBe(false);
  });

  it('lists groups, institutions and places, never people or shops', () => {
    expect(tables.services.map((s) => s.name).sort()).toEqual(['Canal Side Singers', 'St Mary’s Hall']);
    expect(JSON.stringify({ tables, services })).not.toContain('Asha');
  });

  it('carries opening times, phone, accessibility, the address and the UPRN; a closed group is defunct', () => {
    const json = services.find((s) => s.name === 'St Mary’s Hall')!;
    expect(json).toMatchObject({ status: 'active', fees: 'Low cost', schedules: [{ description: 'Mon–Fri 9am–9pm' }], contacts: [{ phones: [{ number: '0161 496 0123' }] }] });
    const location = (json.service_at_locations as { location: Record<string, unknown> }[])[0]!.location;
    expect(location).toMatchObject({ external_identifier: '000100012345', external_identifier_type: 'uprn', accessibility: [{ description: 'Step-free access; hearing loop.' }] });
    expect(location.addresses).toEqual([expect.objectContaining({ address_1: '12 Canal Street', city: 'Millbrook', postal_code: 'MB5 2AB', country: 'GB' })]);
    expect(tables.services.find((s) => s.name === 'Canal Side Singers')?.status).toBe('defunct');
  });

  it('leaves contact names out unless included', () => {
    expect(JSON.stringify(services)).not.toContain('Kowalski');
    const withNames = openReferralDirectory(assets, { includeContactNames: true, now: NOW });
    expect(withNames.tables.contacts.map((c) => c.name)).toEqual(['Jan Kowalski']);
  });

  it('gives the same ids on every export, so a directory updates rather than duplicates', () => {
    const again = openReferralDirectory([...assets].reverse(), { includeContactNames: false, now: '2027-01-01T00:00:00.000Z' });
    expect(again.tables.services.map((s) => s.id)).toEqual(tables.services.map((s) => s.id));
    expect(stableUuid('service:x')).toBe(stableUuid('service:x'));
    expect(stableUuid('service:x')).not.toBe(stableUuid('service:y'));
    expect(stableUuid('service:x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const ids = Object.values(tables).flatMap((rows) => (rows as Record<string, unknown>[]).map((r) => String(r.id)));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes each table as the datapackage names it: known columns, required values present, UUIDs and enums as listed', () => {
    const files = openReferralCsvFiles(tables);
    for (const [file, csv] of Object.entries(files)) {
      const resource = openReferralDatapackage.resources.find((r) => r.path === file);
      expect(resource, `${file} is a table of the datapackage`).toBeDefined();
      const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
      const fields = new Map(resource!.schema.fields.map((f) => [f.name, f]));
      for (const column of parsed.meta.fields ?? []) expect(fields.has(column), `${file}: ${column} is a field of ${resource!.name}`).toBe(true);
      for (const field of resource!.schema.fields.filter((f) => f.constraints?.required)) expect(parsed.meta.fields, `${file} has required ${field.name}`).toContain(field.name);
      for (const row of parsed.data) {
        for (const [column, cell] of Object.entries(row)) {
          const field = fields.get(column)!;
          if (field.constraints?.required) expect(cell, `${file}: ${column} is required`).not.toBe('');
          if (cell && field.format === 'uuid') expect(cell).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
          if (cell && field.constraints?.enum) expect(field.constraints.enum).toContain(cell);
        }
      }
    }
    expect(files['services.csv']!.split('\r\n')).toHaveLength(3);
  });
});

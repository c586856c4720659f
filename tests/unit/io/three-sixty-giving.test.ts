import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { placeInvestments, needLayerOf } from '../../../src/geo/investment-need';
import { threeSixtyGivingCsv, threeSixtyGivingPackage, THREE_SIXTY_GIVING_COLUMNS } from '../../../src/io/three-sixty-giving';
import { AssetSchema } from '../../../src/model/asset';
import { FunderSchema } from '../../../src/model/settings';
import { makeAsset } from '../factories';
import { errorsOf, threeSixtyGivingSchema, validateGrantPackage } from './standards';
import { grant, pointInDecile, traffordDeprivation, traffordWards } from './investment-fixtures';

const funder = FunderSchema.parse({ name: 'Trafford Community Fund', orgId: 'GB-CHC-1099999', prefix: '360G-traffordcf' });
const wards = traffordWards();
const deprivation = traffordDeprivation();
const poorest = pointInDecile(deprivation, 1);
const richest = pointInDecile(deprivation, 10);
const club = AssetSchema.parse(makeAsset({ name: 'Partington Boxing Club', category: 'associations', type: 'sports club', geometry: { type: 'Point', coordinates: poorest.at } }));
const person = AssetSchema.parse(
  makeAsset({
    name: 'Asha Patel',
    category: 'individuals',
    type: 'cook',
    geometry: { type: 'Point', coordinates: richest.at },
    person: { consent: { status: 'given', date: '2026-09-01', purpose: 'Community lunches' } },
  }),
);
const grants = [
  grant({ recipient: { assetId: club.id, orgId: 'GB-COH-01234567' }, amountPence: 125_050, status: 'paid', purpose: 'Gloves, pads and a first-aid kit' }),
  grant({ recipient: { name: 'Friends of Longford Park', at: richest.at }, amountPence: 25_000, awardedOn: '2026-09-15' }),
  grant({ recipient: { assetId: person.id }, amountPence: 15_000, purpose: 'Ingredients for a community lunch' }),
  grant({ recipient: { name: 'Withdrawn group' }, status: 'withdrawn' }),
  grant({ recipient: { name: 'Applied group' }, status: 'applied' }),
];
const placed = placeInvestments(grants, [club, person], wards, needLayerOf([deprivation]));

function exported() {
  const pkg = threeSixtyGivingPackage(placed, wards, funder);
  if (!pkg.ok) throw new Error(pkg.error.map((p) => p.message).join('; '));
  return pkg.value;
}

describe('360Giving export', () => {
  it('passes the 360Giving 1.4.3 package schema', () => {
    const pkg = exported();
    const valid = validateGrantPackage(pkg);
    expect(errorsOf(validateGrantPackage)).toEqual([]);
    expect(valid).toBe(true);
    // The validator is live: a grant without its funder is refused.
    const broken = { grants: [{ ...pkg.grants[0], fundingOrganization: undefined }] };
    expect(validateGrantPackage(JSON.parse(JSON.stringify(broken)))).toBe(false);
  });

  it('publishes money awarded only, with identifiers by the standard’s rules', () => {
    const { grants: out } = exported();
    expect(out.map((g) => g.amountAwarded)).toEqual([250, 1250.5, 150]);
    expect(out.every((g) => g.id.startsWith('360G-traffordcf-'))).toBe(true);
    const boxing = out.find((g) => g.amountAwarded === 1250.5)!;
    // A company keeps its leading zero; the money was paid, so it was disbursed too.
    expect(boxing.recipientOrganization).toEqual([{ id: 'GB-COH-01234567', name: 'Partington Boxing Club', companyNumber: '01234567' }]);
    expect(boxing.amountDisbursed).toBe(1250.5);
    expect(boxing.fundingOrganization).toEqual([{ id: 'GB-CHC-1099999', name: 'Trafford Community Fund' }]);
    // An unregistered group gets the funder's prefix and a stable id.
    expect(out[0]!.recipientOrganization![0]!.id).toBe('360G-traffordcf-ORG-friends-of-longford-park');
  });

  it('names the ward and LSOA the money reached, with their ONS code types', () => {
    const boxing = exported().grants.find((g) => g.amountAwarded === 1250.5)!;
    const ward = boxing.beneficiaryLocation.find((l) => l.geoCodeType === 'WD');
    expect(ward?.geoCode).toMatch(/^E05\d{6}$/);
    expect(boxing.beneficiaryLocation.find((l) => l.geoCodeType === 'LSOA')?.geoCode).toBe(poorest.code);
  });

  it('never carries a personal identifier for a grant to a person, nor their small area', () => {
    const lunch = exported().grants.find((g) => g.amountAwarded === 150)!;
    expect(lunch.recipientIndividual).toEqual({ id: `360G-traffordcf-IND-${grants[2]!.id}`, name: 'Individual Recipient' });
    expect(lunch.recipientOrganization).toBeUndefined();
    expect(JSON.stringify(lunch)).not.toContain('Asha');
    expect(JSON.stringify(lunch)).not.toContain(person.id);
    expect(lunch.beneficiaryLocation.map((l) => l.geoCodeType)).toEqual(['WD']);
  });

  it('is refused, with what to do, without a funder or an awarded grant', () => {
    const noFunder = threeSixtyGivingPackage(placed, wards, undefined);
    expect(noFunder.ok).toBe(false);
    if (!noFunder.ok) expect(noFunder.error[0]?.message).toContain('Settings → Funder');
    const nothing = threeSixtyGivingPackage(placed.slice(3), wards, funder);
    expect(!nothing.ok && nothing.error[0]?.message).toContain('no grant awarded');
  });

  it('writes the flat CSV with the standard’s column titles, one row per grant', () => {
    const csv = threeSixtyGivingCsv(exported().grants);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...THREE_SIXTY_GIVING_COLUMNS]);
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data.find((r) => r['Amount Awarded'] === '1250.50')).toMatchObject({ 'Recipient Org:Company Number': '01234567', 'Award Date': '2026-10-01', Currency: 'GBP' });
    // Every column title is a path of titles in the schema (list positions aside), so 360Giving's tools read it.
    const defs = threeSixtyGivingSchema.$defs as Record<string, { properties: Record<string, { title?: string; $ref?: string; items?: { $ref?: string } }> }>;
    const top = threeSixtyGivingSchema.properties as Record<string, { title?: string; $ref?: string; items?: { $ref?: string } }>;
    for (const column of parsed.meta.fields ?? []) {
      const [first, ...rest] = column.split(':').filter((part) => !/^\d+$/.test(part));
      const property = Object.values(top).find((p) => p.title === first) ?? (first === 'Currency' ? top.currency : undefined);
      expect(property, `${column}: "${first}" is a title of the schema`).toBeDefined();
      if (rest.length === 0) continue;
      const ref = property?.$ref ?? property?.items?.$ref ?? '';
      const def = defs[ref.replace('#/$defs/', '')];
      expect(
        Object.values(def?.properties ?? {}).some((p) => p.title === rest[0]),
        `${column}: "${rest[0]}" is a title inside ${first}`,
      ).toBe(true);
    }
  });
});

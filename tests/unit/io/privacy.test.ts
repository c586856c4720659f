import { emptyRecords } from '../../../src/model/change';
import { describe, expect, it } from 'vitest';
import { AssetSchema, type Asset } from '../../../src/model/asset';
import { NeighbourhoodSchema } from '../../../src/model/neighbourhood';
import { AnalysisSchema, CoverageQuestionSchema } from '../../../src/model/coverage';
import { assetsToGeoJson } from '../../../src/io/geojson-export';
import { assetsToCsv } from '../../../src/io/csv-export';
import { coverageTableCsv, gapsToGeoJson, priorityTableCsv, surfaceToGeoJson } from '../../../src/io/coverage-export';
import { serialiseBackup } from '../../../src/io/backup';
import { protectBackup, unprotectBackup } from '../../../src/io/backup-protection';
import { analyseCoverage } from '../../../src/geo/coverage/analyse-coverage';
import { looksPersonal, personalExtraKeys } from '../../../src/model/personal-data';
import { makeAsset, makeNeighbourhood } from '../factories';
import { sentences } from '../../../src/lib/result';

/** Every personal value in the workspace; none may appear in a file unless personal data is included. */
const SECRET = {
  contactName: 'Priya Contactname',
  phone: '0161 496 0777',
  email: 'priya.secret@example.org',
  extraContact: 'Bernard Extracontact',
  extraMobile: '07700 900123',
  extraBirth: '1961-04-17',
  markedOrganiser: 'Olwen Organiser',
  personName: 'Amrita Personname',
  personDescription: 'Cooks dal for forty at Eid',
  personSensitive: 'Recovering from surgery',
  personPurpose: 'Purpose-Zebra-Cooking',
  personAddress: '12 Secret Street',
  personPostcode: 'M32 9ZZ',
  personTag: 'tag-zebra-only-person',
  personExtra: 'Person-extra-zebra',
} as const;

const area = NeighbourhoodSchema.parse(makeNeighbourhood());
const group = AssetSchema.parse(
  makeAsset({
    name: 'Gorse Hill Walkers',
    category: 'associations',
    type: 'walking group',
    contact: { name: SECRET.contactName, phone: SECRET.phone, email: SECRET.email },
    // Imported before columns were marked: the names decide.
    extra: { 'Contact name': SECRET.extraContact, Mobile: SECRET.extraMobile, 'Date of birth': SECRET.extraBirth, toilets: 'yes' },
    neighbourhoodIds: [area.id],
  }),
);
const marked = AssetSchema.parse(
  makeAsset({
    name: 'Lock Keepers Cottage',
    geometry: { type: 'Point', coordinates: [-2.305, 53.452] },
    extra: { Organiser: SECRET.markedOrganiser, capacity: '40' },
    personalColumns: ['Organiser'],
    neighbourhoodIds: [area.id],
  }),
);
const person = AssetSchema.parse(
  makeAsset({
    name: SECRET.personName,
    category: 'individuals',
    type: 'cook',
    description: SECRET.personDescription,
    tags: [SECRET.personTag],
    address: SECRET.personAddress,
    postcode: SECRET.personPostcode,
    geometry: null,
    extra: { note: SECRET.personExtra },
    person: { consent: { status: 'given', date: '2026-01-05', purpose: SECRET.personPurpose }, exactLocation: false, sensitive: SECRET.personSensitive },
    neighbourhoodIds: [area.id],
  }),
);
const assets: Asset[] = [group, marked, person];

function leaks(output: string): string[] {
  return Object.entries(SECRET)
    .filter(([, value]) => output.includes(value))
    .map(([key]) => key);
}

describe('which imported columns are personal', () => {
  it('recognises personal column names and leaves ordinary ones', () => {
    for (const name of [
      'Contact name',
      'contact_name',
      'ContactName',
      'Mobile',
      'Tel',
      'E-mail',
      'Email address',
      'Home address',
      'DOB',
      'Date of birth',
      'Age',
      'NI number',
      'National Insurance',
      'Surname',
      'First name',
    ]) {
      expect(looksPersonal(name), name).toBe(true);
    }
    for (const name of ['toilets', 'cafe', 'capacity', 'site_type', 'osm_id', 'Age range', 'age_group', 'Opening hours', 'ofsted_rating', 'stage']) {
      expect(looksPersonal(name), name).toBe(false);
    }
  });

  it('lets the marks made on import decide over the names', () => {
    expect(personalExtraKeys(group).sort()).toEqual(['Contact name', 'Date of birth', 'Mobile']);
    expect(personalExtraKeys(marked)).toEqual(['Organiser']);
    expect(personalExtraKeys({ extra: { Mobile: '1' }, personalColumns: [] })).toEqual([]);
  });
});

describe('personal data stays out of every file unless included', () => {
  it('GeoJSON, CSV for GIS and CSV for Excel carry none of it, and the report names the columns held back', () => {
    const geojson = assetsToGeoJson(assets, false);
    const gis = assetsToCsv(assets, 'gis', false);
    const excel = assetsToCsv(assets, 'excel', false);
    for (const [name, text] of [
      ['GeoJSON', JSON.stringify(geojson.collection)],
      ['CSV for GIS', gis.csv],
      ['CSV for Excel', excel.csv],
    ] as const) {
      expect(leaks(text), name).toEqual([]);
      // What is not personal still goes: the park's facilities and the group itself.
      expect(text, name).toContain('Gorse Hill Walkers');
      expect(text, name).toContain('capacity');
    }
    expect(geojson.report).toEqual({ peopleLeftOut: 1, fieldsLeftOut: ['contact name', 'phone', 'email'], columnsLeftOut: ['Contact name', 'Date of birth', 'Mobile', 'Organiser'] });
    expect(gis.report.columnsLeftOut).toEqual(geojson.report.columnsLeftOut);
  });

  it('carries all of it when the coordinator includes personal data', () => {
    const geojson = JSON.stringify(assetsToGeoJson(assets, true).collection);
    const excel = assetsToCsv(assets, 'excel', true);
    // Sensitive notes are never exported; everything else the record holds is.
    const expected = Object.keys(SECRET).filter((k) => k !== 'personSensitive');
    expect(leaks(geojson).sort()).toEqual(expected.sort());
    expect(leaks(excel.csv).sort()).toEqual(expected.sort());
    expect(excel.report.columnsLeftOut).toEqual([]);
  });

  it('coverage downloads (gaps, surface, tables) carry none of it', () => {
    const points = Float64Array.of(...(group.geometry as { coordinates: number[] }).coordinates);
    const answer = analyseCoverage({ areas: [{ id: area.id, name: area.name, code: 'E05000001', geometry: area.geometry }], points, sites: [], distance: 400 });
    const analysis = AnalysisSchema.parse({
      ...answer,
      id: crypto.randomUUID(),
      question: CoverageQuestionSchema.parse({ distance: 400 }),
      assetCount: assets.length,
      inputsStamp: 's',
      createdAt: '2026-11-23T01:00:00.000Z',
    });
    const outputs = [
      JSON.stringify(gapsToGeoJson(analysis)),
      JSON.stringify(surfaceToGeoJson(analysis)),
      coverageTableCsv(analysis, 'gis'),
      coverageTableCsv(analysis, 'excel'),
      priorityTableCsv(analysis, 'excel', () => area.name),
    ];
    for (const text of outputs) expect(leaks(text)).toEqual([]);
  });

  it('a backup protected with a passphrase holds none of it in the clear, and opens only with that passphrase', async () => {
    const plain = await serialiseBackup({ ...emptyRecords(), assets, neighbourhoods: [area] }, '0.0.0-test');
    expect(leaks(plain).length).toBe(Object.keys(SECRET).length); // the plain backup holds everything
    const sealed = await protectBackup(plain, 'correct horse battery staple');
    expect(leaks(sealed)).toEqual([]);
    expect(sealed).not.toContain('Gorse Hill Walkers');
    const opened = await unprotectBackup(sealed, 'correct horse battery staple');
    expect(opened).toEqual({ ok: true, value: plain });
    const wrong = await unprotectBackup(sealed, 'correct horse battery stable');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(sentences(wrong.error)).toContain('passphrase does not open this backup');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/io/decode-text';
import { readCsv } from '../../../src/io/read-csv';
import { detectFields, detectLocation } from '../../../src/io/detect-columns';
import { readGeoJson, type ImportRecord } from '../../../src/io/read-geojson';
import { looksSwapped, normalisePostcode, recordsToAssets, type ImportMapping } from '../../../src/io/records-to-assets';
import { assetsToGeoJson } from '../../../src/io/geojson-export';
import { exportNames } from '../../../src/io/asset-properties';
import { parseWkt } from '../../../src/io/parse-wkt';
import type { Asset } from '../../../src/model/asset';
import { DEFAULT_TYPE_FIELDS } from '../../../src/model/type-fields';

const TRAFFORD = 'tests/fixtures/trafford';
const file = (path: string) => decodeText(new Uint8Array(readFileSync(`${TRAFFORD}/${path}`))).text;
let counter = 0;
const context = (existing: Asset[] = [], postcodes?: Map<string, [number, number]>) => ({
  newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  now: '2026-11-22T10:00:00.000Z',
  existing: new Map(existing.map((a) => [a.id, a])),
  ...(postcodes ? { postcodes } : {}),
});

function csvRecords(path: string): { records: ImportRecord[]; columns: string[] } {
  const read = readCsv(file(path));
  if (!read.ok) throw new Error(read.error.map((p) => p.message).join(' '));
  const { columns, rows } = read.value;
  return { columns, records: rows.map((cells, i) => ({ line: i + 2, values: Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])) })) };
}

function mappingFor(columns: string[], records: ImportRecord[], overrides: Partial<ImportMapping> = {}): ImportMapping {
  return {
    fields: detectFields(columns),
    category: { fixed: 'physical' },
    defaultType: '',
    location: detectLocation(
      columns,
      records.slice(0, 50).map((r) => r.values),
    ),
    swapCoordinates: false,
    source: 'test import',
    ...overrides,
  };
}

/** Imports an exported GeoJSON collection again over the assets it came from, as the app's own columns. */
function reimportGeoJson(collection: unknown, existing: Parameters<typeof context>[0]) {
  const read = readGeoJson(JSON.stringify(collection));
  if (!read.ok) throw new Error(read.error.map((p) => p.message).join(' '));
  const fields = detectFields(Object.keys(read.value.records[0]?.values ?? {}));
  return recordsToAssets(
    read.value.records,
    { fields, category: { column: 'category' }, defaultType: '', location: { kind: 'geometry' }, swapCoordinates: false, source: 'export' },
    context(existing),
  );
}

describe('importing the Trafford files', () => {
  it('reads all 32 parks (CRLF) at their coordinates, keeping the facility columns', () => {
    const { columns, records } = csvRecords('assets/trafford_parks.csv');
    const mapping = mappingFor(columns, records, { defaultType: 'park' });
    expect(mapping.location).toEqual({ kind: 'lonlat', lon: 'lon', lat: 'lat' });
    const out = recordsToAssets(records, mapping, context());
    expect(out.problems).toEqual([]);
    expect(out.added).toHaveLength(32);
    const abbotsfield = out.added.find((a) => a.name === 'Abbotsfield Park');
    expect(abbotsfield?.geometry).toEqual({ type: 'Point', coordinates: [-2.368251, 53.447586] });
    expect(abbotsfield?.extra.playground).toBe('1');
    expect(abbotsfield?.type).toBe('park');
  });

  it('treats NA and N/A as missing, not as text', () => {
    const schools = csvRecords('assets/trafford_schools_and_colleges.csv');
    const out = recordsToAssets(schools.records, mappingFor(schools.columns, schools.records, { category: { fixed: 'institutions' } }), context());
    expect(out.added).toHaveLength(103);
    expect(out.added.some((a) => Object.values(a.extra).includes('NA'))).toBe(false);
    const flags = csvRecords('assets/trafford_green_flags.csv');
    const parks = recordsToAssets(flags.records, mappingFor(flags.columns, flags.records), context()).added;
    expect(parks.find((a) => a.name === 'Davyhulme Park')?.contact.email).toBeUndefined();
  });

  it('lists rows with no location by number, and places them from an imported postcode table', () => {
    const banks = csvRecords('assets/trafford_food_banks.csv');
    const mapping = mappingFor(banks.columns, banks.records, { category: { fixed: 'economic' } });
    expect(mapping.location).toEqual({ kind: 'postcode', column: 'Postcode' });
    const without = recordsToAssets(banks.records, mapping, context());
    expect(without.added).toHaveLength(0);
    expect(without.problems[0]).toEqual({ line: 2, reason: expect.stringContaining('is not in the imported postcode table') });
    const table = csvRecords('postcodes/trafford_postcodes.csv');
    const lookup = new Map(table.records.map((r) => [normalisePostcode(r.values.postcode ?? ''), [Number(r.values.lon), Number(r.values.lat)] as [number, number]]));
    const placed = recordsToAssets(banks.records, mapping, context([], lookup));
    const inTrafford = banks.records.filter((r) => lookup.has(normalisePostcode(r.values.Postcode ?? ''))).length;
    expect(placed.added).toHaveLength(inTrafford);
    expect(placed.added.length + placed.problems.length).toBe(banks.records.length); // every row: placed, or listed with its reason
  });

  it('reads the 118 places of worship as polygons named from DISTNAME', () => {
    const read = readGeoJson(file('assets/trafford_places_of_worship.geojson'));
    if (!read.ok) throw new Error(read.error.map((p) => p.message).join(' '));
    const columns = Object.keys(read.value.records[0]?.values ?? {});
    const fields = detectFields(columns);
    expect(fields.name).toBe('DISTNAME');
    const out = recordsToAssets(
      read.value.records,
      { fields, category: { fixed: 'institutions' }, defaultType: 'place of worship', location: { kind: 'geometry' }, swapCoordinates: false, source: 'places of worship' },
      context(),
    );
    expect(out.added).toHaveLength(118);
    expect(out.added.every((a) => a.geometry?.type === 'Polygon')).toBe(true);
  });

  it('updates instead of duplicating when a file this app exported comes back', () => {
    const { columns, records } = csvRecords('assets/trafford_parks.csv');
    const first = recordsToAssets(records, mappingFor(columns, records, { defaultType: 'park' }), context()).added;
    const exported = assetsToGeoJson(
      first.map((a, i) => (i === 0 ? { ...a, name: 'Abbotsfield Park (renamed)' } : a)),
      false,
    ).collection;
    const again = reimportGeoJson(exported, first);
    expect(again.added).toHaveLength(0);
    expect(again.updated.map((a) => a.name)).toEqual(['Abbotsfield Park (renamed)']);
    expect(again.updated[0]?.id).toBe(first[0]?.id);
  });
});

describe('re-import keeps what the file does not carry', () => {
  it('an export without personal data does not wipe the phone numbers and emails on the device', () => {
    const flags = csvRecords('assets/trafford_green_flags.csv');
    const first = recordsToAssets(flags.records, mappingFor(flags.columns, flags.records), context()).added;
    expect(first.find((a) => a.name === 'Davyhulme Park')?.contact.phone).toBe('01616726509');
    const again = reimportGeoJson(assetsToGeoJson(first, false).collection, first); // no phone/email columns
    expect(again.updated).toEqual([]);
    expect(again.unchanged).toBe(first.length);
  });

  it('reads the names and codes it wrote beside the ids as its own columns, not as imported extras', () => {
    const flags = csvRecords('assets/trafford_green_flags.csv');
    const ward = { id: '6b1f3c1e-0c1d-4e5f-8a9b-0c1d2e3f4a5b', name: 'Gorse Hill', code: 'E05000819' };
    const [park, other] = recordsToAssets(flags.records, mappingFor(flags.columns, flags.records), context()).added;
    if (!park || !other) throw new Error('the fixture has parks');
    const inWard = [{ ...park, neighbourhoodIds: [ward.id], links: [{ assetId: other.id, relation: 'works with' as const }] }, other];
    const named = assetsToGeoJson(inWard, false, exportNames([ward], inWard)).collection;
    expect(named.features[0]?.properties).toMatchObject({ neighbourhood_names: 'Gorse Hill', neighbourhood_codes: 'E05000819', link_names: `works with: ${other.name}` });
    const again = reimportGeoJson(named, []);
    expect(again.added.map((a) => Object.keys(a.extra).filter((k) => /^(neighbourhood_|link_)/.test(k)))).toEqual([[], []]);
  });
});

describe('messy and hostile input', () => {
  it('decodes Windows-1252 and strips a UTF-8 BOM', () => {
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9])).text).toBe('Caf\u00e9');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text).toBe('a');
  });

  it('reads ; delimiters, quoted newlines, ragged rows and duplicate headers', () => {
    const read = readCsv('name;name;lat;lon\r\n"Hall\nannex";x;53.4;-2.3\r\nPark;y;53.5;-2.2;extra\r\nShort;z\r\n');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.delimiter).toBe(';');
    expect(read.value.columns).toEqual(['name', 'name (2)', 'lat', 'lon']);
    expect(read.value.rows[0]?.[0]).toBe('Hall\nannex');
    expect(read.value.rows[2]).toEqual(['Short', 'z', '', '']);
    expect(read.value.notices).toEqual([{ row: 3, reason: 'has 5 values for 4 columns; the extra values were ignored' }]);
  });

  it('flags swapped coordinates and can swap them', () => {
    const records: ImportRecord[] = [{ line: 2, values: { name: 'Hall', lon: '53.45', lat: '-2.30' } }];
    const loc = { kind: 'lonlat' as const, lon: 'lon', lat: 'lat' };
    expect(looksSwapped(records, loc)).toBe(true);
    const out = recordsToAssets(records, { fields: { name: 'name' }, category: { fixed: 'physical' }, defaultType: '', location: loc, swapCoordinates: true, source: 't' }, context());
    expect(out.added[0]?.geometry).toEqual({ type: 'Point', coordinates: [-2.3, 53.45] });
  });

  it('gives each bad row its own reason and keeps the good ones', () => {
    const records: ImportRecord[] = [
      { line: 2, values: { name: 'Good', lon: '-2.3', lat: '53.4' } },
      { line: 3, values: { name: '', lon: '-2.3', lat: '53.4' } },
      { line: 4, values: { name: 'Far', lon: '-2.3', lat: '153.4' } },
      { line: 5, values: { name: 'Inf', lon: 'Infinity', lat: '53.4' } },
      { line: 6, values: { name: '<script>alert(1)</script>', lon: '-2.3', lat: '53.4' } },
    ];
    const out = recordsToAssets(
      records,
      { fields: { name: 'name' }, category: { fixed: 'physical' }, defaultType: '', location: { kind: 'lonlat', lon: 'lon', lat: 'lat' }, swapCoordinates: false, source: 't' },
      context(),
    );
    expect(out.added.map((a) => a.name)).toEqual(['Good', '<script>alert(1)</script>']); // kept as text; the UI shows it as text
    expect(out.problems).toEqual([
      { line: 3, reason: 'Name: Give the asset a name' },
      { line: 4, reason: 'Location › Coordinates: Latitude 153.4 is outside -90 to 90' },
      { line: 5, reason: 'has coordinates that are not numbers (“Infinity”, “53.4”)' },
    ]);
  });

  it('names an unnamed site after its type and row, with a note, instead of refusing it', () => {
    const records: ImportRecord[] = [
      { line: 3, values: { site_name: '', site_type: 'Public Park Or Garden', lon: '-2.3', lat: '53.4' } },
      { line: 4, values: { site_name: 'Longford Park', site_type: 'Public Park Or Garden', lon: '-2.3', lat: '53.4' } },
    ];
    const mapping = {
      fields: { name: 'site_name', type: 'site_type' },
      category: { fixed: 'physical' as const },
      defaultType: '',
      location: { kind: 'lonlat' as const, lon: 'lon', lat: 'lat' },
      swapCoordinates: false,
      source: 't',
    };
    const out = recordsToAssets(records, mapping, context());
    expect(out.added.map((a) => a.name)).toEqual(['Unnamed public park or garden (3)', 'Longford Park']);
    expect(out.problems).toEqual([]);
    expect(out.notes).toEqual([{ line: 3, reason: 'had no name; imported as \u201cUnnamed public park or garden (3)\u201d' }]);
    // A person is never given an invented name.
    const person = recordsToAssets([records[0]!], { ...mapping, category: { fixed: 'individuals' } }, context());
    expect(person.problems).toEqual([{ line: 3, reason: 'Name: Give the asset a name' }]);
  });

  it('takes the category from a known type when asked (group → associations), the chosen one otherwise', () => {
    const rows = [
      ['Walking Group', 'Sale Striders'],
      ['Youth Clubs', 'Hale Youth'],
      ['Primary School', 'St Hugh'],
      ['Café', 'Bean There'],
      ['Arts group', 'Trafford Arts'],
      ['Libraries', 'Sale Library'],
      ['Allotment', 'Moss Lane'],
      ['Lantern parade', 'Old Trafford'],
      ['', 'No type'],
    ];
    const records: ImportRecord[] = rows.map(([type, name], i) => ({ line: i + 2, values: { name: name ?? '', kind: type ?? '', lon: '-2.3', lat: '53.4' } }));
    const mapping: ImportMapping = {
      fields: { name: 'name', type: 'kind' },
      category: { fixed: 'physical', fromType: true },
      defaultType: '',
      location: { kind: 'lonlat', lon: 'lon', lat: 'lat' },
      swapCoordinates: false,
      source: 't',
    };
    const guessed = recordsToAssets(records, mapping, context());
    expect(guessed.problems).toEqual([]);
    expect(guessed.added.map((a) => [a.name, a.category])).toEqual([
      ['Sale Striders', 'associations'],
      ['Hale Youth', 'associations'],
      ['St Hugh', 'institutions'],
      ['Bean There', 'economic'],
      ['Trafford Arts', 'cultural'], // the whole type is known before its last word
      ['Sale Library', 'institutions'],
      ['Moss Lane', 'physical'],
      ['Old Trafford', 'physical'], // not a known type: the chosen category
      ['No type', 'physical'],
    ]);
    const fixed = recordsToAssets(records, { ...mapping, category: { fixed: 'physical' } }, context());
    expect(new Set(fixed.added.map((a) => a.category))).toEqual(new Set(['physical']));
  });

  it('refuses bad JSON, deep nesting and oversized files with specific messages, and ignores __proto__ keys safely', () => {
    expect(readGeoJson('{"type": "FeatureCollection", "features": [')).toMatchObject({ ok: false, error: [{ message: expect.stringContaining('not valid JSON') }] });
    expect(readGeoJson('['.repeat(100) + ']'.repeat(100))).toMatchObject({ ok: false, error: [{ message: expect.stringContaining('nested more than 64 levels') }] });
    expect(readGeoJson(`"${'x'.repeat(101 * 1024 * 1024)}"`)).toMatchObject({ ok: false, error: [{ message: expect.stringContaining('larger than 100 MB') }] });
    const read = readGeoJson('{"type":"Feature","properties":{"__proto__":{"polluted":true},"name":"Hall"},"geometry":{"type":"Point","coordinates":[-2.3,53.4]}}');
    expect(read.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (read.ok) expect(Object.getPrototypeOf(read.value.records[0]?.values)).toBe(Object.prototype);
  });

  it('reads a legacy crs and metre coordinates as British National Grid', () => {
    const read = readGeoJson(
      '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::27700"}},"features":[{"type":"Feature","properties":{"name":"Town Hall"},"geometry":{"type":"Point","coordinates":[379100,395600]}}]}',
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [lon, lat] = (read.value.records[0]?.geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeCloseTo(-2.31, 1);
    expect(lat).toBeCloseTo(53.46, 1);
    expect(read.value.notices[0]).toMatch(/British National Grid/);
  });

  it('parses WKT points and polygons', () => {
    expect(parseWkt('POINT (-2.3 53.4)')).toEqual({ type: 'Point', coordinates: [-2.3, 53.4] });
    expect(parseWkt('POLYGON ((0 0, 1 0, 1 1, 0 0))')).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    });
    expect(parseWkt('LINESTRING (0 0, 1 1)')).toBeNull();
  });
});

describe('notes on imported rows', () => {
  it('imports a site with an unclosed ring, closing it, and lists that as a note rather than a problem', () => {
    const read = readGeoJson(
      JSON.stringify({
        type: 'Feature',
        properties: { name: 'Open field' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-2.3, 53.4],
              [-2.29, 53.4],
              [-2.29, 53.41],
            ],
          ],
        },
      }),
    );
    if (!read.ok) throw new Error(read.error.map((p) => p.message).join(' '));
    const out = recordsToAssets(
      read.value.records,
      { fields: { name: 'name' }, category: { fixed: 'physical' }, defaultType: 'field', location: { kind: 'geometry' }, swapCoordinates: false, source: 'test' },
      context(),
    );
    expect(out.added.map((a) => a.name)).toEqual(['Open field']);
    expect(out.problems).toEqual([]);
    expect(out.notes).toEqual([{ line: 1, reason: '1 unclosed ring was closed' }]);
  });
});

describe('columns onto a type\u2019s fields', () => {
  it('fills a park\u2019s playground, toilets and café from the parks file, spelled yes or no', () => {
    const { columns, records } = csvRecords('assets/trafford_parks.csv');
    const out = recordsToAssets(records, mappingFor(columns, records, { defaultType: 'park', typeFields: [...DEFAULT_TYPE_FIELDS] }), context());
    expect(out.problems).toEqual([]);
    const byName = new Map(out.added.map((a) => [a.name, a]));
    const raw = new Map(records.map((r) => [r.values.name ?? '', r.values]));
    for (const [name, asset] of byName) {
      for (const key of ['playground', 'toilets', 'cafe'] as const) {
        const cell = raw.get(name)?.[key] ?? '';
        expect(asset.extra[key], `${name} ${key}`).toBe(cell === '1' ? 'yes' : cell === '0' ? 'no' : undefined);
      }
      expect(asset.extra.bowling).toBe(raw.get(name)?.bowling || undefined); // not a park field: as it came
    }
  });

  it('keeps a value the field cannot hold as it came, with a note naming the row', () => {
    const records: ImportRecord[] = [
      { line: 2, values: { name: 'Old Trafford Hall', type: 'community centre', lon: '-2.29', lat: '53.46', 'Capacity (people)': 'about 80', 'Accessible toilet': 'Y' } },
    ];
    const out = recordsToAssets(records, mappingFor(Object.keys(records[0]?.values ?? {}), records, { typeFields: [...DEFAULT_TYPE_FIELDS] }), context());
    expect(out.added[0]?.extra).toEqual({ capacity: 'about 80', accessible_toilet: 'yes' });
    expect(out.notes).toEqual([{ line: 2, reason: 'Capacity (people): \u201cabout 80\u201d is not a number; kept as it was' }]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGeoJson } from '../../../src/io/read-geojson';
import { readCsv } from '../../../src/io/read-csv';
import { detectAreaFields, recordsToAreas, vintageOfField } from '../../../src/io/read-areas';
import { isNew2021Code, joinTable } from '../../../src/io/join-table';
import { BOW_TIE } from '../factories';

const TRAFFORD = 'tests/fixtures/trafford';
const geojson = (path: string) => {
  const read = readGeoJson(readFileSync(`${TRAFFORD}/${path}`, 'utf8'));
  if (!read.ok) throw new Error(read.error.map((p) => p.message).join(' '));
  return read.value.records;
};
const imd = () => {
  const read = readCsv(readFileSync(`${TRAFFORD}/deprivation/trafford_imd2019_lsoa_wide.csv`, 'utf8'));
  if (!read.ok) throw new Error(read.error.map((p) => p.message).join(' '));
  return read.value;
};
/** The reference: the codes straight from the raw files, without any of our readers. */
const rawCodes = (path: string) => (JSON.parse(readFileSync(`${TRAFFORD}/${path}`, 'utf8')) as { features: { properties: { area_code: string } }[] }).features.map((f) => f.properties.area_code);
const rawImdCodes = () =>
  readFileSync(`${TRAFFORD}/deprivation/trafford_imd2019_lsoa_wide.csv`, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',')[0]!);

describe('reading boundaries', () => {
  it('detects name and code properties in the usual spellings', () => {
    expect(detectAreaFields(['area_code', 'area_name', 'lon', 'lat'])).toEqual({ name: 'area_name', code: 'area_code' });
    expect(detectAreaFields(['FID', 'WD24CD', 'WD24NM', 'BNG_E'])).toEqual({ name: 'WD24NM', code: 'WD24CD' });
    expect(detectAreaFields(['LSOA11CD', 'LSOA11NM'])).toEqual({ name: 'LSOA11NM', code: 'LSOA11CD' });
    expect(detectAreaFields(['id', 'estate_name'])).toEqual({ name: 'estate_name' });
    expect(vintageOfField('LSOA11CD')).toBe('2011');
    expect(vintageOfField('area_code')).toBeNull();
  });

  it('reads the 21 Trafford wards with their names and E05 codes', () => {
    const records = geojson('boundaries/trafford_ward_2023_generalised.geojson');
    const { areas, problems } = recordsToAreas(records, detectAreaFields(Object.keys(records[0]!.values)));
    expect(problems).toEqual([]);
    expect(areas).toHaveLength(21);
    expect(areas.map((a) => a.code)).toEqual(rawCodes('boundaries/trafford_ward_2023_generalised.geojson'));
    expect(areas.find((a) => a.code === 'E05015239')?.name).toBe('Altrincham');
  });

  it('keeps the good boundaries and reports a bad one by feature number with where it crosses', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Fine' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 0],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: 'Twisted' },
          geometry: BOW_TIE,
        },
        {
          type: 'Feature',
          properties: { name: 'Line' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        },
      ],
    });
    const read = readGeoJson(text);
    if (!read.ok) throw new Error(read.error.map((p) => p.message).join(' '));
    const { areas, problems } = recordsToAreas(read.value.records, { name: 'name' });
    expect(areas.map((a) => a.name)).toEqual(['Fine']);
    expect(problems.map((p) => [p.line, p.name])).toEqual([
      [2, 'Twisted'],
      [3, 'Line'],
    ]);
    expect(problems[0]!.crossings).toEqual([[0.5, 0.5]]);
    expect(problems[0]!.repaired?.type).toBe('MultiPolygon');
    expect(problems[1]!.reason).toBe('A boundary must be a Polygon or MultiPolygon, not LineString.');
  });
});

describe('joining a table to small areas by code', () => {
  it('matches IMD 2019 to all 138 LSOA 2011 areas with no vintage warning', () => {
    const codes = rawCodes('boundaries/trafford_lsoa_2011_generalised.geojson');
    const result = joinTable({ codes, codeField: 'area_code' }, imd(), 'lsoa11cd', ['imd_decile', 'imd_score']);
    expect(result.matched).toBe(138);
    expect(result.areaCount).toBe(138);
    expect(result.unmatchedAreas).toEqual([]);
    expect(result.unmatchedRows).toEqual([]);
    expect(result.vintageWarning).toBeNull();
    // Values are numbers, read from the same row as the code.
    const line = readFileSync(`${TRAFFORD}/deprivation/trafford_imd2019_lsoa_wide.csv`, 'utf8').split(/\r?\n/)[1]!.split(',');
    expect(result.values.get(line[0]!)).toEqual({ imd_decile: Number(line[6]), imd_score: Number(line[4]) });
  });

  it('warns when 2011 codes meet 2021 areas and lists what did not match', () => {
    const codes = rawCodes('boundaries/trafford_lsoa_2021_generalised.geojson');
    const table = imd();
    const result = joinTable({ codes, codeField: 'area_code' }, table, 'lsoa11cd', ['imd_decile']);
    const tableCodes = new Set(rawImdCodes());
    const expectedUnmatched = codes.filter((c) => !tableCodes.has(c));
    expect(result.unmatchedAreas).toEqual(expectedUnmatched);
    expect(result.matched).toBe(codes.length - expectedUnmatched.length);
    expect(result.unmatchedRows.map((r) => r.code)).toEqual(rawImdCodes().filter((c) => !codes.includes(c)));
    expect(result.vintageWarning).toContain('2011 codes (lsoa11cd) but the areas are 2021 boundaries');
  });

  it('reads NA as missing, keeps text, and reports duplicate codes', () => {
    const table = {
      columns: ['code', 'value'],
      rows: [
        ['A1', 'NA'],
        ['a1 ', '5'],
        ['B2', 'high'],
        ['C3', '7'],
      ],
    };
    const result = joinTable({ codes: ['A1', 'B2'] }, table, 'code', ['value']);
    expect(result.values.get('A1')).toEqual({ value: null });
    expect(result.values.get('B2')).toEqual({ value: 'high' });
    expect(result.duplicateCodes).toEqual(['A1']);
    expect(result.unmatchedRows).toEqual([{ row: 5, code: 'C3' }]);
  });

  it('knows which codes exist only in the 2021 geography', () => {
    expect(isNew2021Code('E01034000')).toBe(true);
    expect(isNew2021Code('E01006185')).toBe(false);
    expect(isNew2021Code('E05015239')).toBe(false);
  });
});

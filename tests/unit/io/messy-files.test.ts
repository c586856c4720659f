import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/io/prepare-import';
import { recordsToAssets, type ImportMapping } from '../../../src/io/records-to-assets';

const read = (name: string, dir = 'tests/fixtures/messy') => {
  const out = readImportFile(new Uint8Array(readFileSync(`${dir}/${name}`)), name);
  if (!out.ok) throw new Error(out.error.map((p) => p.message).join(' '));
  return out.value;
};
let counter = 0;
const context = () => ({ newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`, now: '2026-11-29T10:00:00.000Z', existing: new Map() });
const mappingOf = (file: ReturnType<typeof read>, overrides: Partial<ImportMapping> = {}): ImportMapping => ({
  fields: file.preview.fields,
  category: { fixed: 'physical' },
  defaultType: 'park',
  location: file.preview.location,
  swapCoordinates: file.preview.swapSuggested,
  decimalComma: file.preview.decimalComma,
  source: file.preview.fileName,
  ...overrides,
});

describe('a bad row never takes good ones with it', () => {
  it('refuses the one feature whose coordinate overflows to Infinity, by number and reason, and keeps the others', () => {
    const file = read('infinite-coordinate.geojson');
    expect(file.preview.recordCount).toBe(3);
    const out = recordsToAssets(file.records, mappingOf(file), context());
    expect(out.added.map((a) => a.name)).toEqual(['Longford Park', 'Victoria Park']);
    expect(out.problems).toEqual([{ line: 2, reason: expect.stringContaining('has a coordinate that is not a finite number (Infinity)') }]);
  });

  it('reads decimal commas in a semicolon-separated file, and says so', () => {
    const file = read('decimal-commas.csv');
    expect(file.preview.decimalComma).toBe(true);
    expect(file.preview.notices.join(' ')).toContain('decimal commas (e.g. \u201c53,4459\u201d)');
    const out = recordsToAssets(file.records, mappingOf(file), context());
    expect(out.problems).toEqual([]);
    expect(out.added.map((a) => a.geometry)).toEqual([
      { type: 'Point', coordinates: [-2.3109, 53.4459] },
      { type: 'Point', coordinates: [-2.3221, 53.4246] },
      { type: 'Point', coordinates: [-2.3496, 53.3872] },
    ]);
  });

  it('does not read commas as decimals in a comma-separated file', () => {
    const file = read('trafford_parks.csv', 'tests/fixtures/trafford/assets');
    expect(file.preview.decimalComma).toBe(false);
  });

  it('offers to swap a GeoJSON written [latitude, longitude], and the swap puts the points in England', () => {
    const file = read('lat-lon-swapped.geojson');
    expect(file.preview.swapSuggested).toBe(true);
    const out = recordsToAssets(file.records, mappingOf(file), context());
    expect(out.added[0]?.geometry).toEqual({ type: 'Point', coordinates: [-2.2967, 53.4458] });
    expect(read('infinite-coordinate.geojson').preview.swapSuggested).toBe(false);
  });

  it('recognises a boundary file by its ONS area codes, and not an asset file', () => {
    const wards = read('trafford_ward_2023_generalised.geojson', 'tests/fixtures/trafford/boundaries');
    expect(wards.preview.boundaries).toEqual({ codeColumn: 'area_code', count: 21 });
    expect(read('trafford_greenspace_sites.geojson', 'tests/fixtures/trafford/assets').preview.boundaries).toBeUndefined();
    expect(read('lat-lon-swapped.geojson').preview.boundaries).toBeUndefined();
  });
});

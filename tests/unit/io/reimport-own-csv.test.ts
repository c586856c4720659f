import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { strToU8, zipSync } from 'fflate';
import { csvtFor, WGS84_PRJ } from '../../../src/io/gis-sidecars';
import { BackupSchema } from '../../../src/model/backup';
import { assetsToCsv } from '../../../src/io/csv-export';
import { exportNames } from '../../../src/io/asset-properties';
import { readImportFile } from '../../../src/io/prepare-import';
import { recordsToAssets, type ImportMapping } from '../../../src/io/records-to-assets';
import { FIRST_STEP, importStep, keptColumns, mappingFrom } from '../../../src/ui/import-steps';
import type { Asset } from '../../../src/model/asset';

const demo = BackupSchema.parse(JSON.parse(readFileSync('data/demo-workspace.json', 'utf8')));
const { assets, neighbourhoods } = demo.data;
let counter = 0;
const context = (existing: readonly Asset[]) => ({
  newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  now: '2026-11-30T10:00:00.000Z',
  existing: new Map(existing.map((a) => [a.id, a])),
});

/** The app's "CSV for GIS" of the demo workspace, as the coordinator downloads it. */
const gisCsv = () => assetsToCsv(assets, 'gis', false, exportNames(neighbourhoods, assets)).csv;

/** Reads a CSV as the import dialog does, with the choices it starts from, into assets. */
function importAsTheDialogDoes(csv: string, existing: readonly Asset[], change: (choices: ReturnType<typeof detected>) => void = () => {}) {
  const read = readImportFile(new TextEncoder().encode(csv), 'assets.csv');
  if (!read.ok) throw new Error(read.error.map((p) => p.message).join(' '));
  const { preview, records } = read.value;
  const choices = detected(preview);
  change(choices);
  const mapping: ImportMapping = { ...mappingFrom(preview, choices), source: preview.fileName, decimalComma: preview.decimalComma };
  return { preview, outcome: recordsToAssets(records, mapping, context(existing)) };
}

function detected(preview: Parameters<typeof mappingFrom>[0]) {
  const step = importStep(FIRST_STEP, { type: 'file-read', file: new File([], preview.fileName), prepared: preview });
  if (step.step !== 'mapping') throw new Error('the file was not read');
  return step.choices;
}

/** Replaces one cell of the row with this id, as a spreadsheet would save the file. */
function editCell(csv: string, id: string, column: string, value: string): string {
  const [header = [], ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const at = header.indexOf(column);
  return Papa.unparse([header, ...rows.map((row) => (row[0] === id ? row.map((cell, i) => (i === at ? value : cell)) : row))], { newline: '\r\n' });
}

describe('re-importing the app\u2019s own CSV for GIS', () => {
  const shared = assets.filter((a) => a.category !== 'individuals');

  it('finds every asset unchanged when nothing was edited, keeping their updated dates', () => {
    const { outcome } = importAsTheDialogDoes(gisCsv(), assets);
    expect(outcome.problems).toEqual([]);
    expect(outcome.added).toEqual([]);
    expect(outcome.updated.map((a) => a.name)).toEqual([]);
    expect(outcome.unchanged).toBe(shared.length);
  });

  it('reports only the edited rows as updated, with exactly the edits', () => {
    const [a, b] = shared.filter((x) => x.geometry?.type === 'Point');
    if (!a || !b) throw new Error('the demo has points');
    let csv = editCell(gisCsv(), a.id, 'name', 'Renamed hall');
    csv = editCell(csv, b.id, 'type', 'bakery');
    const { outcome } = importAsTheDialogDoes(csv, assets);
    expect(outcome.updated.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    const renamed = outcome.updated.find((x) => x.id === a.id);
    expect(renamed).toEqual({ ...a, name: 'Renamed hall', updatedAt: '2026-11-30T10:00:00.000Z' });
    expect(outcome.updated.find((x) => x.id === b.id)?.category).toBe(b.category);
    expect(outcome.unchanged).toBe(shared.length - 2);
  });

  it('places each row by its exact coordinates rather than the approximate grid ones, and offers the choice', () => {
    const { preview } = importAsTheDialogDoes(gisCsv(), assets);
    expect(preview.location.kind).toBe('wkt');
    expect(preview.locations.map((l) => l.kind)).toEqual(['wkt', 'lonlat', 'bng', 'postcode']);
    const lonlatFirst = importAsTheDialogDoes(gisCsv(), [], (c) => (c.location = 1));
    const point = shared.find((x) => x.geometry?.type === 'Point');
    const same = lonlatFirst.outcome.added.find((x) => x.name === point?.name);
    expect(same?.geometry).toEqual(point?.geometry);
  });

  it('takes a new row with longitude and latitude but no grid reference or WKT, falling back row by row', () => {
    const header = 'id,name,category,category_label,type,longitude,latitude,easting,northing,wkt,photo_count,neighbourhood_ids';
    const csv = [header, ',New allotment,physical,Physical,allotment,-2.3101,53.4502,,,,0,'].join('\r\n');
    const { outcome } = importAsTheDialogDoes(csv, []);
    expect(outcome.problems).toEqual([]);
    expect(outcome.added[0]?.geometry).toEqual({ type: 'Point', coordinates: [-2.3101, 53.4502] });
  });

  it('takes each row\u2019s category from the file\u2019s own category column, not from its type', () => {
    const hall = shared.find((x) => x.category !== 'physical' && x.geometry?.type === 'Point');
    if (!hall) throw new Error('the demo has other categories');
    const csv = editCell(gisCsv(), hall.id, 'type', 'park');
    const { outcome, preview } = importAsTheDialogDoes(csv, assets);
    expect(detected(preview).category).toEqual({ column: 'category' });
    // Its own columns are read as fields or worked out again, so none is offered as a kept extra.
    expect(keptColumns(preview, detected(preview)).filter((c) => ['category_label', 'tags', 'link_names', 'photo_count'].includes(c))).toEqual([]);
    expect(outcome.updated.find((x) => x.id === hall.id)?.category).toBe(hall.category);
  });
});

describe('re-importing with longitude/latitude first, as after edits in a spreadsheet', () => {
  const lonlatFirst = (c: { location: number }) => (c.location = 1);

  it('keeps a polygon whose label point was not moved, and moves a point whose coordinates were edited', () => {
    const shapes = assets.filter((a) => a.category !== 'individuals' && a.geometry?.type !== 'Point');
    const moved = assets.find((a) => a.category !== 'individuals' && a.geometry?.type === 'Point');
    if (!moved || shapes.length === 0) throw new Error('the demo has points and shapes');
    const csv = editCell(editCell(gisCsv(), moved.id, 'longitude', '-2.3'), moved.id, 'latitude', '53.45');
    const { outcome } = importAsTheDialogDoes(csv, assets, lonlatFirst);
    expect(outcome.updated.map((a) => a.id)).toEqual([moved.id]);
    expect(outcome.updated[0]?.geometry).toEqual({ type: 'Point', coordinates: [-2.3, 53.45] });
    expect(outcome.unchanged).toBe(assets.filter((a) => a.category !== 'individuals').length - 1);
  });

  it('places a row with no coordinates by its WKT, saying so in a note', () => {
    const point = assets.find((a) => a.category !== 'individuals' && a.geometry?.type === 'Point');
    if (!point) throw new Error('the demo has points');
    const csv = editCell(editCell(gisCsv(), point.id, 'longitude', ''), point.id, 'latitude', '');
    const { outcome } = importAsTheDialogDoes(csv, assets, lonlatFirst);
    expect(outcome.problems).toEqual([]);
    expect(outcome.updated).toEqual([]);
    expect(outcome.notes.map((n) => n.reason)).toEqual([expect.stringMatching(/^was placed by WKT \(“wkt”\): it has no coordinates in “longitude” and “latitude”$/)]);
  });
});

describe('the CSV for GIS zip', () => {
  it('types every column of the CSV in its .csvt, in the header\u2019s order', () => {
    const out = assetsToCsv(assets, 'gis', false, exportNames(neighbourhoods, assets));
    const header = Papa.parse<string[]>(out.csv, { preview: 1 }).data[0] ?? [];
    const types = Papa.parse<string[]>(csvtFor(out.columns), { preview: 1 }).data[0] ?? [];
    expect(header).toEqual(out.columns);
    expect(types).toHaveLength(header.length);
    const typeOf = Object.fromEntries(header.map((c, i) => [c, types[i]]));
    expect(typeOf).toMatchObject({ longitude: 'Real', latitude: 'Real', photo_count: 'Integer', created_at: 'DateTime', wkt: 'WKT', name: 'String' });
  });

  it('is read back from the zip as the CSV inside it, and refuses a zip with no data file or two', () => {
    const csv = gisCsv();
    const zip = zipSync({ 'atlas.csv': strToU8(csv), 'atlas.csvt': strToU8(csvtFor(['id'])), 'atlas.prj': strToU8(WGS84_PRJ) });
    const read = readImportFile(zip, 'atlas.zip');
    if (!read.ok) throw new Error(read.error.map((p) => p.message).join(' '));
    expect(read.value.preview.fileName).toBe('atlas.csv');
    expect(read.value.preview.notices[0]).toBe('Read \u201catlas.csv\u201d from the zip \u201catlas.zip\u201d.');
    expect(read.value.records).toHaveLength(assets.filter((a) => a.category !== 'individuals').length);
    const none = readImportFile(zipSync({ 'atlas.prj': strToU8(WGS84_PRJ) }), 'empty.zip');
    expect(!none.ok && none.error[0]?.message).toMatch(/holds no CSV or GeoJSON file/);
    const two = readImportFile(zipSync({ 'a.csv': strToU8(csv), 'b.csv': strToU8(csv) }), 'two.zip');
    expect(!two.ok && two.error[0]?.message).toMatch(/holds 2 data files \(a\.csv, b\.csv\)/);
  });
});

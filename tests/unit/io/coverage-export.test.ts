import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../src/geo/coverage/analyse-coverage';
import { coverageTableCsv, gapsToGeoJson, surfaceToGeoJson } from '../../../src/io/coverage-export';
import { readPostcodeTable } from '../../../src/io/postcode-table';
import { AnalysisSchema, CoverageQuestionSchema } from '../../../src/model/coverage';
import type { AreaGeometry } from '../../../src/model/geometry';

const dir = mkdtempSync(join(tmpdir(), 'atlas-coverage-export-'));
const TRAFFORD = 'tests/fixtures/trafford';
const square: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [-2.3, 53.4],
      [-2.27, 53.4],
      [-2.27, 53.418],
      [-2.3, 53.418],
      [-2.3, 53.4],
    ],
  ],
};

function analysis() {
  const answer = analyseCoverage({ areas: [{ id: 'a', name: '=HYPERLINK("http://x")', code: 'E05000001', geometry: square }], points: Float64Array.of(-2.29, 53.409), sites: [], distance: 500 });
  return AnalysisSchema.parse({
    ...answer,
    id: crypto.randomUUID(),
    question: CoverageQuestionSchema.parse({ distance: 500 }),
    assetCount: 1,
    inputsStamp: 's',
    createdAt: '2026-11-23T01:00:00.000Z',
  });
}

describe('coverage exports', () => {
  it('writes gaps and surface as RFC 7946 GeoJSON that GDAL reads as EPSG:4326, each feature saying its method', () => {
    const a = analysis();
    const gaps = gapsToGeoJson(a);
    expect(gaps.features).toHaveLength(1);
    expect(gaps.features[0]!.id).toBe(gaps.features[0]!.properties.id);
    expect(gaps.features[0]!.properties.method).toContain('10 m grid');
    const surface = surfaceToGeoJson(a);
    expect(surface.features.length).toBeGreaterThan(100);
    for (const [name, collection, type] of [
      ['gaps', gaps, 'Multi Polygon'],
      ['surface', surface, 'Polygon'],
    ] as const) {
      const path = join(dir, `${name}.geojson`);
      writeFileSync(path, JSON.stringify(collection));
      const info = execFileSync('ogrinfo', ['-ro', '-so', '-al', path]).toString();
      expect(info).toContain(`Feature Count: ${collection.features.length}`);
      expect(info).toContain(`Geometry: ${type}`);
      expect(info).toMatch(/ID\["EPSG",4326\]|WGS 84/);
    }
    // 7 decimals at most, anticlockwise outer rings (right-hand rule).
    const ring = (gaps.features[0]!.geometry as { coordinates: number[][][][] }).coordinates[0]![0]!;
    expect(ring.every(([x, y]) => Math.round(x! * 1e7) / 1e7 === x && Math.round(y! * 1e7) / 1e7 === y)).toBe(true);
    let twice = 0;
    for (let i = 1; i < ring.length; i += 1) twice += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
    expect(twice).toBeGreaterThan(0);
  });

  it('writes the table for Excel with a BOM and formula-like names made harmless', () => {
    const csv = coverageTableCsv(analysis(), 'excel');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [row] = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data;
    expect(row!.neighbourhood).toBe('\'=HYPERLINK("http://x")');
    expect(Number(row!.covered_pct)).toBeGreaterThan(5);
    expect(row!.method).toContain('Straight-line distance 500 m');
  });
});

describe('npm run analyse', () => {
  const cli = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/analyse.ts', ...args], { encoding: 'utf8' });

  it('prints the per-ward table and writes gaps that GDAL reads, with the figures the engine gives', () => {
    const out = join(dir, 'gaps.geojson');
    const run = cli(
      '--boundaries',
      `${TRAFFORD}/boundaries/trafford_ward_2023_generalised.geojson`,
      '--assets',
      `${TRAFFORD}/assets/trafford_parks.csv`,
      '--distance',
      '800',
      '--out',
      out,
      '--table',
      join(dir, 't.csv'),
    );
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n').filter((l) => /\d+\.\d%/.test(l));
    expect(lines).toHaveLength(21);
    const gaps = JSON.parse(readFileSync(out, 'utf8')) as ReturnType<typeof gapsToGeoJson>;
    const table = Papa.parse<Record<string, string>>(readFileSync(join(dir, 't.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(gaps.features.length).toBe(table.filter((r) => Number(r.covered_pct) < 100).length);
    const bowdon = table.find((r) => r.neighbourhood === 'Bowdon')!;
    expect(lines.find((l) => l.startsWith('Bowdon'))).toContain(`${Number(bowdon.covered_pct).toFixed(1)}%`);
    expect(execFileSync('ogrinfo', ['-ro', '-so', '-al', out]).toString()).toContain(`Feature Count: ${gaps.features.length}`);
  }, 60_000);

  it('refuses a distance of zero or over 10 km, and missing files, with a message and exit code 2', () => {
    const zero = cli('--boundaries', 'x.geojson', '--assets', 'y.csv', '--distance', '0');
    expect(zero.status).toBe(2);
    expect(zero.stderr).toContain('The distance must be more than 0 m');
    const far = cli('--boundaries', 'x.geojson', '--assets', 'y.csv', '--distance', '20000');
    expect(far.stderr).toContain('at most 10,000 m');
    expect(cli('--boundaries', 'nope.geojson', '--assets', 'y.csv').stderr).toContain('Cannot read nope.geojson: no such file');
    const none = cli('--distance', '800');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Give --boundaries');
  }, 60_000);

  it('counts homes as the app does: one per distinct postcode, however the rows repeat or space them', () => {
    // Two postcodes, one written three ways, in a ward at the edge of Trafford.
    const homesPath = join(dir, 'homes.csv');
    writeFileSync(homesPath, 'postcode,lon,lat\nM41 9AA,-2.3700,53.4500\nm419aa,-2.3700,53.4500\nM41  9AA,-2.3700,53.4500\nM41 9AB,-2.3710,53.4510\n');
    const table = readPostcodeTable(new Uint8Array(readFileSync(homesPath)), 'homes.csv');
    expect(table.ok && [...table.value.keys()]).toEqual(['M419AA', 'M419AB']);
    const run = cli('--boundaries', `${TRAFFORD}/boundaries/trafford_ward_2023_generalised.geojson`, '--assets', `${TRAFFORD}/assets/trafford_parks.csv`, '--homes', homesPath);
    expect(run.status, run.stderr).toBe(0);
    // The printed table's "Homes within" column: "100.0% of 2" in the ward that has them.
    const counted = [...run.stdout.matchAll(/% of (\d+)/g)].map((m) => Number(m[1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(2);
  }, 60_000);
});

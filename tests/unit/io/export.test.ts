import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { BackupSchema } from '../../../src/model/backup';
import { AssetSchema } from '../../../src/model/asset';
import { assetsToGeoJson, neighbourhoodsToGeoJson } from '../../../src/io/geojson-export';
import { assetsToCsv } from '../../../src/io/csv-export';
import { escapeForSpreadsheet } from '../../../src/io/csv-rows';
import { exportNames } from '../../../src/io/asset-properties';
import { makeAsset } from '../factories';

const demo = BackupSchema.parse(JSON.parse(readFileSync('data/demo-workspace.json', 'utf8')));
const { assets, neighbourhoods } = demo.data;
const people = assets.filter((a) => a.category === 'individuals').length;

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
const signedArea = (ring: number[][]) =>
  ring.reduce((sum, p, i) => {
    const q = ring[(i + 1) % ring.length] ?? p;
    return sum + ((p[0] ?? 0) * (q[1] ?? 0) - (q[0] ?? 0) * (p[1] ?? 0));
  }, 0) / 2;

describe('GeoJSON export (RFC 7946)', () => {
  it('leaves people out unless asked, and says so', () => {
    const { collection, report } = assetsToGeoJson(assets, false);
    expect(collection.features).toHaveLength(assets.length - people);
    expect(report.peopleLeftOut).toBe(people);
    expect(report.fieldsLeftOut).toEqual(['contact name', 'phone', 'email']);
    expect(collection.features.some((f) => 'phone' in f.properties)).toBe(false);
    expect(assetsToGeoJson(assets, true).collection.features).toHaveLength(assets.length);
  });

  it('has a string id on every feature, repeated in properties, no crs, flat properties', () => {
    const { collection } = assetsToGeoJson(assets, true);
    expect('crs' in collection).toBe(false);
    for (const f of collection.features) {
      expect(typeof f.id).toBe('string');
      expect(f.properties.id).toBe(f.id);
      for (const v of Object.values(f.properties)) expect(['string', 'number', 'boolean'].includes(typeof v) || v === null).toBe(true);
    }
  });

  it('rounds to 7 decimals and winds rings by the right-hand rule, whatever it was given', () => {
    const clockwise = AssetSchema.parse(
      makeAsset({
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [0.123456789, 0],
              [0, 1],
              [1, 1],
              [1, 0],
              [0.123456789, 0],
            ],
            [
              [0.2, 0.2],
              [0.8, 0.2],
              [0.8, 0.8],
              [0.2, 0.8],
              [0.2, 0.2],
            ],
          ],
        },
      }),
    );
    const [feature] = assetsToGeoJson([clockwise], false).collection.features;
    const rings = (feature?.geometry as { coordinates: number[][][] }).coordinates;
    expect(signedArea(rings[0] ?? [])).toBeGreaterThan(0); // exterior counter-clockwise
    expect(signedArea(rings[1] ?? [])).toBeLessThan(0); // hole clockwise
    expect(rings[0]?.[0]?.[0]).toBe(0.1234568);
    for (const n of JSON.stringify(neighbourhoodsToGeoJson(neighbourhoods)).match(/-?\d+\.\d+/g) ?? []) expect(decimals(Number(n))).toBeLessThanOrEqual(7);
  });
});

describe('CSV export', () => {
  const hostile = AssetSchema.parse(makeAsset({ name: '=HYPERLINK("http://evil.example","Click")', description: '+44 161 496 0000', type: '@SUM(A1)', uprn: '000100023456' }));

  it('escapes formula cells for Excel, with a BOM', () => {
    const { csv } = assetsToCsv([hostile], 'excel', false);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [row] = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data;
    expect(row?.name).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(row?.description).toBe("'+44 161 496 0000");
    expect(row?.type).toBe("'@SUM(A1)");
    expect(escapeForSpreadsheet('\tcmd')).toBe("'\tcmd");
    expect(escapeForSpreadsheet('Park')).toBe('Park');
  });

  it('writes GIS columns: lon/lat, approximate easting/northing, WKT, and UPRNs with their zeros', () => {
    const { csv } = assetsToCsv([hostile], 'gis', false);
    expect(csv.startsWith('\ufeff')).toBe(false);
    const [row] = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(row?.uprn).toBe('000100023456');
    expect(row?.wkt).toBe('POINT (-2.3 53.45)');
    expect(Number(row?.easting)).toBeGreaterThan(370_000);
    expect(Number(row?.northing)).toBeGreaterThan(390_000);
    expect(row?.name?.startsWith('=')).toBe(true); // the GIS flavour keeps values exactly
  });
});

describe('names and codes beside the ids', () => {
  const ward = { id: '6b1f3c1e-0c1d-4e5f-8a9b-0c1d2e3f4a5b', name: 'Gorse Hill', code: 'E05000819' };
  const gloria = AssetSchema.parse(
    makeAsset({ name: 'Gloria M.', category: 'individuals', geometry: null, person: { consent: { status: 'given', date: '2026-01-01', purpose: 'x' }, exactLocation: false } }),
  );
  const hall = AssetSchema.parse(makeAsset({ name: 'Lime Hall', category: 'physical', type: 'hall' }));
  const club = AssetSchema.parse(
    makeAsset({
      name: 'Lunch club',
      category: 'associations',
      neighbourhoodIds: [ward.id],
      links: [
        { assetId: hall.id, relation: 'meets in' },
        { assetId: gloria.id, relation: 'run by' },
      ],
    }),
  );
  const names = exportNames([ward], [gloria, hall, club]);

  it('writes each neighbourhood\u2019s name and ONS code, and each link\u2019s asset by name, in CSV and GeoJSON', () => {
    const [row] = Papa.parse<Record<string, string>>(assetsToCsv([club], 'gis', false, names).csv, { header: true }).data;
    expect(row).toMatchObject({ neighbourhood_ids: ward.id, neighbourhood_names: 'Gorse Hill', neighbourhood_codes: 'E05000819' });
    expect(row?.link_names).toBe('meets in: Lime Hall; run by: a resident');
    const feature = assetsToGeoJson([club], false, names).collection.features[0];
    expect(feature?.properties).toMatchObject({ neighbourhood_names: 'Gorse Hill', neighbourhood_codes: 'E05000819', link_names: 'meets in: Lime Hall; run by: a resident' });
  });

  it('names a linked person only when personal data is included', () => {
    const [row] = Papa.parse<Record<string, string>>(assetsToCsv([club], 'gis', true, names).csv, { header: true }).data;
    expect(row?.link_names).toBe('meets in: Lime Hall; run by: Gloria M.');
  });
});

describe('GDAL reads what we write (as a council\u2019s QGIS would)', () => {
  const ogrinfo = (args: string[]) => {
    try {
      return execFileSync('ogrinfo', args, { encoding: 'utf8' });
    } catch (error) {
      throw new Error(`ogrinfo failed (install Debian's gdal-bin): ${String(error)}`);
    }
  };
  const dir = mkdtempSync(join(tmpdir(), 'atlas-gdal-'));

  it('opens the assets GeoJSON in EPSG:4326 with every feature', () => {
    const path = join(dir, 'assets.geojson');
    const pointsOnly = assets.filter((a) => a.geometry?.type === 'Point');
    writeFileSync(path, JSON.stringify(assetsToGeoJson(pointsOnly, false).collection));
    const info = ogrinfo(['-so', '-al', path]);
    expect(info).toMatch(new RegExp(`Feature Count: ${pointsOnly.filter((a) => a.category !== 'individuals').length}\\b`));
    expect(info).toContain('Geometry: Point');
    expect(info).toMatch(/ID\["EPSG",4326\]/);
  });

  it('opens the neighbourhoods GeoJSON as valid polygons', () => {
    const path = join(dir, 'neighbourhoods.geojson');
    writeFileSync(path, JSON.stringify(neighbourhoodsToGeoJson(neighbourhoods)));
    const info = ogrinfo(['-so', '-al', path]);
    expect(info).toMatch(new RegExp(`Feature Count: ${neighbourhoods.length}\\b`));
    expect(info).toContain('Geometry: Polygon');
    const valid = ogrinfo(['-q', '-dialect', 'SQLite', '-sql', 'SELECT SUM(ST_IsValid(geometry)) AS valid FROM neighbourhoods', path]);
    expect(valid).toMatch(new RegExp(`valid \\(Integer\\) = ${neighbourhoods.length}`));
  });

  it('opens the GIS CSV from its WKT column and from its longitude/latitude columns', () => {
    const path = join(dir, 'assets.csv');
    writeFileSync(path, assetsToCsv(assets, 'gis', false).csv);
    const expected = assets.filter((a) => a.category !== 'individuals').length;
    const byWkt = ogrinfo(['-so', '-al', '-oo', 'GEOM_POSSIBLE_NAMES=wkt', '-oo', 'KEEP_GEOM_COLUMNS=NO', path]);
    expect(byWkt).toMatch(new RegExp(`Feature Count: ${expected}\\b`));
    expect(byWkt).toMatch(/Geometry: (Unknown \(any\)|Point|Polygon)/);
    const byXy = ogrinfo(['-so', '-al', '-oo', 'X_POSSIBLE_NAMES=longitude', '-oo', 'Y_POSSIBLE_NAMES=latitude', path]);
    expect(byXy).toMatch(new RegExp(`Feature Count: ${expected}\\b`));
    expect(byXy).toContain('Geometry: Point');
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { downloadsInto, emptyDeviceWithSettings, sharedBrowser, openSession, snapshot, TABLET_PORTRAIT } from './harness';
import { READ_DATABASE, type Stored } from './geo-reference';

const demo = JSON.parse(readFileSync('data/demo-workspace.json', 'utf8')) as { data: { assets: { category: string }[]; neighbourhoods: unknown[] } };
const TOTAL = demo.data.assets.length;
const PEOPLE = demo.data.assets.filter((a) => a.category === 'individuals').length;
const dir = mkdtempSync(join(tmpdir(), 'atlas-exchange-'));

const browser = sharedBrowser();

const download = downloadsInto(dir);

describe('exchange with council GIS and spreadsheets', () => {
  it('exports GeoJSON and Excel CSV without people by default; backs up and restores on another device', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await expect.poll(() => page.getByRole('heading', { name: `Assets (${TOTAL})` }).count()).toBe(1);
    await snapshot(page, 'toolbar-portrait');

    await page.getByRole('button', { name: 'Export data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export data' });
    await snapshot(page, 'export-dialog-portrait');
    const geojsonPath = await download(page, () => dialog.getByRole('button', { name: 'Export' }).click(), 'assets.geojson');
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain(`Left out to protect privacy: ${PEOPLE} records about people`);
    const geojson = JSON.parse(readFileSync(geojsonPath, 'utf8')) as { features: { id: string; properties: { id: string; neighbourhood_ids: string; neighbourhood_names: string } }[] };
    expect(geojson.features).toHaveLength(TOTAL - PEOPLE);
    expect(geojson.features.every((f) => typeof f.id === 'string' && f.properties.id === f.id)).toBe(true);
    // A GIS officer reads neighbourhoods by name, beside the ids (one name per id, in the same order).
    const placed = geojson.features.filter((f) => f.properties.neighbourhood_ids !== '');
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.every((f) => f.properties.neighbourhood_names.split('; ').length === f.properties.neighbourhood_ids.split('; ').length && !/removed/.test(f.properties.neighbourhood_names))).toBe(
      true,
    );
    expect(execFileSync('ogrinfo', ['-so', '-al', geojsonPath], { encoding: 'utf8' })).toMatch(new RegExp(`Feature Count: ${TOTAL - PEOPLE}\\b`));

    await dialog.getByLabel('Format').selectOption({ label: 'CSV for Excel' });
    const csvPath = await download(page, () => dialog.getByRole('button', { name: 'Export' }).click(), 'assets.csv');
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trim().split('\r\n')).toHaveLength(TOTAL - PEOPLE + 1);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Settings' }).click();
    await snapshot(page, 'settings-backup-portrait');
    const backupPath = await download(page, () => page.getByRole('button', { name: 'Export backup' }).click(), 'backup.json');
    await expect.poll(() => page.getByText(/^Last backup:/).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();

    // Another tablet: start empty, refuse a damaged file, then restore the real backup.
    const other = await emptyDeviceWithSettings(browser());
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, readFileSync(backupPath, 'utf8').slice(0, 5000));
    await other.page.getByLabel('Restore from backup').setInputFiles(damaged);
    await other.page.getByRole('button', { name: 'Replace with backup' }).click();
    await expect.poll(() => other.page.getByText('was not restored; nothing was changed').count()).toBe(1);
    expect(await other.page.getByText(/not valid JSON/).count()).toBe(1);

    await other.page.getByLabel('Restore from backup').setInputFiles(backupPath);
    await other.page.getByRole('button', { name: 'Replace with backup' }).click();
    await expect.poll(() => other.page.getByText(`Restored ${TOTAL} assets, ${demo.data.neighbourhoods.length} neighbourhoods`).count()).toBe(1);
    await other.page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => other.page.getByRole('heading', { name: `Assets (${TOTAL})` }).count()).toBe(1);
    await other.page.reload();
    await expect.poll(() => other.page.getByRole('heading', { name: `Assets (${TOTAL})` }).count()).toBe(1);
    expect(other.problems).toEqual([]);
    await other.context.close();
  });
});

describe('a council GIS officer sends the CSV for GIS back', () => {
  it('places rows by exact coordinates (a choice), falls back row by row, reads its own category, and updates only the edited rows', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await expect.poll(() => page.getByRole('heading', { name: `Assets (${TOTAL})` }).count()).toBe(1);
    await page.getByRole('button', { name: 'Export data' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export data' });
    await exportDialog.getByLabel('Format').selectOption({ label: 'CSV for GIS (zip: CSV, .csvt, .prj)' });
    const zipPath = await download(page, () => exportDialog.getByRole('button', { name: 'Export' }).click(), 'for-gis.zip');
    await exportDialog.getByRole('button', { name: 'Close' }).click();
    // GDAL reads the CSV inside the zip with its sidecars: numbers as numbers, the CRS as EPSG:4326.
    const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const csvName = Object.keys(files).find((n) => n.endsWith('.csv')) ?? '';
    expect(Object.keys(files).sort()).toEqual([csvName, csvName.replace(/csv$/, 'csvt'), csvName.replace(/csv$/, 'prj')].sort());
    const info = execFileSync('ogrinfo', ['-so', '-al', `/vsizip/${zipPath}/${csvName}`], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Feature Count: ${TOTAL - PEOPLE}\\b`));
    expect(info).toContain('ID["EPSG",4326]');
    expect(info).toMatch(/longitude: Real[\s\S]*latitude: Real/);
    expect(info).toMatch(/photo_count: Integer/);
    expect(info).toMatch(/created_at: DateTime/);
    expect(info).toContain('Geometry Column = geom_wkt');
    const csvPath = join(dir, csvName);
    writeFileSync(csvPath, files[csvName] ?? new Uint8Array());

    // The zip itself comes back unchanged.
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import data' });
    await dialog.getByLabel('File to import').setInputFiles(zipPath);
    await expect.poll(() => dialog.getByText(`Read \u201c${csvName}\u201d from the zip`).count()).toBe(1);
    await dialog.getByRole('button', { name: `Import ${TOTAL - PEOPLE} rows` }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain(`Added 0, updated 0, unchanged ${TOTAL - PEOPLE}.`);
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The officer's edits in a spreadsheet: a name, a type, one point moved by its coordinates, and a
    // new row with longitude/latitude only. Columns and rows are read with PapaParse, not the app.
    const parsed = Papa.parse<Record<string, string>>(readFileSync(csvPath, 'utf8'), { header: true, skipEmptyLines: true });
    const rows = parsed.data;
    const points = rows.filter((r) => /^POINT/.test(r.wkt ?? ''));
    const [renamed, retyped, moved] = points;
    if (!renamed || !retyped || !moved) throw new Error('the demo has points');
    renamed.name = 'Renamed by the council';
    retyped.type = 'community centre';
    moved.longitude = '-2.3012345';
    moved.latitude = '53.4512345';
    const blank = Object.fromEntries(parsed.meta.fields?.map((f) => [f, '']) ?? []);
    rows.push({ ...blank, name: 'New allotment site', category: 'physical', type: 'allotment', longitude: '-2.3101', latitude: '53.4502', photo_count: '0' });
    const edited = join(dir, 'from-the-council.csv');
    writeFileSync(edited, Papa.unparse(rows, { newline: '\r\n' }));

    await page.getByRole('button', { name: 'Import data' }).click();
    await dialog.getByLabel('File to import').setInputFiles(edited);
    const placeBy = dialog.getByLabel('Place each row by');
    expect(await placeBy.locator('option:checked').textContent()).toBe('WKT shape (wkt): exact');
    expect(await placeBy.locator('option').allTextContents()).toEqual([
      'WKT shape (wkt): exact',
      'Longitude/latitude (longitude, latitude): exact',
      'Easting/northing (easting, northing): to a few metres',
      'Postcode (postcode): middle of the postcode',
    ]);
    expect(await dialog.getByLabel('Category', { exact: true }).locator('option:checked').textContent()).toBe('From column \u201ccategory\u201d');
    expect(await dialog.getByText(/\u201c(category_label|tags|photo_count)\u201d is personal data/).count()).toBe(0);
    await placeBy.selectOption({ label: 'Longitude/latitude (longitude, latitude): exact' });
    await snapshot(page, 'reimport-own-csv-portrait');
    await dialog.getByRole('button', { name: `Import ${rows.length} rows` }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain(`Added 1, updated 3, unchanged ${rows.length - 4}.`);
    await dialog.getByRole('button', { name: 'Done' }).click();

    const stored = ((await page.evaluate(READ_DATABASE)) as Stored).assets;
    const byId = new Map(stored.map((a) => [a.id, a]));
    expect(byId.get(renamed.id ?? '')?.name).toBe('Renamed by the council');
    expect(byId.get(retyped.id ?? '')?.category).toBe(retyped.category);
    expect(byId.get(moved.id ?? '')?.geometry).toEqual({ type: 'Point', coordinates: [-2.3012345, 53.4512345] });
    expect(stored.find((a) => a.name === 'New allotment site')?.geometry).toEqual({ type: 'Point', coordinates: [-2.3101, 53.4502] });
    // Parks and other shapes stay shapes: their longitude/latitude still name the shape's label point.
    const shapes = rows.filter((r) => /^(MULTI)?POLYGON/.test(r.wkt ?? ''));
    expect(shapes.length).toBeGreaterThan(0);
    expect(shapes.every((r) => /Polygon$/.test(byId.get(r.id ?? '')?.geometry?.type ?? ''))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('importing the Trafford files through the UI', () => {
  it('imports parks, schools and places of worship, lists food banks without coordinates, and re-imports its own export as unchanged', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), { width: 1024, height: 768 });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    const trafford = 'tests/fixtures/trafford/assets';

    const importFile = async (path: string, category: string, type?: string) => {
      await page.getByRole('button', { name: 'Import data' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import data' });
      await dialog.getByLabel('File to import').setInputFiles(path);
      // "(every row)", or "(rows of other types)" where the file has a type column.
      const choice = dialog.getByLabel('Category', { exact: true });
      await choice.selectOption(
        (await choice
          .locator('option', { hasText: `${category} (` })
          .first()
          .getAttribute('value')) ?? '',
      );
      if (type) await dialog.getByLabel('Type for every row').fill(type);
      return dialog;
    };

    let dialog = await importFile(`${trafford}/trafford_parks.csv`, 'Physical spaces', 'park');
    await expect.poll(() => dialog.getByRole('table', { name: 'Preview of the first rows' }).getByRole('row').count()).toBe(6);
    await snapshot(page, 'import-preview-landscape');
    await dialog.getByRole('button', { name: 'Import 32 rows' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Added 32, updated 0, unchanged 0. Every row was imported.');
    await dialog.getByRole('button', { name: 'Done' }).click();

    dialog = await importFile(`${trafford}/trafford_schools_and_colleges.csv`, 'Institutions');
    await dialog.getByRole('button', { name: 'Import 103 rows' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Added 103');
    await dialog.getByRole('button', { name: 'Done' }).click();

    dialog = await importFile(`${trafford}/trafford_places_of_worship.geojson`, 'Institutions', 'place of worship');
    await dialog.getByRole('button', { name: 'Import 118 features' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Added 118');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Assets (253)' }).count()).toBe(1);

    // No coordinates and no postcode table: every row is listed with its number and reason, nothing added.
    dialog = await importFile(`${trafford}/trafford_food_banks.csv`, 'Economic', 'food bank');
    await dialog.getByRole('button', { name: /^Import \d+ rows$/ }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/Added 0, .* rows need attention/);
    expect(await dialog.getByText(/^Row 2: postcode “M31 4BU” is not in the imported postcode table$/).count()).toBe(1);
    const problemsCsv = await download(page, () => dialog.getByRole('button', { name: 'Download problem list (CSV)' }).click(), 'problems.csv');
    expect(readFileSync(problemsCsv, 'utf8')).toContain('row,reason');
    await dialog.getByRole('button', { name: 'Done' }).click();

    // Our own export comes back as updates-by-id: nothing is duplicated.
    await page.getByRole('button', { name: 'Export data' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export data' });
    const exported = await download(page, () => exportDialog.getByRole('button', { name: 'Export' }).click(), 'trafford.geojson');
    await exportDialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Import data' }).click();
    dialog = page.getByRole('dialog', { name: 'Import data' });
    await dialog.getByLabel('File to import').setInputFiles(exported);
    await dialog.getByLabel('Category', { exact: true }).selectOption({ label: 'From column “category”' });
    await dialog.getByRole('button', { name: 'Import 253 features' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Added 0, updated 0, unchanged 253.');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Assets (253)' }).count()).toBe(1);

    // With the Trafford postcode table loaded, food banks are placed by postcode. The reference
    // count is worked out here, from the two files, independently of the app's code.
    const norm = (p: string) => p.replace(/\s+/g, '').toUpperCase();
    const known = new Set(
      Papa.parse<Record<string, string>>(readFileSync('tests/fixtures/trafford/postcodes/trafford_postcodes.csv', 'utf8'), { header: true }).data.map((r) => norm(r.postcode ?? '')),
    );
    const banks = Papa.parse<Record<string, string>>(readFileSync(`${trafford}/trafford_food_banks.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const placeable = banks.filter((r) => known.has(norm(r.Postcode ?? ''))).length;
    expect(placeable).toBeGreaterThan(0);
    dialog = await importFile(`${trafford}/trafford_food_banks.csv`, 'Economic', 'food bank');
    await dialog.getByLabel('Postcode table').setInputFiles('tests/fixtures/trafford/postcodes/trafford_postcodes.csv');
    await expect.poll(() => dialog.getByText(/^Loaded [\d,]+ postcodes from “trafford_postcodes.csv”\.$/).count()).toBe(1);
    await dialog.getByRole('button', { name: /^Import \d+ rows$/ }).click();
    await expect.poll(() => dialog.getByRole('status').last().textContent()).toContain(`Added ${placeable}, updated 0, unchanged 0.`);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.getByRole('heading', { name: `Assets (${253 + placeable})` }).count()).toBe(1);

    // The postcode table is kept on the device: after a reload it is still in use, until forgotten.
    const inUse = /^Using [\d,]+ postcodes from “trafford_postcodes\.csv”, kept on this device\./;
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: `Assets (${253 + placeable})` }).count()).toBe(1);
    dialog = await importFile(`${trafford}/trafford_food_banks.csv`, 'Economic', 'food bank');
    await expect.poll(() => dialog.getByText(inUse).count()).toBe(1);
    await snapshot(page, 'import-postcode-table-kept');
    await dialog.getByRole('button', { name: 'Forget postcode table' }).click();
    await expect.poll(() => dialog.getByText('The postcode table was removed from this device.').count()).toBe(1);
    expect(await dialog.getByText(inUse).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.reload();
    dialog = await importFile(`${trafford}/trafford_food_banks.csv`, 'Economic', 'food bank');
    await expect.poll(() => dialog.getByText(/^A CSV with postcode, longitude and latitude columns/).count()).toBe(1);
    expect(await dialog.getByText(inUse).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("a partner's spreadsheet of mixed assets", () => {
  it("takes each row's category from its type where the type is known, unless the coordinator unticks it", async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    const path = join(dir, 'partners.csv');
    writeFileSync(
      path,
      'name,type,lon,lat\r\nSale Striders,Walking group,-2.32,53.42\r\nBean There,Café,-2.31,53.43\r\nSt Hugh,Primary School,-2.30,53.41\r\nLantern parade,Lantern parade,-2.33,53.44\r\n',
    );
    const importWith = async (tick: boolean) => {
      await page.getByRole('button', { name: 'Import data' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import data' });
      await dialog.getByLabel('File to import').setInputFiles(path);
      const byType = dialog.getByLabel('Choose the category from the type where it is a known type');
      expect(await byType.isChecked()).toBe(true); // the default when the file has a type column
      const chosen = async () => dialog.getByLabel('Category', { exact: true }).locator('option:checked').textContent();
      expect(await chosen()).toBe('Physical spaces (rows of other types)');
      if (!tick) {
        await byType.uncheck();
        expect(await chosen()).toBe('Physical spaces (every row)');
      } else await snapshot(page, 'import-category-from-type-portrait');
      await dialog.getByRole('button', { name: 'Import 4 rows' }).click();
      await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Added 4');
      await dialog.getByRole('button', { name: 'Done' }).click();
    };
    const categories = async () => Object.fromEntries(((await page.evaluate(READ_DATABASE)) as Stored).assets.map((a) => [a.name, a.category]).sort());
    await importWith(true);
    // The dialog's category (Physical spaces) goes to the type no category suggests.
    expect(await categories()).toEqual({ 'Bean There': 'economic', 'Lantern parade': 'physical', 'Sale Striders': 'associations', 'St Hugh': 'institutions' });
    await page.getByRole('toolbar', { name: 'Workspace' }).getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(async () => ((await page.evaluate(READ_DATABASE)) as Stored).assets.length).toBe(0);
    await importWith(false);
    expect(new Set(Object.values(await categories()))).toEqual(new Set(['physical']));
    expect(problems).toEqual([]);
    await context.close();
  });
});

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, openSession, snapshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './harness';
import { seriousFindings } from './axe';
import { READ_DATABASE, type Stored } from './geo-reference';

const browser = sharedBrowser();
const MESSY = 'tests/fixtures/messy';

/** Starts empty and chooses a file in "Import data"; returns the dialog. */
async function chooseFile(page: Page, baseUrl: string, path: string) {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('File to import').setInputFiles(path);
  return dialog;
}

const stored = async (page: Page) => ((await page.evaluate(READ_DATABASE)) as Stored).assets;

describe('messy files: the good rows arrive, the bad one is named', () => {
  it('a GeoJSON with one coordinate overflowing to Infinity: that feature is refused by number, the others imported', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    const dialog = await chooseFile(page, baseUrl, `${MESSY}/infinite-coordinate.geojson`);
    await dialog.getByLabel('Type for every row').fill('park');
    await dialog.getByRole('button', { name: 'Import 3 features' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Added 2');
    const text = (await dialog.getByRole('status').textContent()) ?? '';
    expect(text).toContain('1 feature needs attention');
    expect(text).toContain('Feature 2: has a coordinate that is not a finite number (Infinity)');
    expect((await stored(page)).map((a) => a.name).sort()).toEqual(['Longford Park', 'Victoria Park']);
    await snapshot(page, 'import-infinite-coordinate-landscape');
    expect(await seriousFindings(page, 'import result')).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a semicolon CSV with decimal commas: read as decimals, said in the preview and the result', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    const dialog = await chooseFile(page, baseUrl, `${MESSY}/decimal-commas.csv`);
    await expect.poll(() => dialog.getByText(/written with decimal commas \(e\.g\. .53,4459.\)/).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Import 3 rows' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Added 3');
    expect(await dialog.getByRole('list', { name: 'How the file was read' }).textContent()).toContain('decimal commas');
    expect(await dialog.getByRole('status').textContent()).toContain('Every row was imported');
    const stretford = (await stored(page)).find((a) => a.name === 'Stretford Library');
    expect(stretford?.geometry?.coordinates).toEqual([-2.3109, 53.4459]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a GeoJSON written [latitude, longitude]: offered a swap, and the points land in England', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    const dialog = await chooseFile(page, baseUrl, `${MESSY}/lat-lon-swapped.geojson`);
    await expect.poll(() => dialog.getByText(/look swapped/).count()).toBe(1);
    expect(await dialog.getByLabel('Swap longitude and latitude').isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Import 3 features' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Added 3');
    expect(await dialog.getByRole('list', { name: 'How the file was read' }).textContent()).toContain('Longitude and latitude were swapped');
    for (const asset of await stored(page)) {
      const [lon, lat] = asset.geometry?.coordinates as number[];
      expect(lon).toBeLessThan(0);
      expect(lat).toBeGreaterThan(53);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('one British National Grid row: "Import 1 row", and the result repeats the conversion', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    const dialog = await chooseFile(page, baseUrl, `${MESSY}/one-row-bng.csv`);
    await expect.poll(() => dialog.getByText(/^1 row in/).count()).toBe(1);
    await dialog.getByLabel('Type for every row').fill('park');
    await dialog.getByRole('button', { name: 'Import 1 row', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Added 1');
    expect(await dialog.getByRole('list', { name: 'How the file was read' }).textContent()).toContain(
      'Converted from British National Grid (easting \u201ceasting\u201d, northing \u201cnorthing\u201d)',
    );
    const [park] = await stored(page);
    const [lon, lat] = park?.geometry?.coordinates as number[];
    expect(lon).toBeCloseTo(-2.284, 2);
    expect(lat).toBeCloseTo(53.446, 2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a ward boundary file given to "Import data" is offered as neighbourhoods, and imports as such', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    const dialog = await chooseFile(page, baseUrl, 'data/samples/trafford_ward_2023_generalised.geojson');
    await expect.poll(() => dialog.getByText('This looks like a boundary file: 21 areas with ONS codes in \u201carea_code\u201d').count()).toBe(1);
    await snapshot(page, 'import-offers-boundaries-landscape');
    await dialog.getByRole('button', { name: 'Import as neighbourhoods' }).click();
    const boundaries = page.getByRole('dialog', { name: 'Import boundaries' });
    await expect.poll(() => boundaries.getByRole('status').textContent()).toContain('21 of 21 boundaries are ready');
    await boundaries.getByRole('button', { name: 'Import 21 boundaries' }).click();
    await expect.poll(() => boundaries.getByRole('status').textContent()).toContain('Imported 21 boundaries');
    const db = (await page.evaluate(READ_DATABASE)) as Stored;
    expect(db.neighbourhoods).toHaveLength(21);
    expect(db.assets).toHaveLength(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offers the real sample files when there is no file to hand, and one saved imports as it should', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import data' });
    await dialog.getByText('Open sample files').click();
    await snapshot(page, 'import-samples-portrait');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: 'Parks (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('trafford_parks.csv');
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-sample-')), 'trafford_parks.csv');
    await download.saveAs(path);
    expect(readFileSync(path, 'utf8')).toBe(readFileSync('data/samples/trafford_parks.csv', 'utf8'));
    await dialog.getByLabel('File to import').setInputFiles(path);
    await dialog.getByRole('button', { name: 'Import 32 rows' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Added 32');
    expect(problems).toEqual([]);
    await context.close();
  });
});

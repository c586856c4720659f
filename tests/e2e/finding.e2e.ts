import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { sharedBrowser, openSession, snapshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './harness';
import { importTraffordWards, TRAFFORD } from './trafford';

/**
 * Finding your way (issue 18): a street map offered from the first screen, an honest note and no
 * credit without signal, places found by search, a small area's values on a tap, and locations
 * given as places.
 */
const browser = sharedBrowser();

/** A plain tile, served in place of OpenStreetMap's: the test never reaches the internet. */
function tile(): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  png.data.fill(230);
  return PNG.sync.write(png);
}

/** The map's credits as they are on screen (a hidden credit is no credit). */
const credit = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.maplibregl-ctrl-attrib')]
      .filter((e) => e.checkVisibility())
      .map((e) => e.textContent ?? '')
      .join(' '),
  );

describe('the street map', () => {
  it('is a plain choice on the first screen, remembered; without signal the map says so and credits nothing it does not show', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    const requested: string[] = [];
    const png = tile();
    // Registered after the session's own routes, so it answers first: OpenStreetMap's tiles, from here.
    await context.route('https://tile.openstreetmap.org/**', (route) => {
      requested.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'image/png', body: png });
    });
    await page.goto(baseUrl);
    const welcome = page.getByRole('dialog', { name: 'Welcome to Asset Atlas' });
    const choice = welcome.getByLabel(/^Show a street map when there is signal — OpenStreetMap/);
    expect(await choice.isChecked()).toBe(false); // nothing is fetched from a third party until asked
    await choice.check();
    await snapshot(page, 'first-run-street-map-portrait');
    await welcome.getByRole('button', { name: 'Start empty' }).click();
    await expect.poll(() => requested.length).toBeGreaterThan(0);
    await expect.poll(() => credit(page)).toContain('OpenStreetMap');
    expect(await page.getByText(/^No street map|^No signal/).count()).toBe(0);

    await context.setOffline(true);
    await expect.poll(() => page.getByText(/^No signal: the street map needs signal or a basemap saved on this device/).count()).toBe(1);
    await expect.poll(() => credit(page)).not.toContain('OpenStreetMap');
    await snapshot(page, 'street-map-no-signal-portrait');
    await context.setOffline(false);
    await expect.poll(() => credit(page)).toContain('OpenStreetMap');
    await expect.poll(() => page.getByText(/^No signal/).count()).toBe(0);

    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    expect(await settings.getByRole('heading', { name: 'Street map' }).count()).toBe(1);
    expect(await settings.getByLabel(/^Show a street map when there is signal — OpenStreetMap/).isChecked()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

const postcodeRows = Papa.parse<Record<string, string>>(readFileSync(`${TRAFFORD}/postcodes/trafford_postcodes.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const imdRows = Papa.parse<Record<string, string>>(readFileSync(`${TRAFFORD}/deprivation/trafford_imd2019_lsoa_wide.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data;

/** The postcode nearest a point, worked out here from the CSV (flat-earth metres), not by the app. */
function nearest(lon: number, lat: number): Record<string, string> | undefined {
  const k = Math.cos((lat * Math.PI) / 180);
  let best: Record<string, string> | undefined;
  let bestD = Infinity;
  for (const r of postcodeRows) {
    const d = ((Number(r.lon) - lon) * k) ** 2 + (Number(r.lat) - lat) ** 2;
    if (d < bestD) [best, bestD] = [r, d];
  }
  return best;
}

describe('finding places', () => {
  it('search goes to a postcode or a neighbourhood; a new asset says where it is; a tapped small area shows its values', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await importTraffordWards(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('region', { name: 'Postcodes' }).getByLabel('Postcode table').setInputFiles(`${TRAFFORD}/postcodes/trafford_postcodes.csv`);
    await expect.poll(() => settings.getByRole('status').filter({ hasText: 'Loaded' }).count()).toBe(1);
    await settings.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('tab', { name: 'Assets' }).click();

    // A neighbourhood by name (or code), and a postcode however it is typed.
    await page.getByLabel('Search assets').fill('gorse');
    const places = page.getByRole('list', { name: 'Places' });
    await expect.poll(() => places.getByRole('button').allTextContents()).toEqual(['Go to Gorse Hill & Cornbrook neighbourhood E05015247']);
    await page.getByLabel('Search assets').fill('m15 4ab');
    await expect.poll(() => places.getByRole('button').allTextContents()).toEqual(['Go to M15 4AB postcode']);
    await places.getByRole('button', { name: /M15 4AB/ }).click();
    expect(await page.getByLabel('Search assets').inputValue()).toBe('');
    await page.waitForFunction(() => document.querySelector('.maplibregl-map:not(.maplibregl-moving)') !== null);
    await page.waitForTimeout(800); // the map eases to the postcode

    // A new asset at the middle of the map is placed as a place first, degrees after.
    await page.getByRole('button', { name: 'Add asset' }).click();
    const canvas = page.locator('.maplibregl-canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the map is on screen');
    await canvas.click({ position: { x: box.width / 2, y: box.height / 2 } });
    const location = page.locator('.location-summary p').first();
    await expect.poll(() => location.textContent()).toMatch(/^Location: in .+, near [A-Z0-9]+ [0-9][A-Z]{2} \(53\.\d{5}, -2\.\d{5}\)$/);
    const [lat, lon] = (/\((53\.\d+), (-2\.\d+)\)/.exec((await location.textContent()) ?? '') ?? []).slice(1).map(Number);
    const reference = nearest(lon ?? 0, lat ?? 0);
    expect(reference?.postcode).toBe('M15 4AB');
    expect(await location.textContent()).toContain(`near ${reference?.postcode}`);
    await snapshot(page, 'location-as-place-landscape');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // A small area of the deprivation layer, tapped: its code, name and values, as in the IMD file.
    await page.getByRole('tab', { name: 'Layers' }).click();
    await page.getByRole('button', { name: 'Add context layer' }).click();
    const layer = page.getByRole('dialog', { name: 'Add context layer' });
    await layer.getByLabel('Small-area boundaries (GeoJSON)').setInputFiles(`${TRAFFORD}/boundaries/trafford_lsoa_2011_generalised.geojson`);
    await layer.getByLabel('Table to join by area code (CSV)').setInputFiles(`${TRAFFORD}/deprivation/trafford_imd2019_lsoa_wide.csv`);
    await expect.poll(() => layer.getByText('138 of 138 areas matched').count()).toBe(1);
    await layer.getByLabel('Layer name').fill('IMD 2019');
    await layer.getByRole('button', { name: 'Save layer' }).click();
    await expect.poll(() => layer.count()).toBe(0);
    await canvas.click({ position: { x: box.width / 2, y: box.height / 2 } });
    const card = page.getByRole('region', { name: /./ }).filter({ has: page.locator('.area-meta') });
    await expect.poll(() => card.count()).toBe(1);
    const code = /E0\d{7}/.exec((await card.locator('.area-meta').textContent()) ?? '')?.[0];
    const row = imdRows.find((r) => r.lsoa11cd === code);
    expect(row, `the tapped area ${code} is in the IMD file`).toBeDefined();
    expect(await card.getByRole('heading').textContent()).toBe(row?.lsoa11nm);
    const values = Object.fromEntries(await card.locator('dl > div').evaluateAll((rows) => rows.map((r) => [r.querySelector('dt')?.textContent ?? '', r.querySelector('dd')?.textContent ?? ''])));
    expect(values.imd_decile).toBe(row?.imd_decile);
    await snapshot(page, 'small-area-values-landscape');
    await card.getByRole('button', { name: 'Close the small area\u2019s values' }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

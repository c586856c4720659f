import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TileType } from 'pmtiles';
import { sharedBrowser, openSession, snapshot, TABLET_LANDSCAPE } from './harness';
import { summarisePixels } from './pixels';
import { makeTraffordBasemap, makeTraffordVectorBasemap } from '../../scripts/basemap/make-fixture';
import { writePmtiles } from '../../scripts/basemap/pmtiles-writer';

const browser = sharedBrowser();
const dir = mkdtempSync(join(tmpdir(), 'atlas-basemap-'));
const bytes = makeTraffordBasemap();
const files = {
  good: join(dir, 'trafford.pmtiles'),
  truncated: join(dir, 'trafford-cut.pmtiles'),
  wrongType: join(dir, 'parks.pmtiles'),
  elsewhere: join(dir, 'cornwall.pmtiles'),
  vector: join(dir, 'trafford-vector.pmtiles'),
};
writeFileSync(files.vector, makeTraffordVectorBasemap());
writeFileSync(files.good, bytes);
writeFileSync(files.truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
writeFileSync(files.wrongType, `name,lon,lat\n${Array.from({ length: 20 }, (_, i) => `Park ${i},-2.36,53.44`).join('\n')}\n`);
writeFileSync(files.elsewhere, writePmtiles([{ z: 9, x: 248, y: 170, data: bytes.subarray(0, 10) }], { tileType: TileType.Png, bounds: [-5.8, 49.9, -4.2, 50.9], metadata: {} }));

// The fixture's colours: land inside the borough and sand outside (see scripts/basemap/make-fixture.ts).
const LAND = '#c4deb0';
const SAND = '#ece4d0';
const BACKGROUND = '#f3f0e8';

async function basemapShare(page: Page): Promise<number> {
  const map = page.getByRole('region', { name: 'Asset map', exact: true });
  const pixels = summarisePixels(await map.screenshot(), BACKGROUND, [LAND, SAND], 10);
  return ((pixels.near[LAND] ?? 0) + (pixels.near[SAND] ?? 0)) / pixels.total;
}

async function openFile(page: Page, path: string) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Open basemap file').setInputFiles(path);
}

describe('offline basemap', () => {
  it('opens a PMTiles file from the device, draws it, keeps it through an offline reload, and refuses bad files by name', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await expect.poll(() => page.getByText('No street map: your data on a plain background.').count()).toBe(1);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    const before = await basemapShare(page);

    await openFile(page, files.truncated);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('\u201ctrafford-cut.pmtiles\u201d is cut short');
    await page.getByLabel('Open basemap file').setInputFiles(files.wrongType);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('\u201cparks.pmtiles\u201d is not a PMTiles basemap');
    await page.getByLabel('Open basemap file').setInputFiles(files.good);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Opened' }).textContent()).toContain('\u201ctrafford.pmtiles\u201d');
    const details = page.getByRole('definition');
    expect(await details.allTextContents()).toEqual(expect.arrayContaining(['trafford.pmtiles', '9 to 12 (PNG images)']));
    await snapshot(page, 'basemap-settings-landscape');
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close', exact: true }).click();

    await expect.poll(() => basemapShare(page), { timeout: 15_000 }).toBeGreaterThan(0.5);
    expect(before).toBeLessThan(0.05);
    expect(await page.getByText('No street map').count()).toBe(0);
    await snapshot(page, 'basemap-landscape');

    // With the network off, the app and the basemap both come from the device.
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => basemapShare(page), { timeout: 15_000 }).toBeGreaterThan(0.5);

    // Data elsewhere in the country: a basemap that misses it is refused, naming the file.
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await openFile(page, files.elsewhere);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('\u201ccornwall.pmtiles\u201d covers another area');
    await page.getByRole('button', { name: 'Remove basemap' }).click();
    await expect.poll(() => page.getByText(/Removed .trafford.pmtiles. and freed/).count()).toBe(1);
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => page.getByText('No street map: your data on a plain background.').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});

/** A tile server on 127.0.0.1 for the test: every tile a plain blue PNG, every request counted. */
async function startTileServer(): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const png = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < 256 * 256; i += 1) png.data.set([70, 130, 200, 255], i * 4);
  const tile = PNG.sync.write(png);
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(/^\/\d+\/\d+\/\d+\.png$/.test(request.url ?? '') ? 200 : 404, { 'content-type': 'image/png', 'access-control-allow-origin': '*' });
    response.end(tile);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('vector basemap', () => {
  it('draws a vector (MVT) extract with the bundled style and font, offline', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await openFile(page, files.vector);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Opened' }).textContent()).toContain('\u201ctrafford-vector.pmtiles\u201d');
    expect(await page.getByRole('definition').allTextContents()).toEqual(expect.arrayContaining(['9 to 12 (vector)']));
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close', exact: true }).click();
    await context.setOffline(true);
    await page.reload();
    // The style's landuse green at 70% over its earth colour.
    const LANDUSE = '#e2ead7';
    const map = page.getByRole('region', { name: 'Asset map', exact: true });
    await expect.poll(async () => (summarisePixels(await map.screenshot(), BACKGROUND, [LANDUSE], 8).near[LANDUSE] ?? 0) / (660 * 700), { timeout: 15_000 }).toBeGreaterThan(0.3);
    await snapshot(page, 'vector-basemap-landscape');
    expect(problems).toEqual([]);
  });
});

describe('saving an area for offline use', () => {
  it('estimates, downloads with progress from a tile source whose licence allows it, and draws the saved tiles with the network off', async () => {
    const tiles = await startTileServer();
    try {
      const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE, [new URL(tiles.url.replace(/\{.\}/g, '0')).origin]);
      await page.goto(baseUrl);
      await page.getByRole('button', { name: 'Open demo workspace' }).click();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
      await page.getByRole('button', { name: 'Settings' }).click();
      const settings = page.getByRole('dialog', { name: 'Settings' });
      await settings.getByLabel('Tile address').fill('ftp://nowhere');
      await settings.getByLabel('Attribution').fill('Test tiles');
      await settings.getByRole('button', { name: 'Save tile source' }).click();
      await expect.poll(() => settings.getByRole('alert').textContent()).toContain('must start with http:// or https://');
      await settings.getByLabel('Tile address').fill(tiles.url);
      await settings.getByRole('button', { name: 'Save tile source' }).click();
      // Not offered until the licence is confirmed.
      expect(await settings.getByRole('button', { name: 'Save this area for offline' }).count()).toBe(0);
      await settings.getByLabel('Its licence allows saving tiles for offline use').check();
      await settings.getByRole('button', { name: 'Save tile source' }).click();
      await settings.getByLabel('From zoom').fill('11');
      await settings.getByLabel('To zoom').fill('13');
      // A neighbourhood and 500 m around it, counted here with the slippy-map formula.
      const demo = JSON.parse(readFileSync('data/demo-workspace.json', 'utf8')) as { data: { neighbourhoods: { name: string; geometry: { coordinates: number[][][] } }[] } };
      const area = demo.data.neighbourhoods[0]!;
      const corners = area.geometry.coordinates.flat();
      const [w, s, e, n] = [Math.min(...corners.map((p) => p[0]!)), Math.min(...corners.map((p) => p[1]!)), Math.max(...corners.map((p) => p[0]!)), Math.max(...corners.map((p) => p[1]!))];
      const dLat = 500 / 111_320;
      const dLon = 500 / (111_320 * Math.cos((((s + n) / 2) * Math.PI) / 180));
      const tx = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
      const ty = (lat: number, z: number) => Math.floor(((1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2) * 2 ** z);
      let areaTiles = 0;
      for (let z = 11; z <= 13; z += 1) areaTiles += (tx(e + dLon, z) - tx(w - dLon, z) + 1) * (ty(s - dLat, z) - ty(n + dLat, z) + 1);
      await settings.getByLabel('Area', { exact: true }).selectOption({ label: `${area.name} and 500 m around it` });
      await expect.poll(() => settings.getByText(`${area.name} and 500 m around it: ${areaTiles.toLocaleString('en-GB')} tiles`).count()).toBe(1);
      await settings.getByLabel('Area', { exact: true }).selectOption({ label: 'The map’s current view' });
      const estimate = (await settings.getByText(/The map’s current view: [\d,]+ tiles/).textContent()) ?? '';
      const expected = Number(/([\d,]+) tiles/.exec(estimate)![1]!.replace(/,/g, ''));
      expect(expected).toBeGreaterThan(3);
      const before = tiles.requests.length;
      await settings.getByRole('button', { name: 'Save this area for offline' }).click();
      await expect.poll(() => settings.getByText(/Saved [\d,]+ tiles for offline use/).textContent(), { timeout: 30_000 }).toContain(`Saved ${expected.toLocaleString('en-GB')} tiles`);
      expect(tiles.requests.length - before).toBeGreaterThanOrEqual(expected);
      await expect.poll(() => settings.getByText(/^Saved tiles: /).textContent()).toContain(`${expected.toLocaleString('en-GB')} tiles`);
      await snapshot(page, 'save-area-landscape');
      await settings.getByRole('button', { name: 'Close', exact: true }).click();
      expect(await page.getByText('No street map').count()).toBe(0);

      // The tile server is gone and the device is offline: the saved tiles still draw.
      // Chromium 150 reports navigator.onLine as true again after a reload in an offline context (a
      // real offline device says false), so the app may still ask the network for tiles it has not
      // saved (past zoom 13) before drawing them from their saved ancestors; the browser logs each
      // failed request itself. Those failures are recorded by address and must all be unsaved tiles.
      const tileOrigin = new URL(tiles.url.replace(/\{.\}/g, '0')).origin;
      const triedOnline: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && m.location().url.startsWith(tileOrigin)) triedOnline.push(m.location().url);
      });
      await tiles.close();
      await context.setOffline(true);
      await page.reload();
      const BLUE = '#4682c8';
      const map = page.getByRole('region', { name: 'Asset map', exact: true });
      await expect.poll(async () => summarisePixels(await map.screenshot(), BACKGROUND, [BLUE], 12).near[BLUE] ?? 0, { timeout: 15_000 }).toBeGreaterThan(50_000);
      await context.setOffline(false);
      await page.getByRole('button', { name: 'Settings' }).click();
      await settings.getByRole('button', { name: 'Delete saved tiles' }).click();
      await expect.poll(() => settings.getByText(/^Saved tiles: /).textContent()).toContain('0 tiles');
      expect(triedOnline.filter((url) => Number(new URL(url).pathname.split('/')[1]) <= 13)).toEqual([]);
      const failedFetch = /^console error: Failed to load resource: net::ERR_/;
      expect(problems.filter((p) => failedFetch.test(p)).length).toBe(triedOnline.length);
      expect(problems.filter((p) => !failedFetch.test(p))).toEqual([]);
    } finally {
      await tiles.close().catch(() => undefined);
    }
  });
});

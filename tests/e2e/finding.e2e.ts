import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { sharedBrowser, openSession, snapshot, TABLET_PORTRAIT } from './harness';

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

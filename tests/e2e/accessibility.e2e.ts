import { describe, expect, it } from 'vitest';
import { sharedBrowser, openSession, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './harness';
import { seriousFindings } from './axe';

// Every main screen is scanned, so a change cannot quietly make one unusable with a screen reader or keyboard.

const browser = sharedBrowser();

describe('accessibility of every main screen (axe-core, WCAG 2.2 A/AA)', () => {
  it('finds nothing serious on the first run, the map and list, the form, import, export, coverage, settings and print', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    const found: string[] = [];
    await page.goto(baseUrl);
    await expect.poll(() => page.getByRole('dialog', { name: 'Welcome to Asset Atlas' }).count()).toBe(1);
    found.push(...(await seriousFindings(page, 'first run')));

    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Welcome to Asset Atlas' }).count()).toBe(0);
    found.push(...(await seriousFindings(page, 'demo map and list')));

    await page
      .getByRole('button', { name: /Lime Park/ })
      .first()
      .click();
    found.push(...(await seriousFindings(page, 'asset details')));
    await page.getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => page.getByRole('form').count()).toBe(1);
    found.push(...(await seriousFindings(page, 'asset form')));
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('article').getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Import data' }).click();
    const importer = page.getByRole('dialog', { name: 'Import data' });
    await importer.getByLabel('File to import').setInputFiles('data/samples/trafford_parks.csv');
    await expect.poll(() => importer.getByRole('button', { name: /^Import \d+ rows$/ }).count()).toBe(1);
    found.push(...(await seriousFindings(page, 'import dialog')));
    await importer.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Export data' }).click();
    found.push(...(await seriousFindings(page, 'export dialog')));
    await page.getByRole('dialog', { name: 'Export data' }).getByRole('button', { name: 'Close' }).click();

    await page.getByRole('tab', { name: 'Coverage' }).click();
    found.push(...(await seriousFindings(page, 'coverage tab')));
    await page.getByRole('tab', { name: 'Neighbourhoods' }).click();
    found.push(...(await seriousFindings(page, 'neighbourhoods tab')));
    await page.getByRole('tab', { name: 'Layers' }).click();
    found.push(...(await seriousFindings(page, 'layers tab')));

    await page.getByRole('button', { name: 'Settings' }).click();
    found.push(...(await seriousFindings(page, 'settings')));
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Print map' }).click();
    const print = page.getByRole('dialog', { name: 'Print map' });
    // What this test reads does not depend on the dots per inch: a draft draws a quarter of the pixels.
    await print.getByLabel('Quality').selectOption('draft');
    found.push(...(await seriousFindings(page, 'print view (map pending)')));
    await expect.poll(() => print.getByRole('status').textContent(), { timeout: 60_000 }).toMatch(/Map drawn at \d+ dpi/);
    found.push(...(await seriousFindings(page, 'print view')));

    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('finds nothing serious on the second-tab screen (portrait)', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    const second = await context.newPage();
    await second.goto(baseUrl);
    await expect.poll(() => second.getByRole('dialog', { name: 'Asset Atlas is open in another tab' }).count()).toBe(1);
    expect(await seriousFindings(second, 'second tab')).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

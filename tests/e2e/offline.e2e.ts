import { describe, expect, it } from 'vitest';
import { sharedBrowser, openSession, snapshot, TABLET_PORTRAIT, waitForAssetsDrawn } from './harness';

const browser = sharedBrowser();

describe('offline', () => {
  it('opens and records with the network off after one visit', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    // The choice is saved before the dialog closes: reloading sooner would ask again.
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // The service worker has precached the app and controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Add asset' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Add asset' }).click();
    await page.locator('.maplibregl-canvas').click({ position: { x: 380, y: 260 } });
    await page.getByLabel('Name', { exact: true }).fill('Canal towpath benches');
    await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Physical spaces' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await waitForAssetsDrawn(page, 1)).toBe(1);
    await snapshot(page, 'offline-portrait');

    // A reload while still offline comes from the precache too.
    const listed = page.getByRole('complementary', { name: 'Workspace panel' }).getByRole('button', { name: /Canal towpath benches/ });
    await page.reload();
    await expect.poll(() => listed.count()).toBe(1);

    await context.setOffline(false);
    await page.reload();
    await expect.poll(() => listed.count()).toBe(1);
    expect(await waitForAssetsDrawn(page, 1)).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps an unsaved form when the page is hidden and offers to resume it', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await page.getByRole('button', { name: 'Add asset' }).click();
    await page.locator('.maplibregl-canvas').click({ position: { x: 300, y: 300 } });
    await page.getByLabel('Name', { exact: true }).fill('Half-typed hall');
    await page.getByLabel('Description').fill('Kitchen, stage, step-free');
    await page.reload(); // pagehide: the tablet slept or the tab was closed mid-form
    await page.getByRole('button', { name: 'Resume unsaved asset' }).click();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Half-typed hall');
    expect(await page.getByLabel('Description').inputValue()).toBe('Kitchen, stage, step-free');
    expect(problems).toEqual([]);
    await context.close();
  });
});

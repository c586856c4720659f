import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { sharedBrowser, openSession, snapshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './harness';

/**
 * What a community connector met first on a tablet (issue 18, "Broken in the field"): the app
 * scrolled out of view, a blank panel after rotating, a toast's Undo that undid something else,
 * views opening scrolled away, the map jumping after a save, a message over the buttons.
 */
const browser = sharedBrowser();

const tapMap = (page: Page, x: number, y: number) => page.locator('.maplibregl-canvas').click({ position: { x, y } });
const toolbarButton = (page: Page, name: RegExp) => page.getByRole('toolbar', { name: 'Workspace' }).getByRole('button', { name });

async function startEmpty(page: Page, baseUrl: string) {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

async function addAsset(page: Page, at: [number, number], name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add asset' }).click();
  await tapMap(page, at[0], at[1]);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Physical spaces' });
}

/** How far the page itself has scrolled, and where the top bar is: 0 and 0 when the shell holds. */
const pageScroll = (page: Page) =>
  page.evaluate(() => ({
    window: window.scrollY,
    root: document.documentElement.scrollTop,
    body: document.body.scrollTop,
    topBar: Math.round(document.querySelector('.topbar')?.getBoundingClientRect().top ?? -1),
  }));
const STILL = { window: 0, root: 0, body: 0, topBar: 0 };

function photoPng(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  png.data.fill(180);
  return PNG.sync.write(png);
}

const overlaps = async (a: Locator, b: Locator) => {
  const [p, q] = [await a.boundingBox(), await b.boundingBox()];
  if (!p || !q) throw new Error('both are on screen');
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
};

describe('in the field', () => {
  it('never scrolls the app out of view: attaching a photo, or a wheel over the top bar', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await startEmpty(page, baseUrl);
    await addAsset(page, [300, 250], 'Jubilee Gardens');
    await page.getByLabel('Attach photos').setInputFiles({ name: 'gardens.png', mimeType: 'image/png', buffer: photoPng(800, 600) });
    await expect.poll(() => page.getByRole('img', { name: 'Photo 1 of Jubilee Gardens' }).count()).toBe(1);
    expect(await pageScroll(page)).toEqual(STILL);
    await page.mouse.move(300, 20);
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(300);
    expect(await pageScroll(page)).toEqual(STILL);
    await page.getByRole('img', { name: 'Photo 1 of Jubilee Gardens' }).scrollIntoViewIfNeeded();
    await snapshot(page, 'field-form-with-photo-portrait');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the list usable after "Hide list" and a turn of the tablet, both ways', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await startEmpty(page, baseUrl);
    await page.getByRole('button', { name: 'Hide list' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Show list' }).count()).toBe(1);
    await page.setViewportSize(TABLET_LANDSCAPE);
    // Landscape has no "Show list": the panel is open, and its tabs work.
    await page.getByRole('tab', { name: 'Neighbourhoods' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Draw neighbourhood' }).isVisible()).toBe(true);
    await page.setViewportSize(TABLET_PORTRAIT);
    await expect.poll(() => page.getByRole('button', { name: 'Show list' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Show list' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Draw neighbourhood' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a message\u2019s Undo goes once another step moves the history; the top bar says what Undo and Redo would do', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await startEmpty(page, baseUrl);
    await addAsset(page, [300, 300], 'Jubilee Gardens');
    await page.getByRole('button', { name: 'Save' }).click();
    const toastUndo = page.locator('.toast').getByRole('button', { name: 'Undo' });
    await expect.poll(() => toastUndo.count()).toBe(1);
    // Visible words, not a tooltip.
    const undoWords = page.locator('.history-what').first();
    expect(await undoWords.isVisible()).toBe(true);
    expect(await undoWords.textContent()).toBe('Add \u201cJubilee Gardens\u201d');
    await toolbarButton(page, /^Undo/).click();
    await expect.poll(() => page.getByText('No assets yet').count()).toBe(1);
    // The message still says "Saved…", but its Undo would now undo something else: it has gone.
    expect(await page.locator('.toast').textContent()).toContain('Saved \u201cJubilee Gardens\u201d');
    // The list empties first; the history's labels follow once the store has read the log back.
    await expect.poll(() => toastUndo.count()).toBe(0);
    await expect.poll(() => toolbarButton(page, /^Redo/).textContent()).toBe('Redo Add \u201cJubilee Gardens\u201d');
    await snapshot(page, 'field-undo-words-landscape');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('after Save the details open at the name, the map stays put, and "Moved" covers no button; Settings opens at its top', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await startEmpty(page, baseUrl);
    const scale = page.locator('.maplibregl-ctrl-scale');
    const before = await scale.textContent();
    await addAsset(page, [300, 250], 'Jubilee Gardens');
    // A long form, scrolled to its Save button.
    const body = page.locator('#panel-body');
    await body.evaluate((el) => (el.scrollTop = el.scrollHeight));
    expect(await body.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Jubilee Gardens' }).count()).toBe(1);
    expect(await body.evaluate((el) => el.scrollTop)).toBe(0);
    await page.waitForTimeout(600); // longer than the map's easing
    await expect.poll(() => scale.textContent()).toBe(before);

    await page.getByRole('button', { name: 'Move' }).click();
    await tapMap(page, 400, 300);
    const moved = page.locator('.toast');
    await expect.poll(() => moved.filter({ hasText: 'Moved' }).count()).toBe(1);
    expect(await overlaps(moved, page.getByRole('button', { name: 'Move', exact: true }))).toBe(false);
    expect(await overlaps(moved, page.getByRole('button', { name: 'Delete', exact: true }))).toBe(false);
    await snapshot(page, 'field-moved-portrait');

    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect.poll(() => dialog.count()).toBe(1);
    // Focus moves in an effect after the dialog is drawn: wait for it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('settings-title');
    expect(await dialog.evaluate((el) => el.scrollTop)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

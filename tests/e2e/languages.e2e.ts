import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, openSession, snapshot, waitForAssetsDrawn, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './harness';

/**
 * Languages (issue 22): a coordinator hands the tablet to a resident who reads Urdu. The app turns
 * right to left, its buttons speak Urdu, an Urdu name is drawn on the map and printed; and switching
 * language in the middle of recording an asset loses nothing.
 */
const browser = sharedBrowser();
const dir = mkdtempSync(join(tmpdir(), 'atlas-languages-'));
const MOSQUE = 'مسجد نور';

const htmlAttributes = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

async function chooseLanguage(page: Page, settings: string, language: string, value: string, close: string): Promise<void> {
  await page.getByRole('button', { name: settings, exact: true }).click();
  await page.getByRole('combobox', { name: language, exact: true }).selectOption(value);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(value);
  await page.getByRole('dialog').getByRole('button', { name: close, exact: true }).click();
}

/** Dark label-ink pixels in a band under the middle of the map, where a selected asset's name is drawn. */
async function labelInk(page: Page): Promise<number> {
  const canvas = page.locator('.maplibregl-canvas');
  const box = await canvas.boundingBox();
  if (!box) return 0;
  const shot = PNG.sync.read(await page.screenshot({ clip: { x: box.x + box.width / 2 - 90, y: box.y + box.height / 2 + 8, width: 180, height: 40 } }));
  let dark = 0;
  for (let i = 0; i < shot.data.length; i += 4) if ((shot.data[i] ?? 255) < 80 && (shot.data[i + 1] ?? 255) < 80 && (shot.data[i + 2] ?? 255) < 80) dark++;
  return dark;
}

describe('languages', () => {
  it('turns the whole app to Urdu, right to left, draws an Urdu name on the map and prints it', async () => {
    const { page, baseUrl, problems } = await openSession(browser(), TABLET_LANDSCAPE);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    expect(await htmlAttributes(page)).toEqual({ lang: 'en-GB', dir: 'ltr' });

    // Each language is named in itself, and a translation nobody has reviewed says so.
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const menu = page.getByRole('combobox', { name: 'Language', exact: true });
    // Settings is a chunk of its own: wait for its menu before reading the options (they do not wait).
    await menu.waitFor();
    expect(await menu.locator('option').allTextContents()).toEqual([
      'English (UK)',
      'اردو — Urdu (draft translation)',
      'Polski — Polish (draft translation)',
      'ਪੰਜਾਬੀ — Punjabi (Gurmukhi) (draft translation)',
    ]);
    await menu.selectOption('ur');
    // The catalogue is a chunk of its own, fetched on this first choice.
    await expect.poll(() => htmlAttributes(page)).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(await page.getByRole('heading', { name: 'ترتیبات' }).count()).toBe(1);
    await page.getByRole('dialog').getByRole('button', { name: 'بند کریں', exact: true }).click();

    // Right to left: the panel is on the map's left, its tabs run from the right.
    // MapLibre's own buttons too, relabelled without remaking the map.
    expect(await page.getByRole('button', { name: 'زوم ان کریں' }).count()).toBe(1);
    const panel = page.getByRole('complementary', { name: 'کام کی جگہ کا پینل' });
    const map = page.getByRole('region', { name: 'اثاثوں کا نقشہ' });
    const [panelBox, mapBox] = [await panel.boundingBox(), await map.boundingBox()];
    expect(panelBox && mapBox && panelBox.x + panelBox.width <= mapBox.x + 1).toBe(true);
    const tabs = panel.getByRole('tab');
    const [firstTab, secondTab] = [await tabs.nth(0).boundingBox(), await tabs.nth(1).boundingBox()];
    expect(await tabs.nth(0).textContent()).toBe('اثاثے');
    expect(firstTab && secondTab && firstTab.x > secondTab.x).toBe(true);

    // A button found by its Urdu name; an asset recorded with an Urdu name.
    await page.getByRole('button', { name: 'اثاثہ شامل کریں' }).click();
    await expect.poll(() => page.getByText('نقشے پر وہاں ٹیپ کریں جہاں اثاثہ ہے').count()).toBe(1);
    await page.locator('.maplibregl-canvas').click({ position: { x: 250, y: 300 } });
    const form = page.getByRole('form', { name: 'نیا اثاثہ' });
    await expect.poll(() => form.count()).toBe(1);
    await form.getByRole('button', { name: 'محفوظ کریں' }).click();
    await expect.poll(() => page.getByText('یہ 2 خانے دیکھیں: نام, زمرہ۔').count()).toBe(1);
    // The model's own checks speak Urdu under their fields.
    expect(await page.getByText('اثاثے کو نام دیں').count()).toBe(1);
    expect(await page.getByText('زمرہ منتخب کریں').count()).toBe(1);
    await page.getByLabel('نام', { exact: true }).fill(MOSQUE);
    await page.getByLabel('زمرہ', { exact: true }).selectOption({ label: 'ادارے' });
    await snapshot(page, 'languages-urdu-form-landscape');
    await form.getByRole('button', { name: 'محفوظ کریں' }).click();
    await expect.poll(() => page.getByText(`”${MOSQUE}“ محفوظ ہو گیا`).count()).toBe(1);

    // On the map: selecting it from the list brings it into view at street zoom, its name drawn
    // under its marker by the browser, joined and right to left.
    await expect.poll(() => panel.getByRole('heading', { name: MOSQUE }).count()).toBe(1); // its details
    await page.getByRole('button', { name: 'بند کریں', exact: true }).click();
    const before = await labelInk(page);
    await panel.getByRole('button', { name: new RegExp(MOSQUE) }).click();
    await expect.poll(() => labelInk(page), { timeout: 15_000 }).toBeGreaterThan(before + 60);
    await page.getByRole('button', { name: 'بند کریں', exact: true }).click();
    await snapshot(page, 'languages-urdu-landscape');

    // The choice is remembered.
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'اثاثہ شامل کریں' }).count()).toBe(1);
    expect(await htmlAttributes(page)).toEqual({ lang: 'ur', dir: 'rtl' });
    await page.setViewportSize(TABLET_PORTRAIT);
    await snapshot(page, 'languages-urdu-portrait');

    // The printed workshop map: Urdu headings, and the Urdu name in the key and on the map.
    await page.getByRole('button', { name: 'نقشہ پرنٹ کریں' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'dpi' }).count(), { timeout: 30_000 }).toBe(1);
    const pdfPath = join(dir, 'urdu.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    // pdftotext puts spaces between the joined letter groups of Arabic script, and marks the
    // direction of each run: both are taken out before the words are looked for.
    const onPaper = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/[\s\u202a-\u202e]/g, '');
    expect(onPaper).toContain('علامات'); // "Legend"
    expect(onPaper).toContain('کلید'); // "Key"
    expect(onPaper).toContain(MOSQUE.replace(/\s/g, '')); // in the key
    await snapshot(page, 'languages-urdu-print');
    expect(problems).toEqual([]);
  });

  it('switches to Polish and back in the middle of recording an asset, keeping what was typed', async () => {
    const { page, baseUrl, problems } = await openSession(browser(), TABLET_PORTRAIT);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await waitForAssetsDrawn(page, 100);
    await page.getByRole('button', { name: 'Add asset' }).click();
    await page.locator('.maplibregl-canvas').click({ position: { x: 380, y: 250 } });
    await page.getByLabel('Name', { exact: true }).fill('Oak Hall');
    await page.getByLabel('Description').fill('Bookable for workshops');

    await chooseLanguage(page, 'Settings', 'Language', 'pl', 'Zamknij');
    expect(await htmlAttributes(page)).toEqual({ lang: 'pl', dir: 'ltr' });
    expect(await page.getByRole('form', { name: 'Nowy zasób' }).count()).toBe(1);
    expect(await page.getByLabel('Nazwa', { exact: true }).inputValue()).toBe('Oak Hall');
    expect(await page.getByLabel('Opis').inputValue()).toBe('Bookable for workshops');
    expect(await page.getByLabel('Kategoria', { exact: true }).locator('option').nth(4).textContent()).toBe('Przestrzenie fizyczne');
    await snapshot(page, 'languages-polish-portrait');
    await page.setViewportSize(TABLET_LANDSCAPE);
    await snapshot(page, 'languages-polish-landscape');

    await chooseLanguage(page, 'Ustawienia', 'Język', 'en-GB', 'Close');
    expect(await htmlAttributes(page)).toEqual({ lang: 'en-GB', dir: 'ltr' });
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Oak Hall');
    await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Physical spaces' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Saved “Oak Hall”').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});

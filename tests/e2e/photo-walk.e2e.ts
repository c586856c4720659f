import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, openSession, snapshot, waitForAssetsDrawn, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './harness';
import { summarisePixels } from './pixels';
import { seriousFindings } from './axe';

/**
 * Photo walks (issue 20, part 4): a coordinator hands the tablet to residents, who photograph what
 * they value; then the coordinator reviews the walk and prints its photo sheet for the next workshop.
 */
const browser = sharedBrowser();
const panel = (page: Page) => page.getByRole('complementary', { name: 'Workspace panel' });
const walkMap = (page: Page) => page.getByRole('region', { name: 'Map of the walk' });
const RING = '#a2195b';

/** A photo a resident might take: a sky over a field, different each time so each can be told apart. */
function photoPng(shade: number): Buffer {
  const png = new PNG({ width: 640, height: 480 });
  for (let y = 0; y < 480; y++)
    for (let x = 0; x < 640; x++) {
      const i = (y * 640 + x) * 4;
      const sky = y < 240;
      png.data[i] = sky ? 120 : 60;
      png.data[i + 1] = sky ? 170 : shade;
      png.data[i + 2] = sky ? 230 : 70;
      png.data[i + 3] = 255;
    }
  return PNG.sync.write(png);
}

async function takePhoto(page: Page, shade: number, caption: string, theme: string): Promise<void> {
  await page.getByLabel('Take photo').setInputFiles({ name: `walk-${shade}.png`, mimeType: 'image/png', buffer: photoPng(shade) });
  const form = page.getByRole('form', { name: 'Describe the photo' });
  await form.getByLabel('Caption').fill(caption);
  await form.getByLabel('What does this show?').selectOption(theme);
}

async function tapWalkMap(page: Page, xShare: number, yShare: number): Promise<void> {
  await page.waitForSelector('[aria-label="Map of the walk"][data-ready="true"]');
  await walkMap(page).scrollIntoViewIfNeeded();
  const box = await walkMap(page).boundingBox();
  if (!box) throw new Error('the walk map is on screen');
  await page.mouse.click(box.x + box.width * xShare, box.y + box.height * yShare);
}

async function savePhoto(page: Page, count: number): Promise<void> {
  await page.getByRole('button', { name: 'Save photo' }).click();
  await expect.poll(() => page.getByRole('heading', { name: `${count} ${count === 1 ? 'photo' : 'photos'} on this walk` }).count()).toBe(1);
}

describe('photo walks', () => {
  it('hands the tablet to residents for three photos, then turns one into an asset and prints the photo sheet', async () => {
    const { page, context, baseUrl, problems } = await openSession(browser(), TABLET_PORTRAIT);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await waitForAssetsDrawn(page, 100);
    await panel(page).getByRole('tab', { name: 'Plans' }).click();
    await panel(page).getByLabel('Neighbourhood').selectOption({ label: 'Canal Side (action group)' });
    await panel(page).getByLabel('Walk name').fill('Canal Side treasure hunt');
    await panel(page).getByRole('button', { name: 'Start photo walk' }).click();

    // The walk's own screen: nothing else of the workspace is there to see or change.
    await expect.poll(() => page.getByRole('heading', { name: 'Photo walk' }).count()).toBe(1);
    expect(await page.getByText('Canal Side treasure hunt').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Add asset' }).count()).toBe(0);
    expect(await page.getByRole('complementary', { name: 'Workspace panel' }).count()).toBe(0);
    expect(await page.getByRole('note').textContent()).toContain('Ask before you photograph a person');

    // Photo 1, placed by the tablet's GPS.
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ longitude: -2.0268, latitude: 53.2052, accuracy: 6 });
    await takePhoto(page, 150, 'The benches by the lock where neighbours stop to talk', 'Green spaces');
    expect(await page.getByRole('button', { name: 'Save photo' }).isDisabled()).toBe(true); // not placed yet
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Placed by the tablet’s location (within 6 m).' }).count()).toBe(1);
    expect(await seriousFindings(page, 'photo walk: describing a photo')).toEqual([]);
    await snapshot(page, 'photo-walk-describe-portrait');
    await savePhoto(page, 1);

    // A reload mid-walk comes back to the walk, not to the workspace.
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: '1 photo on this walk' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByRole('button', { name: 'Add asset' }).count()).toBe(0);

    // Photos 2 and 3, placed by a tap on the walk's map; the first photo's ring is on it.
    await takePhoto(page, 110, 'Mural under the railway bridge', 'Arts and culture');
    await page.waitForSelector('[aria-label="Map of the walk"][data-ready="true"]');
    await page.waitForTimeout(400); // one settled frame
    const rings = summarisePixels(await walkMap(page).screenshot(), '#f3f0e8', [RING], 30).near[RING] ?? 0;
    expect(rings).toBeGreaterThan(20);
    await tapWalkMap(page, 0.4, 0.45);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Placed where you tapped the map.' }).count()).toBe(1);
    await savePhoto(page, 2);
    // The third in landscape, as a tablet turned on its side.
    await page.setViewportSize(TABLET_LANDSCAPE);
    await takePhoto(page, 90, 'My neighbour’s front garden', 'Green spaces');
    await tapWalkMap(page, 0.6, 0.55);
    await snapshot(page, 'photo-walk-describe-landscape');
    await savePhoto(page, 3);
    await page.setViewportSize(TABLET_PORTRAIT);
    await snapshot(page, 'photo-walk-portrait');

    await page.getByRole('button', { name: 'Finish walk' }).click();
    await page.getByRole('button', { name: 'Yes, finish walk' }).click();
    await expect.poll(() => panel(page).count()).toBe(1);

    // The review: one photo made into an asset, one linked to an asset, one set aside.
    await panel(page).getByRole('tab', { name: 'Plans' }).click();
    await panel(page).getByLabel('Neighbourhood').selectOption({ label: 'Canal Side (action group)' });
    expect(await panel(page).getByText('3 walk photos, 3 to review').count()).toBe(1);
    const card = (n: number) => panel(page).getByRole('article', { name: new RegExp(`^Walk photo ${n}:`) });
    expect(await card(1).textContent()).toContain('placed by GPS');
    await card(1).getByRole('button', { name: 'Make asset' }).click();
    await card(1).getByLabel('Asset name').fill('Lock benches');
    await card(1).getByRole('button', { name: 'Save asset' }).click();
    expect(await card(1).getByText('Choose a category').count()).toBeGreaterThan(0); // said what is missing
    await card(1).getByLabel('Category').selectOption({ label: 'Physical spaces' });
    await card(1).getByRole('button', { name: 'Save asset' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Added “Lock benches” from the walk photo' }).count()).toBe(1);
    // Reviewed photos go below those still to review: the mural is now first.
    await card(1).getByRole('button', { name: 'Link to asset' }).click();
    await card(1).getByLabel('Find the asset it shows').fill('Canal Side Sing');
    await card(1)
      .getByRole('button', { name: /^Link to Canal Side Singers/ })
      .click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Linked the photo to “Canal Side Singers”' }).count()).toBe(1);
    await card(1).getByRole('button', { name: 'Set aside' }).click();
    await expect.poll(() => panel(page).getByText('3 walk photos, 0 to review').count()).toBe(1);
    expect(await panel(page).getByRole('article').allTextContents()).toEqual([
      expect.stringContaining('Made into Lock benches.'),
      expect.stringContaining('Linked to Canal Side Singers.'),
      expect.stringContaining('Set aside'),
    ]);
    await snapshot(page, 'photo-walk-review-portrait');
    expect(await seriousFindings(page, 'photo walk review')).toEqual([]);

    // The new asset is on the map with the photo; the walk's layer shows the two kept photos.
    await panel(page).getByRole('tab', { name: 'Assets' }).click();
    await page.getByLabel('Search assets').fill('Lock benches');
    await panel(page)
      .getByRole('button', { name: /^Lock benches/ })
      .click();
    await expect.poll(() => panel(page).getByRole('img', { name: 'Photo 1 of Lock benches' }).count()).toBe(1);
    expect(await panel(page).getByText('The benches by the lock where neighbours stop to talk').count()).toBe(1);
    await panel(page).getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByLabel('Search assets').fill('');
    await panel(page).getByRole('tab', { name: 'Layers' }).click();
    expect(await panel(page).getByText('2 photos where residents took them').count()).toBe(1);

    // The photo sheet: the kept photos with caption, theme and place; the set-aside one only when asked.
    await panel(page).getByRole('tab', { name: 'Plans' }).click();
    await panel(page).getByRole('button', { name: 'Print photo sheet' }).click();
    const sheet = page.getByRole('dialog', { name: 'Print photo sheet' });
    await expect.poll(() => sheet.getByRole('status').textContent()).toBe('2 photos on 1 page');
    const dir = mkdtempSync(join(tmpdir(), 'photo-walk-'));
    const pdfPath = join(dir, 'photo-sheet.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);
    const onPaper = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(onPaper).toContain('The benches by the lock where neighbours stop to talk');
    expect(onPaper).toContain('Where: Lock benches (53.20520, -2.02680)');
    expect(onPaper).toContain('Mural under the railway bridge');
    expect(onPaper).toContain('Where: Canal Side Singers');
    expect(onPaper).toContain('Shows: Arts and culture');
    expect(onPaper).not.toContain('front garden');
    expect(onPaper).not.toContain('Print photo sheet'); // no app controls on paper
    await sheet.getByLabel('Include photos set aside').check();
    await expect.poll(() => sheet.getByRole('status').textContent()).toBe('3 photos on 1 page');
    await snapshot(page, 'photo-sheet-portrait');
    expect(await seriousFindings(page, 'photo sheet')).toEqual([]);
    await sheet.getByRole('button', { name: 'Close' }).click();

    await page.setViewportSize(TABLET_LANDSCAPE);
    await snapshot(page, 'photo-walk-review-landscape');
    expect(problems).toEqual([]);
  }, 120_000);
});

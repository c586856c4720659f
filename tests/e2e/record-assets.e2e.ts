import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { sharedBrowser, openSession, snapshot, TABLET_LANDSCAPE, TABLET_PORTRAIT, waitForAssetsDrawn } from './harness';

const browser = sharedBrowser();

/** The stored assets, read straight from IndexedDB: what survives a reload, not what the UI shows. */
async function storedAssets(page: Page): Promise<{ id: string; name: string; geometry: { coordinates: number[] } | null }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('asset-atlas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('assets').objectStore('assets').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
}

const tapMap = (page: Page, x: number, y: number) => page.locator('.maplibregl-canvas').click({ position: { x, y } });
const assetsHeading = (page: Page, text: string) => page.getByRole('heading', { name: `Assets (${text})` });

/** Starts recording an asset: "Add asset", tap the map at `at`, type its name, choose its category. */
async function startAsset(page: Page, at: [number, number], name: string, category: string): Promise<void> {
  await page.getByRole('button', { name: 'Add asset' }).click();
  await tapMap(page, at[0], at[1]);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Category', { exact: true }).selectOption({ label: category });
}

async function startEmpty(page: Page, baseUrl: string) {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

describe('recording assets in the field', () => {
  it('adds by tapping the map, edits, moves without dragging, deletes and undoes, and keeps it after a reload', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await startEmpty(page, baseUrl);

    await page.getByRole('button', { name: 'Add asset' }).click();
    await expect.poll(() => page.getByText('Tap the map where the asset is').count()).toBe(1);
    await tapMap(page, 300, 300);
    const form = page.getByRole('form', { name: 'New asset' });
    await expect.poll(() => form.count()).toBe(1);

    // Saving with no name or category: inline messages, and what was typed stays.
    await page.getByLabel('Description').fill('Gentle walk round the park, Tuesdays 10am');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Check these 2 fields: Name, Category.').count()).toBe(1);
    expect(await page.getByText('Give the asset a name').count()).toBe(1);
    expect(await page.getByLabel('Description').inputValue()).toBe('Gentle walk round the park, Tuesdays 10am');
    await snapshot(page, 'form-errors-landscape');

    await page.getByLabel('Name', { exact: true }).fill('Gorse Hill Walkers');
    await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Associations' });
    await page.getByLabel('Tags').fill('walking, older people');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved \u201cGorse Hill Walkers\u201d' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Gorse Hill Walkers' }).count()).toBe(1); // the details panel
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => assetsHeading(page, '1').count()).toBe(1);
    expect(await waitForAssetsDrawn(page, 1)).toBe(1);
    const [added] = await storedAssets(page);
    expect(added?.name).toBe('Gorse Hill Walkers');

    // Edit from the list.
    await page
      .getByRole('complementary', { name: 'Workspace panel' })
      .getByRole('button', { name: /Gorse Hill Walkers/ })
      .click();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Gorse Hill Health Walkers');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await storedAssets(page))[0]?.name).toBe('Gorse Hill Health Walkers');

    // Move without dragging: "Move", then tap the new place.
    await page.getByRole('button', { name: 'Move' }).click();
    await expect.poll(() => page.getByText('Tap the new place for \u201cGorse Hill Health Walkers\u201d').count()).toBe(1);
    await tapMap(page, 450, 500);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Moved' }).count()).toBe(1);
    const [moved] = await storedAssets(page);
    expect(moved?.geometry?.coordinates).not.toEqual(added?.geometry?.coordinates);
    expect(moved?.geometry?.coordinates[1]).toBeLessThan(added?.geometry?.coordinates[1] ?? 0); // tapped lower on screen: further south

    // Delete asks nothing and offers Undo.
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => page.getByText('No assets yet').count()).toBe(1);
    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => assetsHeading(page, '1').count()).toBe(1);

    // Undo and Redo in the toolbar walk the log: the move, then the edit, and forward again.
    // Each step's expected state differs from the one before, so a poll cannot pass early.
    const toolbar = page.getByRole('toolbar');
    const stored = async () => (await storedAssets(page))[0];
    await toolbar.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await stored())?.geometry?.coordinates).toEqual(added?.geometry?.coordinates);
    await toolbar.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await stored())?.name).toBe('Gorse Hill Walkers');
    await toolbar.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(async () => (await stored())?.name).toBe('Gorse Hill Health Walkers');
    await toolbar.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(async () => (await stored())?.geometry?.coordinates).toEqual(moved?.geometry?.coordinates);

    await page.reload();
    await expect.poll(() => assetsHeading(page, '1').count()).toBe(1);
    expect(
      await page
        .getByRole('complementary', { name: 'Workspace panel' })
        .getByRole('button', { name: /Gorse Hill Health Walkers/ })
        .count(),
    ).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a hostile name as text in the list and the panel, and runs nothing', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await startEmpty(page, baseUrl);
    const hostile = '<img src=x onerror=alert(1)>';
    await startAsset(page, [300, 250], hostile, 'Cultural');
    await snapshot(page, 'new-asset-form-portrait');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('heading', { name: hostile }).count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('complementary', { name: 'Workspace panel' }).getByRole('button', { name: hostile }).count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    await snapshot(page, 'xss-name-portrait');
    expect(problems).toEqual([]); // an alert() would have been recorded as an unexpected dialog
    await context.close();
  });

  it('asks consent for a person and does not pin them by default', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await startEmpty(page, baseUrl);
    await startAsset(page, [300, 300], 'Gloria M.', 'Individuals');
    await page.getByLabel('Description').fill('Can cook for 40; has diabetes');
    await expect.poll(() => page.getByText('seems to mention sensitive details').count()).toBe(1);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Record whether this person has given consent').count()).toBe(1);
    await page.getByLabel('Consent', { exact: true }).selectOption({ label: 'Given' });
    await page.getByLabel('Consent date').fill('2026-11-20');
    await page.getByLabel('Consent given for').fill('Contact about the lunch club');
    await page.getByLabel('Description').fill('Can cook for 40');
    await snapshot(page, 'person-form-landscape');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await storedAssets(page)).length).toBe(1);
    const [person] = await storedAssets(page);
    expect(person?.geometry).toBeNull(); // shown as part of the neighbourhood, never pinned by default
    expect(problems).toEqual([]);
    await context.close();
  });

  it('finds assets by search and filters in the demo workspace', async () => {
    const demo = JSON.parse(readFileSync('data/demo-workspace.json', 'utf8')) as { data: { assets: { name: string; description?: string; tags?: string[]; category: string }[] } };
    const total = demo.data.assets.length;
    const walking = demo.data.assets.filter((a) => `${a.name} ${a.description ?? ''} ${(a.tags ?? []).join(' ')}`.toLowerCase().includes('walking')).length;
    const cultural = demo.data.assets.filter((a) => a.category === 'cultural').length;
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await expect.poll(() => assetsHeading(page, String(total)).count()).toBe(1);
    await page.getByLabel('Search assets').fill('walking');
    await expect.poll(() => assetsHeading(page, `${walking} of ${total}`).count()).toBe(1);
    await page.getByLabel('Search assets').fill('');
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Cultural' });
    await expect.poll(() => assetsHeading(page, `${cultural} of ${total}`).count()).toBe(1);
    // The map shows the same assets as the list once it has redrawn (it follows the list a task later).
    const map = page.getByRole('region', { name: 'Asset map', exact: true });
    await expect.poll(() => map.getAttribute('data-assets-drawn'), { timeout: 15_000 }).toBe(String(cultural));
    await snapshot(page, 'filtered-landscape');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('withdrawn consent', () => {
  it('offers to anonymise, keeping the skill and removing the person', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await page.getByLabel('Search assets').fill('former volunteer');
    await page
      .getByRole('complementary', { name: 'Workspace panel' })
      .getByRole('button', { name: /Former volunteer/ })
      .click();
    await expect.poll(() => page.getByText('This person has withdrawn consent').count()).toBe(1);
    await page.getByRole('button', { name: 'Anonymise' }).click();
    await expect.poll(() => page.getByRole('alertdialog').textContent()).toContain('This cannot be undone');
    await page.getByRole('button', { name: 'Anonymise now' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Anonymous resident (person)' }).count()).toBe(1);
    const stored = (await storedAssets(page)).find((a) => a.name === 'Anonymous resident (person)') as { description?: string; geometry: unknown } | undefined;
    expect(stored?.description).toBe('');
    expect(stored?.geometry).toBeNull();
    expect((await storedAssets(page)).some((a) => a.name === 'Former volunteer')).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('GPS and tapping markers', () => {
  it('places with "Use my location", shows the accuracy, warns beyond 50 m; a tapped marker opens its asset', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ longitude: -2.0512, latitude: 53.2034, accuracy: 80 });
    await startEmpty(page, baseUrl);
    await page.getByRole('button', { name: 'Add asset' }).click();
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect.poll(() => page.getByText('Location: on the map (53.20340, -2.05120) (\u00b180 m)').count()).toBe(1);
    expect(await page.getByText('Accuracy is only \u00b180 m, worse than 50 m').count()).toBe(1);
    await context.setGeolocation({ longitude: -2.0498, latitude: 53.2041, accuracy: 6 });
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect.poll(() => page.getByText('(\u00b16 m)').count()).toBe(1);
    expect(await page.getByText(/worse than 50 m/).count()).toBe(0);
    await page.getByLabel('Name', { exact: true }).fill('Corner shop');
    await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Economic' });
    await page.getByRole('button', { name: 'Save' }).click();
    expect((await storedAssets(page))[0]?.geometry?.coordinates).toEqual([-2.0498, 53.2041]);

    // Close the panel, then tap the marker (the map centred on it after saving): its details open.
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Corner shop' }).count()).toBe(0);
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('the map canvas is laid out');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.getByRole('heading', { name: 'Corner shop' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('moving by dragging', () => {
  it('drags the selected marker to a new place, even out of a cluster, and only the selected one', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await startEmpty(page, baseUrl);
    await startAsset(page, [300, 300], 'Bandstand', 'Cultural');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Bandstand' }).count()).toBe(1);
    // A saved asset is selected and brought to the middle of the map.
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('the map canvas is laid out');
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.waitForTimeout(600); // the camera eases to the asset
    // A tea room a few pixels away: at this zoom the two markers are grouped into one cluster, and the
    // selected one is drawn on top of it, ready to be picked up.
    await startAsset(page, [centre.x - box.x + 8, centre.y - box.y], 'Tea room', 'Economic');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Tea room' }).count()).toBe(1);
    await page.waitForTimeout(600);
    await expect.poll(() => page.getByLabel('Asset map').getAttribute('data-clusters-drawn')).toBe('1');
    // The open asset is named on the map though it sits inside the cluster.
    await expect.poll(() => page.getByLabel('Asset map').getAttribute('data-selected-label')).toBe('Tea room');
    await snapshot(page, 'selected-in-cluster');
    const named = async (name: string) => (await storedAssets(page)).find((a) => a.name === name);
    const [before, bandstand] = [await named('Tea room'), await named('Bandstand')];
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(centre.x + i * 12, centre.y + i * 8);
    await page.mouse.up();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Moved \u201cTea room\u201d' }).count()).toBe(1);
    const after = await named('Tea room');
    expect(after?.geometry?.coordinates[0]).toBeGreaterThan(before?.geometry?.coordinates[0] ?? Infinity); // dragged east
    expect(after?.geometry?.coordinates[1]).toBeLessThan(before?.geometry?.coordinates[1] ?? -Infinity); // and south
    expect((await named('Bandstand'))?.geometry).toEqual(bandstand?.geometry);

    // With nothing selected, the same gesture pans the map and moves nothing.
    await page.getByRole('button', { name: 'Close' }).click();
    const newCentre = { x: centre.x + 120, y: centre.y + 80 };
    await page.mouse.move(newCentre.x, newCentre.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(newCentre.x - i * 12, newCentre.y - i * 8);
    await page.mouse.up();
    await page.waitForTimeout(300);
    expect((await named('Tea room'))?.geometry).toEqual(after?.geometry);
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** A real PNG of a given size, with a gradient so it is not a trivially compressible blank. */
function photoPng(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      png.data[i] = (x * 255) / width;
      png.data[i + 1] = (y * 255) / height;
      png.data[i + 2] = 120;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

async function storedPhotos(page: Page): Promise<{ id: string; assetId: string; width: number; height: number; size: number }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('asset-atlas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('photos').objectStore('photos').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(
              request.result.map((p: { id: string; assetId: string; width: number; height: number; blob: Blob }) => ({
                id: p.id,
                assetId: p.assetId,
                width: p.width,
                height: p.height,
                size: p.blob.size,
              })),
            );
          };
        };
      }),
  );
}

describe('photos', () => {
  it('attaches a photo downscaled to 1600 px, shows it, deletes it with the asset and undo brings it back', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await startEmpty(page, baseUrl);
    await startAsset(page, [300, 300], 'Jubilee Gardens', 'Physical spaces');
    await page.getByLabel('Attach photos').setInputFiles({ name: 'gardens.png', mimeType: 'image/png', buffer: photoPng(2400, 1800) });
    await expect.poll(() => page.getByRole('img', { name: 'Photo 1 of Jubilee Gardens' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await storedPhotos(page)).length).toBe(1);
    const [photo] = await storedPhotos(page);
    const [asset] = await storedAssets(page);
    expect(photo).toMatchObject({ assetId: asset?.id, width: 1600, height: 1200 });
    expect(photo?.size).toBeGreaterThan(1000);
    const shown = page.getByRole('article').getByRole('img', { name: 'Photo 1 of Jubilee Gardens' });
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1600); // decoded, not a broken image
    await snapshot(page, 'photo-details-landscape');

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(async () => (await storedPhotos(page)).length).toBe(0);
    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await storedPhotos(page)).map((p) => p.id)).toEqual([photo?.id]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('storage full', () => {
  it('says so, keeps the record in the form, and reports nothing as saved', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await startEmpty(page, baseUrl);
    await startAsset(page, [300, 300], 'St Anne\u2019s Hall', 'Physical spaces');
    // The device's storage is full from here on: every write to an object store fails as browsers fail it.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('form', { name: 'New asset' }).getByRole('alert').textContent()).toMatch(/out of storage space, so nothing was saved/);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('St Anne\u2019s Hall');
    expect(await page.getByText(/^Saved/).count()).toBe(0);
    expect(await storedAssets(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

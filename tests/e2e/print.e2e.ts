import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedBrowser, openSession, snapshot, TABLET_LANDSCAPE } from './harness';
import { summarisePixels } from './pixels';
import { CATEGORY_LIST } from '../../src/model/categories';

const browser = sharedBrowser();

/** Poppler's tools turn the PDF into text and pictures we can check, as a person reading it would. */
const poppler = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

describe('workshop print', () => {
  it('prints a neighbourhood on A3 landscape with map, legend, numbered key and attribution', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await page.getByRole('button', { name: 'Print map' }).click();
    const dialog = page.getByRole('dialog', { name: 'Print map' });
    await dialog.getByLabel('Area').selectOption({ label: 'Town Centre' });
    await dialog.getByLabel('Paper').selectOption('A3');
    await dialog.getByLabel('Orientation').selectOption('landscape');
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 60_000 }).toMatch(/Map drawn at \d+ dpi/);
    const status = (await dialog.getByRole('status').textContent()) ?? '';
    const dpi = Number(/at (\d+) dpi/.exec(status)?.[1]);
    expect(dpi).toBeGreaterThanOrEqual(200);
    const numbered = Number(/(\d+) numbered assets/.exec(status)?.[1]);
    expect(numbered).toBeGreaterThan(5);
    expect(await dialog.getByLabel('Title', { exact: true }).inputValue()).toBe('Town Centre');
    await snapshot(page, 'print-preview-landscape');

    const dir = mkdtempSync(join(tmpdir(), 'atlas-print-'));
    const pdfPath = join(dir, 'map.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

    const info = poppler('pdfinfo', [pdfPath]);
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
    // A3 landscape, 420 × 297 mm; Chromium rounds the page to whole CSS pixels (under 0.7 mm).
    expect(Math.abs(Number(width) - (420 / 25.4) * 72)).toBeLessThan(2);
    expect(Math.abs(Number(height) - (297 / 25.4) * 72)).toBeLessThan(2);

    const text = poppler('pdftotext', ['-layout', pdfPath, '-']);
    expect(text).toContain('Town Centre');
    expect(text).toContain('Legend');
    expect(text).toContain('Key');
    expect(text).toMatch(/1 — \S/); // "1 — <name>, <category> · <type>"
    // The key flows onto a second page, and no entry is lost or cut across the break.
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
    for (let n = 1; n <= numbered; n++) expect(text, `key entry ${n}`).toMatch(new RegExp(`(^|\\s)${n} — \\S`));
    expect(poppler('pdftotext', ['-f', '2', '-l', '2', pdfPath, '-'])).toContain(`${numbered} — `);
    expect(text).toContain('Data: ');
    expect(text).toContain('counts only, to protect privacy');
    expect(text).not.toContain('Print map'); // no app controls on paper
    expect(text).not.toContain('Gloria M.'); // people are counts unless the user chooses otherwise

    poppler('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', pdfPath, join(dir, 'page')]);
    const pageOne = readFileSync(join(dir, 'page-1.png'));
    const pixels = summarisePixels(
      pageOne,
      '#ffffff',
      CATEGORY_LIST.map((c) => c.colour),
      40,
    );
    expect(pixels.nonBackground / pixels.total).toBeGreaterThan(0.3); // the map area is drawn, not blank
    const markerColours = CATEGORY_LIST.filter((c) => c.id !== 'individuals' && (pixels.near[c.colour] ?? 0) > 5);
    expect(markerColours.length).toBeGreaterThanOrEqual(4);
    writeFileSync('tests/e2e/artifacts/print-page-1.png', pageOne);
    expect(text).not.toContain('Not in a neighbourhood'); // a one-neighbourhood print counts that neighbourhood's people

    // "Download PNG" saves the same layout as an image.
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(download.suggestedFilename()).toBe('asset-map-town-centre.png');
    const pngPath = join(dir, 'download.png');
    await download.saveAs(pngPath);
    const png = summarisePixels(
      readFileSync(pngPath),
      '#ffffff',
      CATEGORY_LIST.map((c) => c.colour),
      40,
    );
    expect(png.total).toBeGreaterThan(3000 * 2000); // the A3 sheet at twice CSS resolution
    expect(png.nonBackground / png.total).toBeGreaterThan(0.3);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('an atlas for three workshops', () => {
  it('prints each neighbourhood on its own sheet in one PDF, every page titled and credited, and remembers the choices', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    const demo = JSON.parse(readFileSync('data/demo-workspace.json', 'utf8')) as { data: { neighbourhoods: { name: string }[] } };
    const names = demo.data.neighbourhoods.map((n) => n.name);
    await page.getByRole('button', { name: 'Print map' }).click();
    const dialog = page.getByRole('dialog', { name: 'Print map' });

    // Drafts from here on: a quarter of the pixels of the best (tested above), drawn sooner.
    await dialog.getByLabel('Quality').selectOption('draft');
    // The frame of the current map area moves and grows, and goes back.
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 60_000 }).toMatch(/^Map drawn at 150 dpi/);
    const numbered = async () => Number(/(\d+) numbered assets/.exec((await dialog.getByRole('status').textContent()) ?? '')?.[1]);
    const before = await numbered();
    await dialog.getByRole('group', { name: 'Frame' }).scrollIntoViewIfNeeded();
    await snapshot(page, 'print-frame-landscape');
    await dialog.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 60_000 }).toMatch(/^Map drawn/);
    expect(await numbered()).toBeGreaterThanOrEqual(before);
    await dialog.getByRole('button', { name: 'Reset frame' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 60_000 }).toMatch(/^Map drawn/);
    expect(await numbered()).toBe(before);

    // An atlas: five sheets, each drawn at 150 dpi.
    await dialog.getByLabel('Area').selectOption({ label: 'Each neighbourhood on its own sheet (atlas)' });
    await dialog.getByLabel('Paper').selectOption('A4');
    await dialog.getByLabel('Orientation').selectOption('portrait');
    expect(await dialog.getByRole('group', { name: 'Frame' }).count()).toBe(0); // an atlas frames each neighbourhood itself
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 120_000 }).toMatch(new RegExp(`^${names.length} maps drawn at 150 dpi`));
    // Typing the subtitle changes the text on the pages, not the maps: nothing is drawn again.
    await dialog.getByLabel('Subtitle').fill('Workshop, 3 December');
    expect(await dialog.getByRole('status').textContent()).toMatch(new RegExp(`^${names.length} maps drawn`));
    const pages = Number(/(\d+) pages$/.exec((await dialog.getByRole('status').textContent()) ?? '')?.[1]);
    expect(pages).toBeGreaterThanOrEqual(names.length);
    await snapshot(page, 'print-atlas-landscape');

    const dir = mkdtempSync(join(tmpdir(), 'atlas-print-'));
    const pdfPath = join(dir, 'atlas.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [pdfPath]))?.[1])).toBe(pages);
    const titles: string[] = [];
    for (let n = 1; n <= pages; n += 1) {
      const text = poppler('pdftotext', ['-f', String(n), '-l', String(n), pdfPath, '-']).replace(/\s+/g, ' ');
      const title = names.find((name) => text.startsWith(`${name} `));
      expect(title, `page ${n} starts with its neighbourhood`).toBeDefined();
      titles.push(title ?? '');
      expect(text, `page ${n}`).toContain('Workshop, 3 December');
      expect(text, `page ${n}`).toContain('Data: ');
      expect(text, `page ${n}`).toContain(`page ${n} of ${pages}`);
      if (/Key \(continued\)/.test(text)) expect(titles.at(-2), `page ${n} continues the key of its own sheet`).toBe(title);
    }
    // Every neighbourhood has its own sheet, in order, and a map page of its own.
    expect([...new Set(titles)]).toEqual(names);
    // The first page as a picture, to look at (tests/e2e/artifacts/atlas-page-1.png).
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, 'tests/e2e/artifacts/atlas-page']);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The next print starts from the same paper, orientation, subtitle and area.
    await page.getByRole('button', { name: 'Print map' }).click();
    expect(await dialog.getByLabel('Paper').inputValue()).toBe('A4');
    expect(await dialog.getByLabel('Orientation').inputValue()).toBe('portrait');
    expect(await dialog.getByLabel('Quality').inputValue()).toBe('draft');
    expect(await dialog.getByLabel('Subtitle').inputValue()).toBe('Workshop, 3 December');
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000); // five maps at print resolution, drawn one after another
});

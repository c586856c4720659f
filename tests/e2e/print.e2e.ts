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

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedBrowser, openSession, TABLET_PORTRAIT, snapshot, TABLET_LANDSCAPE, waitForAssetsDrawn } from './harness';
import { READ_DATABASE, type Stored } from './geo-reference';

const browser = sharedBrowser();
// Three batches of 10,000 and a bit: enough for a progress bar that moves, a Cancel mid-way and a
// map that must take its markers as diffs, without spending the suite's minutes on more of the same.
const ROWS = 15_000;

/** A large, plain CSV around the demo town (seeded, so every run imports the same file). */
function largeCsv(rows = ROWS): string {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const lines = ['name,type,lon,lat'];
  for (let i = 0; i < rows; i += 1) lines.push(`Group ${i},tenants group,${(-2.08 + random() * 0.06).toFixed(6)},${(53.18 + random() * 0.05).toFixed(6)}`);
  return lines.join('\n');
}

describe('a large import', () => {
  it('runs in a worker with a progress bar; Cancel leaves the workspace as it was; the full import is one undoable step', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-large-')), 'groups.csv');
    writeFileSync(path, largeCsv());
    const { page, baseUrl, problems } = await openSession(browser(), TABLET_LANDSCAPE);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    const before = (JSON.parse(readFileSync('data/demo-workspace.json', 'utf8')) as { data: { assets: unknown[] } }).data.assets.length;
    await expect.poll(() => page.getByRole('heading', { name: `Assets (${before})` }).count()).toBe(1);
    expect(((await page.evaluate(READ_DATABASE)) as Stored).assets.length).toBe(before);

    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import data' });
    await dialog.getByLabel('File to import').setInputFiles(path);
    const importButton = dialog.getByRole('button', { name: `Import ${ROWS.toLocaleString('en-GB')} rows` });
    await importButton.click();
    const bar = dialog.getByRole('progressbar');
    await expect.poll(async () => Number(await bar.getAttribute('value').catch(() => '0')), { timeout: 30_000, interval: 20 }).toBeGreaterThan(0);
    // Straight away: a screenshot first could outlast the import on a slow machine, leaving nothing to cancel.
    await dialog.getByRole('button', { name: 'Cancel import' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 30_000 }).toContain('The import was cancelled; nothing was changed.');
    expect(((await page.evaluate(READ_DATABASE)) as Stored).assets.length).toBe(before);
    expect(await page.getByRole('heading', { name: `Assets (${before})` }).count()).toBe(1);

    // Again, to the end. The page keeps drawing while it runs: the progress bar moves step by step.
    await importButton.click();
    const seen = new Set<string>();
    let pictured = false;
    await expect
      .poll(
        async () => {
          const value = await bar.getAttribute('value', { timeout: 100 }).catch(() => null);
          if (value) seen.add(value);
          if (Number(value) > 0 && !pictured) {
            pictured = true;
            await snapshot(page, 'large-import-progress');
          }
          return dialog
            .getByRole('status')
            .textContent({ timeout: 100 })
            .catch(() => '');
        },
        { timeout: 60_000, interval: 25 },
      )
      .toContain(`Added ${ROWS.toLocaleString('en-GB')}`);
    expect(seen.size).toBeGreaterThanOrEqual(2);
    await dialog.getByRole('button', { name: 'Done' }).click();
    expect(((await page.evaluate(READ_DATABASE)) as Stored).assets.length).toBe(before + ROWS);
    // So many markers reach the map as diffs of a few thousand features each: they are drawn.
    expect(await waitForAssetsDrawn(page, ROWS / 2)).toBeGreaterThan(ROWS / 2);
    await snapshot(page, 'large-import-drawn');
    // The filter menus learn the new type: worked out in steps for so many assets, but soon.
    const typeOption = page.getByLabel('Type', { exact: true }).locator('option', { hasText: 'tenants group' });
    await expect.poll(() => typeOption.count(), { timeout: 10_000 }).toBe(1);

    await page.getByRole('toolbar', { name: 'Workspace' }).getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(async () => ((await page.evaluate(READ_DATABASE)) as Stored).assets.length, { timeout: 30_000 }).toBe(before);
    // And they leave it again: the map draws no more than the demo's own assets.
    const map = page.getByRole('region', { name: 'Asset map', exact: true });
    await expect.poll(async () => Number(await map.getAttribute('data-assets-drawn')), { timeout: 30_000 }).toBeLessThanOrEqual(before);
    await expect.poll(() => typeOption.count(), { timeout: 10_000 }).toBe(0);
    expect(problems).toEqual([]);
  }, 180_000);

  it('closed mid-import, the next start says what was saved and offers to keep or remove it', async () => {
    const rows = 30_000;
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-cut-')), 'groups.csv');
    writeFileSync(path, largeCsv(rows));
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import data' });
    await dialog.getByLabel('File to import').setInputFiles(path);
    await dialog.getByRole('button', { name: `Import ${rows.toLocaleString('en-GB')} rows` }).click();
    // The first batch of 10,000 is stored: close the tab, as a flat battery would.
    const bar = dialog.getByRole('progressbar');
    await expect.poll(async () => Number(await bar.getAttribute('value', { timeout: 100 }).catch(() => '0')), { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(10_000);
    await page.close();

    const next = await context.newPage();
    next.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    await next.goto(baseUrl);
    const banner = next.getByRole('alert').filter({ hasText: 'was interrupted' });
    await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(1);
    const text = (await banner.textContent()) ?? '';
    const saved = Number(/: ([\d,]+) of 30,000 rows were saved/.exec(text)?.[1]?.replace(/,/g, ''));
    expect(text).toContain('An import of \u201cgroups.csv\u201d was interrupted');
    expect(saved).toBeGreaterThanOrEqual(10_000);
    expect(saved).toBeLessThan(rows);
    // What it says is what is on the device: whole batches, nothing half-written.
    const stored = ((await next.evaluate(READ_DATABASE)) as Stored).assets.length;
    expect(stored).toBe(saved);
    expect(stored % 10_000).toBe(0);
    await snapshot(next, 'interrupted-import-portrait');

    await banner.getByRole('button', { name: 'Remove them' }).click();
    await expect.poll(async () => ((await next.evaluate(READ_DATABASE)) as Stored).assets.length, { timeout: 30_000 }).toBe(0);
    expect(await banner.count()).toBe(0);
    // One undoable step: Undo brings them back.
    await next.getByRole('toolbar', { name: 'Workspace' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => ((await next.evaluate(READ_DATABASE)) as Stored).assets.length, { timeout: 30_000 }).toBe(saved);
    await next.reload();
    await expect.poll(() => next.getByRole('heading', { name: `Assets (${saved.toLocaleString('en-GB')})` }).count(), { timeout: 30_000 }).toBe(1);
    expect(await next.getByText('was interrupted').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});

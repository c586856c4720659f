import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, openSession, snapshot, TABLET_LANDSCAPE } from './harness';
import { READ_DATABASE, type Stored } from './geo-reference';

const browser = sharedBrowser();
const TOTAL = (JSON.parse(readFileSync('data/demo-workspace.json', 'utf8')) as { data: { assets: unknown[] } }).data.assets.length;

/** Opens an asset from the list by searching for its name, and deletes it. */
async function deleteByName(page: Page, name: string) {
  await page.getByLabel('Search assets').fill(name);
  await page
    .getByRole('button', { name: new RegExp(name) })
    .first()
    .click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect.poll(() => page.getByText(`Deleted \u201c${name}\u201d`).count()).toBe(1);
  await page.getByLabel('Search assets').fill('');
}

const names = async (page: Page) => ((await page.evaluate(READ_DATABASE)) as Stored).assets.map((a) => a.name);
// Undo and Redo also say what they would undo or redo, so they are found by how their name starts.
const toolbarButton = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Workspace' }).getByRole('button', { name: new RegExp(`^${name}`) });
const heading = (page: Page, count: number) => page.getByRole('heading', { name: `Assets (${count})` });

describe('two tabs on one device', () => {
  it('edit one at a time, hand over with "Use this one instead", lose nothing, and undo what each says', async () => {
    const { page: first, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await first.goto(baseUrl);
    await first.getByRole('button', { name: 'Open demo workspace' }).click();
    await expect.poll(() => heading(first, TOTAL).count()).toBe(1);
    await deleteByName(first, 'Lime Park');

    // A second tab of the same app: it offers to take over instead of editing beside the first.
    const second = await context.newPage();
    second.on('console', (m) => m.type() === 'error' && problems.push(`second tab: ${m.text()}`));
    second.on('pageerror', (e) => problems.push(`second tab: ${e.message}`));
    await second.goto(baseUrl);
    const offer = second.getByRole('dialog', { name: 'Asset Atlas is open in another tab' });
    await expect.poll(() => offer.count()).toBe(1);
    await snapshot(second, 'second-tab-offer-landscape');
    await offer.getByRole('button', { name: 'Use this one instead' }).click();
    await expect.poll(() => heading(second, TOTAL - 1).count()).toBe(1); // the first tab's delete is there
    // The first tab stops at once: it shows the offer and can no longer change anything.
    await expect.poll(() => first.getByRole('dialog', { name: 'Asset Atlas is open in another tab' }).count()).toBe(1);
    expect(await first.getByRole('button', { name: 'Add asset' }).isVisible()).toBe(true);
    await expect(first.getByRole('button', { name: 'Add asset' }).click({ timeout: 1000 })).rejects.toThrow();

    await deleteByName(second, 'Mill Park');
    await deleteByName(second, 'Jubilee Gardens');
    // The second tab's Undo undoes the second tab's last change.
    expect(await toolbarButton(second, 'Undo').getAttribute('title')).toBe('Undo Delete \u201cJubilee Gardens\u201d');
    await toolbarButton(second, 'Undo').click();
    await expect.poll(() => heading(second, TOTAL - 2).count()).toBe(1);

    // Back to the first tab: it reads everything afresh and says what its Undo would now undo.
    await first.getByRole('button', { name: 'Use this one instead' }).click();
    await expect.poll(() => heading(first, TOTAL - 2).count()).toBe(1);
    await expect.poll(() => second.getByRole('dialog', { name: 'Asset Atlas is open in another tab' }).count()).toBe(1);
    await expect.poll(() => first.getByText('Undo would now undo \u201cDelete \u201cMill Park\u201d\u201d').count()).toBe(1);
    expect(await toolbarButton(first, 'Undo').getAttribute('title')).toBe('Undo Delete \u201cMill Park\u201d');
    await toolbarButton(first, 'Undo').click();
    await expect.poll(() => heading(first, TOTAL - 1).count()).toBe(1);
    // Redo brings back what was undone last, not what the other tab undid earlier.
    await expect.poll(() => toolbarButton(first, 'Redo').getAttribute('title')).toBe('Redo Delete \u201cMill Park\u201d');

    // After a reload of both, nothing was lost: exactly Lime Park is gone.
    await first.reload();
    await expect.poll(() => heading(first, TOTAL - 1).count()).toBe(1);
    const stored = await names(first);
    expect(stored).toHaveLength(TOTAL - 1);
    expect(stored).not.toContain('Lime Park');
    expect(stored).toEqual(expect.arrayContaining(['Mill Park', 'Jubilee Gardens']));
    await second.reload();
    await expect.poll(() => second.getByRole('dialog', { name: 'Asset Atlas is open in another tab' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});

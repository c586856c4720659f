import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, sharedBrowser, snapshot, TABLET_LANDSCAPE, TABLET_PORTRAIT, waitForAssetsDrawn } from './harness';
import { importTraffordWards } from './trafford';
import { joinTeam, TeamServer, teamStatus } from './team-server';

const browser = sharedBrowser();
let server: TeamServer;

beforeAll(async () => {
  server = await TeamServer.start(new URL(inject('baseUrl')).origin);
  await server.team('Canal Side', ['amina', 'bob']);
});
afterAll(async () => {
  await server?.stop();
});

/** 50 community groups spread over Trafford, as a CSV a coordinator might import. */
function fiftyGroups(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-team-csv-'));
  const rows = Array.from({ length: 50 }, (_, i) => `Group ${String(i + 1).padStart(2, '0')},Associations,${(-2.36 + (i % 10) * 0.012).toFixed(5)},${(53.42 + Math.floor(i / 10) * 0.012).toFixed(5)}`);
  const path = join(dir, 'fifty-groups.csv');
  writeFileSync(path, ['name,category,longitude,latitude', ...rows].join('\n'));
  return path;
}

async function tablet(viewport = TABLET_LANDSCAPE) {
  const session = await openSession(browser(), viewport, [server.url], [server.url]);
  await session.page.goto(session.baseUrl);
  await session.page.getByRole('button', { name: 'Start empty' }).click();
  return session;
}

/** Shows the asset list (closing an asset's details) filtered by a search. */
async function searchList(page: Page, text: string): Promise<void> {
  const panel = page.getByRole('complementary', { name: 'Workspace panel' });
  if ((await panel.getByRole('tab', { name: 'Assets' }).count()) === 0) await panel.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('tab', { name: 'Assets' }).click();
  await page.getByLabel('Search assets').fill(text);
}

/** Opens an asset from the list by its name. */
async function openAsset(page: Page, name: string): Promise<void> {
  await searchList(page, name);
  await page
    .getByRole('button', { name: new RegExp(`^${name}\\b`) })
    .first()
    .click();
  await expect.poll(() => page.getByRole('heading', { name, level: 2 }).count()).toBe(1);
}

async function rename(page: Page, from: string, to: string): Promise<void> {
  await openAsset(page, from);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Name', { exact: true }).fill(to);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { name: to, level: 2 }).count()).toBe(1);
}

describe('two tablets share one neighbourhood map', () => {
  it('one adds 50 assets and 21 wards, the other sees them; both edit offline; the conflict shows on both and one resolution reaches both', { timeout: 240_000 }, async () => {
    const a = await tablet(TABLET_LANDSCAPE);
    const b = await tablet(TABLET_PORTRAIT);

    await joinTeam(a.page, server, 'Canal Side', 'amina');
    await expect.poll(() => teamStatus(a.page).textContent()).toMatch(/^Synced just now$/);
    await a.page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();

    await a.page.getByRole('button', { name: 'Import data' }).click();
    const dialog = a.page.getByRole('dialog', { name: 'Import data' });
    await dialog.getByLabel('File to import').setInputFiles(fiftyGroups());
    await dialog.getByRole('button', { name: 'Import 50 rows' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Added 50');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await importTraffordWards(a.page);

    await joinTeam(b.page, server, 'Canal Side', 'bob');
    await b.page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
    expect(await waitForAssetsDrawn(b.page, 50)).toBe(50);
    await b.page.getByRole('tab', { name: 'Neighbourhoods' }).click();
    await expect
      .poll(() =>
        b.page
          .getByRole('list', { name: 'Neighbourhoods' })
          .getByRole('button', { name: /^Edit / })
          .count(),
      )
      .toBe(21);
    // Neighbourhoods are derived on each tablet from the boundaries it received.
    const neighbourhoodOf = async (page: Page) => {
      await openAsset(page, 'Group 01');
      return page.getByRole('definition').first().textContent();
    };
    const onA = await neighbourhoodOf(a.page);
    expect(onA).toBe('Manor');
    expect(await neighbourhoodOf(b.page)).toBe(onA);
    await expect.poll(() => b.page.locator('.asset-details dd').allTextContents()).toContainEqual(expect.stringMatching(/^amina, \d\d:\d\d$/));
    await snapshot(b.page, 'team-tablet-b-portrait');

    // No signal on either tablet: both change Group 07.
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await rename(a.page, 'Group 07', 'Group 07 (Amina)');
    await rename(b.page, 'Group 07', 'Group 07 (Bob)');
    await expect.poll(() => teamStatus(a.page).textContent()).toBe('Offline — 1 change waiting');
    await expect.poll(() => teamStatus(b.page).textContent()).toBe('Offline — 1 change waiting');
    await expect(a.page.getByRole('button', { name: /^Undo my change/ }).isEnabled()).resolves.toBe(true);

    await a.context.setOffline(false);
    await b.context.setOffline(false);
    await expect.poll(() => a.page.getByRole('button', { name: 'Conflicts (1)' }).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => b.page.getByRole('button', { name: 'Conflicts (1)' }).count(), { timeout: 30_000 }).toBe(1);

    await b.page.getByRole('button', { name: 'Conflicts (1)' }).click();
    const review = b.page.getByRole('dialog', { name: 'Conflicts' });
    const fields = review.getByRole('table', { name: /What differs/ });
    await expect.poll(() => fields.getByRole('row').count()).toBe(2);
    await expect.poll(() => review.textContent()).toMatch(/Mine: Edited by bob, \d\d:\d\d\. Theirs: Edited by amina, \d\d:\d\d\./);
    await expect.poll(() => fields.textContent()).toContain('Group 07 (Amina)');
    await snapshot(b.page, 'team-conflict-review-portrait');
    await review.getByRole('button', { name: 'Keep theirs' }).click();
    await expect.poll(() => review.getByRole('status').textContent()).toContain('No conflicts');
    await review.getByRole('button', { name: 'Close' }).click();

    // The resolution reaches the other tablet: one version, the chosen one, on both.
    await expect.poll(() => a.page.getByRole('button', { name: /^Conflicts/ }).count(), { timeout: 30_000 }).toBe(0);
    for (const page of [a.page, b.page]) {
      await searchList(page, 'Group 07');
      await expect.poll(() => page.getByRole('button', { name: /^Group 07/ }).allTextContents()).toEqual([expect.stringContaining('Group 07 (Amina)')]);
      await page.getByLabel('Search assets').fill('');
      await expect.poll(() => page.getByRole('heading', { name: /^Assets/ }).textContent()).toBe('Assets (50)');
    }
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});

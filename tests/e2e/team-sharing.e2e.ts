import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { openSession, sharedBrowser, snapshot, TABLET_LANDSCAPE, TABLET_PORTRAIT, waitForAssetsDrawn } from './harness';
import { importTraffordWards } from './trafford';
import { freePort, joinTeam, TeamServer, teamStatus } from './team-server';

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

/** A tablet that starts empty; it may reach the team server (and `alsoReach`, e.g. a server that is down). */
async function tablet(viewport = TABLET_LANDSCAPE, alsoReach: readonly string[] = []) {
  const servers = [server.url, ...alsoReach];
  const session = await openSession(browser(), viewport, servers, servers);
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
    .getByRole('button', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}(?!\\w)`) })
    .first()
    .click();
  await expect.poll(() => page.getByRole('heading', { name, level: 2 }).count()).toBe(1);
}

async function rename(page: Page, from: string, to: string, description?: string): Promise<void> {
  await openAsset(page, from);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  if (description !== undefined) await page.getByLabel('Description').fill(description);
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

    // A photo taken on one tablet reaches the other on its own replication.
    await openAsset(a.page, 'Group 02');
    await a.page.getByRole('button', { name: 'Edit', exact: true }).click();
    const grey = new PNG({ width: 640, height: 480 });
    grey.data.fill(150);
    await a.page.getByLabel('Attach photos').setInputFiles({ name: 'group.png', mimeType: 'image/png', buffer: PNG.sync.write(grey) });
    await expect.poll(() => a.page.getByRole('img', { name: 'Photo 1 of Group 02' }).count()).toBe(1);
    await a.page.getByRole('button', { name: 'Save', exact: true }).click();
    await openAsset(b.page, 'Group 02');
    await expect.poll(() => b.page.getByRole('img', { name: 'Photo 1 of Group 02' }).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => b.page.getByRole('img', { name: 'Photo 1 of Group 02' }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(640);

    // A team setting made on one tablet reaches the other.
    await a.page.getByRole('button', { name: 'Settings' }).click();
    await a.page
      .getByRole('dialog', { name: 'Settings' })
      .getByRole('checkbox', { name: /^Share people records/ })
      .check();
    await a.page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
    await b.page.getByRole('button', { name: 'Settings' }).click();
    await expect
      .poll(
        () =>
          b.page
            .getByRole('dialog', { name: 'Settings' })
            .getByRole('checkbox', { name: /^Share people records/ })
            .isChecked(),
        { timeout: 30_000 },
      )
      .toBe(true);
    await b.page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();

    // No signal on either tablet: both change Group 07.
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await rename(a.page, 'Group 07', 'Group 07 (Amina)');
    await rename(b.page, 'Group 07', 'Group 07 (Bob)', 'Meets on Tuesdays');
    // And Amina deletes Group 08 while Bob edits it: a conflict too, never a silent loss.
    await openAsset(a.page, 'Group 08');
    await a.page.getByRole('button', { name: 'Delete', exact: true }).click();
    await rename(b.page, 'Group 08', 'Group 08 (Bob)');
    await expect.poll(() => teamStatus(a.page).textContent()).toBe('Offline — 2 changes waiting');
    await expect.poll(() => teamStatus(b.page).textContent()).toBe('Offline — 2 changes waiting');
    await expect(a.page.getByRole('button', { name: /^Undo my change/ }).isEnabled()).resolves.toBe(true);

    await a.context.setOffline(false);
    await b.context.setOffline(false);
    await expect.poll(() => a.page.getByRole('button', { name: 'Conflicts (2)' }).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => b.page.getByRole('button', { name: 'Conflicts (2)' }).count(), { timeout: 30_000 }).toBe(1);

    await snapshot(a.page, 'team-conflicts-badge-landscape');
    await b.page.getByRole('button', { name: 'Conflicts (2)' }).click();
    const review = b.page.getByRole('dialog', { name: 'Conflicts' });
    // Group 08: deleted by Amina, edited by Bob; Bob keeps his edit.
    await review.getByRole('button', { name: 'Group 08 (Bob)' }).click();
    await expect.poll(() => review.getByRole('group').textContent()).toMatch(/Mine: Edited by bob, \d\d:\d\d\. Theirs: Deleted by amina, \d\d:\d\d\./);
    await review.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => review.getByRole('button', { name: 'Group 08 (Bob)' }).count()).toBe(0);
    const fields = review.getByRole('table', { name: /What differs/ });
    // Name and description differ: Bob takes Amina's name and keeps his description.
    await expect.poll(() => fields.getByRole('row').count()).toBe(3);
    await expect.poll(() => review.textContent()).toMatch(/Mine: Edited by bob, \d\d:\d\d\. Theirs: Edited by amina, \d\d:\d\d\./);
    await expect.poll(() => fields.textContent()).toContain('Group 07 (Amina)');
    await review.getByRole('radio', { name: 'Name: keep theirs' }).check();
    await snapshot(b.page, 'team-conflict-review-portrait');
    await review.getByRole('button', { name: 'Keep the fields chosen' }).click();
    await expect.poll(() => review.getByRole('status').textContent()).toContain('No conflicts');
    await review.getByRole('button', { name: 'Close' }).click();

    // The resolution reaches the other tablet: one version, the chosen one, on both.
    await expect.poll(() => a.page.getByRole('button', { name: /^Conflicts/ }).count(), { timeout: 30_000 }).toBe(0);
    for (const page of [a.page, b.page]) {
      await searchList(page, 'Group 07');
      await expect.poll(() => page.getByRole('button', { name: /^Group 07/ }).allTextContents()).toEqual([expect.stringContaining('Group 07 (Amina)')]);
      await openAsset(page, 'Group 07 (Amina)');
      await expect.poll(() => page.getByRole('article').getByText('Meets on Tuesdays', { exact: true }).count()).toBe(1);
      await searchList(page, 'Group 07');
      await page.getByLabel('Search assets').fill('Group 08');
      await expect.poll(() => page.getByRole('button', { name: /^Group 08/ }).allTextContents()).toEqual([expect.stringContaining('Group 08 (Bob)')]);
      await page.getByLabel('Search assets').fill('');
      await expect.poll(() => page.getByRole('heading', { name: /^Assets/ }).textContent()).toBe('Assets (50)');
    }
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});

/** A valid team document for one asset, as another tablet would have written it. */
function assetDoc(i: number, team = 'seed-tablet'): Record<string, unknown> {
  const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const at = '2026-11-20T10:00:00.000Z';
  return {
    _id: `assets:${id}`,
    kind: 'assets',
    record: {
      id,
      name: `Seeded asset ${i}`,
      category: 'physical',
      geometry: { type: 'Point', coordinates: [-2.4 + (i % 100) * 0.002, 53.4 + Math.floor(i / 100) * 0.002] },
      createdAt: at,
      updatedAt: at,
    },
    editedBy: 'carol',
    editedAt: at,
    device: team,
  };
}

describe('faults: a sync cut short, a server restarted', () => {
  it('the network drops in the middle of a 5,000-record sync and the server restarts: sync resumes from its checkpoint, nothing duplicated, nothing lost', { timeout: 240_000 }, async () => {
    const database = await server.team('Mill Lane', ['carol']);
    const docs = Array.from({ length: 5000 }, (_, i) => assetDoc(i));
    for (let at = 0; at < docs.length; at += 500) await server.put(database, docs.slice(at, at + 500));

    const c = await tablet(TABLET_LANDSCAPE);
    await joinTeam(c.page, server, 'Mill Lane', 'carol');
    await c.page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
    // Partway through, the server goes away.
    await expect.poll(() => teamStatus(c.page).textContent(), { timeout: 60_000, interval: 50 }).toMatch(/^Syncing (1,[0-9]{3}|[2-4],[0-9]{3}) of 5,000$/);
    await server.kill();
    const beforeRestart = server.requests.length;
    await expect.poll(() => teamStatus(c.page).textContent(), { timeout: 30_000 }).toMatch(/^Can’t reach the team server — will keep trying/);
    const held = Number((await c.page.getByRole('heading', { name: /^Assets/ }).textContent())?.match(/\(([\d,]+)\)/)?.[1]?.replace(/,/g, '') ?? 0);
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThan(5000);
    await snapshot(c.page, 'team-unreachable-landscape');

    await server.run();
    await expect.poll(() => c.page.getByRole('heading', { name: /^Assets/ }).textContent(), { timeout: 90_000 }).toBe('Assets (5,000)');
    await expect.poll(() => teamStatus(c.page).textContent(), { timeout: 30_000 }).toBe('Synced just now');
    // The pull after the restart asked for changes since its checkpoint, not from the beginning.
    const resumed = server.requests.slice(beforeRestart).find((line) => line.includes(`/${database}/_changes`));
    const since = Number(new URL(`http://x${resumed?.split(' ')[2] ?? ''}`).searchParams.get('since'));
    expect(since).toBeGreaterThan(0);
    expect(c.problems).toEqual([]);
    await c.context.close();
  });
});

describe('security: who can sign in, what they can open, what the app refuses to take', () => {
  it('wrong password, another team, a server that is down, hostile documents, an expired session: each says what happened; local data untouched', { timeout: 180_000 }, async () => {
    await server.ensureRunning();
    await server.team('Bridge Street', ['dan']);
    const database = await server.team('Stone Row', ['erin']);
    await server.put(
      database,
      Array.from({ length: 50 }, (_, i) => assetDoc(200_000 + i)),
    );
    const down = `http://127.0.0.1:${await freePort()}`;
    const d = await tablet(TABLET_PORTRAIT, [down]);
    const settings = d.page.getByRole('dialog', { name: 'Settings' });

    await joinTeam(d.page, server, 'Stone Row', 'erin', 'not-her-password');
    await expect.poll(() => settings.getByLabel('Password').getAttribute('aria-describedby')).toBe('team-password-error');
    await expect.poll(() => settings.locator('#team-password-error').textContent()).toBe('Wrong username or password.');
    await settings.getByRole('textbox', { name: 'Team', exact: true }).fill('Bridge Street');
    await settings.getByLabel('Password').fill('erin-pw');
    await settings.getByRole('button', { name: 'Join team' }).click();
    await expect.poll(() => settings.getByRole('alert').textContent()).toBe('Your account cannot open team Bridge Street.');
    await settings.getByLabel('Server address').fill(down);
    await settings.getByRole('button', { name: 'Join team' }).click();
    await expect.poll(() => settings.getByRole('alert').textContent()).toBe(`Can’t reach the team server at ${down}. Check the address, and that this tablet has signal.`);
    expect(await settings.getByRole('alert').textContent()).not.toMatch(/unauthorized|reason|error/i);

    await settings.getByLabel('Server address').fill(server.url);
    await settings.getByRole('textbox', { name: 'Team', exact: true }).fill('Stone Row');
    await settings.getByRole('button', { name: 'Join team' }).click();
    await expect.poll(() => teamStatus(d.page).textContent(), { timeout: 30_000 }).toBe('Synced just now');
    await settings.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => d.page.getByRole('heading', { name: /^Assets/ }).textContent()).toBe('Assets (50)');
    await d.page.getByRole('button', { name: 'Settings' }).click();

    // Four documents no tablet of ours would write, put straight on the server.
    // Prototype pollution by constructor.prototype: the npm server itself drops a "__proto__" key
    // when it stores a document (CouchDB keeps it), so that key is tested in the unit tests.
    const proto = JSON.parse('{"constructor": {"prototype": {"admin": true}}}') as Record<string, unknown>;
    const valid = (i: number) => assetDoc(100_000 + i, 'intruder').record as Record<string, unknown>;
    await server.put(database, [
      { ...assetDoc(100_001, 'intruder'), record: { ...valid(1), ...proto } },
      { ...assetDoc(100_002, 'intruder'), record: { ...valid(2), name: '<script>alert(1)</script>' } },
      { ...assetDoc(100_003, 'intruder'), record: { ...valid(3), description: 'x'.repeat(30_000) } },
      { _id: `assets:${String(valid(4).id)}`, kind: 'assets', record: { name: 42 } },
    ]);
    const rejected = settings.getByRole('region', { name: /^Could not use \d+ records? from the team$/ });
    await expect
      .poll(() => rejected.getByRole('listitem').allTextContents(), { timeout: 30_000 })
      .toEqual([
        expect.stringContaining('carries a "constructor" key'),
        expect.stringContaining('contains markup'),
        expect.stringContaining('has a text of 30,000 characters'),
        expect.stringContaining('is not shaped as a team record'),
      ]);
    expect(await rejected.getByRole('heading').textContent()).toBe('Could not use 4 records from the team');
    await rejected.scrollIntoViewIfNeeded();
    await snapshot(d.page, 'team-settings-rejected-portrait');
    await settings.getByRole('button', { name: 'Close' }).click();
    expect(await d.page.getByRole('heading', { name: /^Assets/ }).textContent()).toBe('Assets (50)');
    expect(await d.page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'admin'))).toBe(false);

    // The session ends (the cookie expires): the next sync says so, and signing in again resumes.
    await d.context.clearCookies();
    await rename(d.page, 'Seeded asset 200007', 'Renamed while signed out');
    await expect.poll(() => teamStatus(d.page).textContent(), { timeout: 30_000 }).toBe('Signed out — sign in to sync');
    await d.page.getByRole('button', { name: 'Settings' }).click();
    await settings.getByLabel('Password').fill('erin-pw');
    await settings.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => teamStatus(d.page).textContent(), { timeout: 30_000 }).toBe('Synced just now');
    const onServer = (await fetch(`${server.url}/${database}/_all_docs?include_docs=true`, {
      headers: { Authorization: `Basic ${Buffer.from('erin:erin-pw').toString('base64')}` },
    }).then((r) => r.json())) as { rows: { doc: { record?: { name?: string } } }[] };
    expect(onServer.rows.map((r) => r.doc.record?.name)).toContain('Renamed while signed out');

    // Another team's member cannot read this team's database, with the same credentials check the app uses.
    const asDan = await fetch(`${server.url}/${database}`, { headers: { Authorization: `Basic ${Buffer.from('dan:dan-pw').toString('base64')}` } });
    expect(asDan.status).toBe(401);

    // Leaving keeps the records; joining again with records on the tablet asks how they meet the team's.
    await settings.getByRole('button', { name: 'Leave team' }).click();
    await settings.getByRole('button', { name: 'Leave team now' }).click();
    await joinTeam(d.page, server, 'Stone Row', 'erin', 'erin-pw', false);
    await settings.getByRole('radio', { name: 'Add my records to the team' }).check();
    await settings.getByRole('button', { name: 'Join team' }).scrollIntoViewIfNeeded();
    await snapshot(d.page, 'team-join-ask-portrait');
    await settings.getByRole('button', { name: 'Join team' }).click();
    await expect.poll(() => teamStatus(d.page).textContent(), { timeout: 30_000 }).toBe('Synced just now');
    expect(await d.page.getByRole('button', { name: /^Conflicts/ }).count()).toBe(0);

    await settings.getByRole('button', { name: 'Leave team' }).click();
    await settings.getByLabel('Also remove the team’s records from this tablet').check();
    await settings.getByRole('button', { name: 'Leave team now' }).click();
    await expect.poll(() => settings.getByRole('button', { name: 'Join team' }).count()).toBe(1);
    await expect.poll(() => teamStatus(d.page).count()).toBe(0);
    await settings.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => d.page.getByText('No assets yet.', { exact: false }).count()).toBe(1);
    expect(d.problems).toEqual([]);
    await d.context.close();
  });
});

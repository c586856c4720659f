/**
 * Issue 19's benchmarks, against the real team server (npm run sync-server, in this process) on
 * loopback and Debian's Chromium:
 * - first sync of 20,000 assets to an empty tablet (Join team → every asset in the list and
 *   "Synced"), against a bare PouchDB replication of the same documents into an empty database in
 *   the same page; and the longest main-thread pause while the app syncs;
 * - one edit on tablet A visible on tablet B (both online): median and p95 over 50 edits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../../tests/e2e/chromium';
import { freePort } from '../../tests/e2e/team-server';
import { startSyncServer } from '../sync-server';
import { addUser, createTeam, type Admin } from '../team-admin';
import { median, serveProductionBuild } from './browser-app';

const ASSETS = 20_000;
const RUNS = Number(process.env.TEAM_BENCH_RUNS ?? 2);
const EDITS = 50;
const ADMIN = { name: 'bench-admin', password: 'bench-admin-password' };

function assetDocs(n: number, prefix: string): Record<string, unknown>[] {
  const at = '2026-11-20T10:00:00.000Z';
  return Array.from({ length: n }, (_, i) => {
    const id = `${prefix}-0000-4000-8000-${String(i).padStart(12, '0')}`;
    return {
      _id: `assets:${id}`,
      kind: 'assets',
      record: {
        id,
        name: `Asset ${i}`,
        category: 'physical',
        type: 'park',
        tags: ['walking'],
        geometry: { type: 'Point', coordinates: [-2.4 + (i % 150) * 0.001, 53.4 + Math.floor(i / 150) * 0.0005] },
        createdAt: at,
        updatedAt: at,
      },
      editedBy: 'seed',
      editedAt: at,
      device: 'seed-tablet',
    };
  });
}

async function putDocs(admin: Admin, database: string, docs: readonly Record<string, unknown>[]): Promise<void> {
  for (let at = 0; at < docs.length; at += 1000) {
    const response = await fetch(`${admin.server}/${database}/_bulk_docs`, {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ docs: docs.slice(at, at + 1000) }),
    });
    if (response.status !== 201) throw new Error(`Seeding failed: ${response.status}`);
  }
}

async function baselineBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    define: { global: 'globalThis' },
    build: { write: false, minify: true, lib: { entry: 'scripts/bench/team-baseline-entry.ts', formats: ['iife'], name: 'AtlasTeamBaseline' } },
  });
  const first = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] };
  const code = first.output[0]?.code;
  if (!code) throw new Error('The baseline bundle is empty');
  return code;
}

async function tablet(browser: Browser, url: string): Promise<Page> {
  // The measuring code is sent as strings, which the app's CSP would refuse as eval.
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  return page;
}

async function joinTeam(page: Page, server: string, team: string, user: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Server address').fill(server);
  await settings.getByRole('textbox', { name: 'Team', exact: true }).fill(team);
  await settings.getByLabel('Username').fill(user);
  await settings.getByLabel('Password').fill(`${user}-pw`);
  await settings.getByRole('button', { name: 'Join team' }).click();
}

const statusIs = (text: string) => `(document.querySelector('[aria-label="Team sync"]')?.textContent ?? '') === ${JSON.stringify(text)}`;

async function firstSync(browser: Browser, url: string, server: string, bundle: string): Promise<{ ours: number; base: number; longest: number }> {
  const page = await tablet(browser, url);
  await page.evaluate(`(() => {
    window.__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
  })()`);
  const start = Date.now();
  const progress = setInterval(() => {
    void page
      .evaluate(`[document.querySelector('[aria-label="Team sync"]')?.textContent, document.getElementById('assets-heading')?.textContent]`)
      .then((seen) => console.log(`    … ${((Date.now() - start) / 1000).toFixed(0)} s: ${JSON.stringify(seen)}`))
      .catch(() => undefined);
  }, 10_000);
  await joinTeam(page, server, 'Bench', 'bench-b');
  await page.waitForFunction(`${statusIs('Synced just now')} && document.querySelectorAll('[role=dialog]').length === 1`, undefined, { timeout: 900_000, polling: 100 });
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
  await page.waitForFunction(`(document.getElementById('assets-heading')?.textContent ?? '') === 'Assets (${ASSETS.toLocaleString('en-GB')})'`, undefined, { timeout: 900_000, polling: 100 });
  const ours = Date.now() - start;
  clearInterval(progress);
  const longest = Math.max(0, ...((await page.evaluate('window.__long')) as number[]));
  await page.addScriptTag({ content: bundle });
  const base = (await page.evaluate(`AtlasTeamBaseline.baseline(${JSON.stringify(`${server}/atlas-bench`)})`)) as number;
  await page.context().close();
  return { ours, base, longest };
}

async function editLatency(browser: Browser, url: string, server: string): Promise<number[]> {
  const a = await tablet(browser, url);
  const b = await tablet(browser, url);
  await joinTeam(a, server, 'Latency', 'bench-a');
  await a.waitForFunction(statusIs('Synced just now'), undefined, { timeout: 60_000 });
  await joinTeam(b, server, 'Latency', 'bench-b');
  await b.waitForFunction(statusIs('Synced just now'), undefined, { timeout: 60_000 });
  for (const page of [a, b]) {
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
    await page.getByLabel('Search assets').fill('Asset 3');
    await page
      .getByRole('button', { name: /^Asset 3\b/ })
      .first()
      .click();
  }
  const times: number[] = [];
  for (let edit = 1; edit <= EDITS; edit += 1) {
    const name = `Asset 3 edit ${edit}`;
    await a.getByRole('button', { name: 'Edit', exact: true }).click();
    await a.getByLabel('Name', { exact: true }).fill(name);
    const start = Date.now();
    await a.getByRole('button', { name: 'Save', exact: true }).click();
    await b.waitForFunction(`(document.getElementById('asset-details-title')?.textContent ?? '') === ${JSON.stringify(name)}`, undefined, { timeout: 30_000, polling: 'raf' });
    times.push(Date.now() - start);
  }
  await a.context().close();
  await b.context().close();
  return times;
}

const percentile = (values: readonly number[], p: number) => [...values].sort((x, y) => x - y)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;

export async function benchTeamSync(): Promise<void> {
  console.log(`\nTeam sharing: first sync of ${ASSETS.toLocaleString('en-GB')} assets vs a bare PouchDB replication (Chromium, loopback, median of ${RUNS}); edit on A seen on B (${EDITS} edits)`);
  const app = await serveProductionBuild();
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), 'atlas-bench-team-'));
  const server = await startSyncServer({ data, port, host: '127.0.0.1', origins: [new URL(app.url).origin], sessionSeconds: 3600, log: false, admin: ADMIN });
  const serverUrl = `http://127.0.0.1:${port}`;
  const admin = { server: serverUrl, ...ADMIN };
  const browser = await launch();
  try {
    for (const user of ['bench-a', 'bench-b']) await addUser(admin, user, `${user}-pw`);
    await putDocs(admin, await createTeam(admin, 'Bench', ['bench-b']), assetDocs(ASSETS, '00000000'));
    await putDocs(admin, await createTeam(admin, 'Latency', ['bench-a', 'bench-b']), assetDocs(10, '11111111'));
    const bundle = await baselineBundle();
    const runs: { ours: number; base: number; longest: number }[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await firstSync(browser, app.url, serverUrl, bundle));
    const med = (pick: (r: (typeof runs)[number]) => number) => median(runs.map(pick));
    console.log(
      `  first sync: ours ${(med((r) => r.ours) / 1000).toFixed(1)} s (Join team to every asset listed), bare replication ${(med((r) => r.base) / 1000).toFixed(1)} s, median ratio ${med((r) => r.ours / r.base).toFixed(2)}× (aim ≤ 1.5); runs: ${runs.map((r) => (r.ours / r.base).toFixed(2)).join(', ')}`,
    );
    console.log(`  longest main-thread pause while syncing: median ${med((r) => r.longest).toFixed(0)} ms (aim < 100); runs: ${runs.map((r) => r.longest.toFixed(0)).join(', ')} ms`);
    const times = await editLatency(browser, app.url, serverUrl);
    console.log(`  edit on A visible on B: median ${median(times).toFixed(0)} ms, p95 ${percentile(times, 0.95).toFixed(0)} ms (aim p95 ≤ 2,000 ms), over ${times.length} edits`);
  } finally {
    await browser.close();
    await server.close();
    await app.close();
    rmSync(data, { recursive: true, force: true });
  }
}

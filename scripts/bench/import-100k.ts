/**
 * Issue 6's benchmark: importing a 100,000-row CSV through the app in Chromium (choose the file,
 * preview, Import, until the summary shows), against a baseline in the same page that only parses
 * the same file with PapaParse and bulk-puts the same records with idb. Also the longest
 * main-thread pause during the import (Long Tasks API).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { launch } from '../../tests/e2e/chromium';
import { seededRandom, pick } from '../../src/lib/random';
import { median, serveProductionBuild } from './browser-app';
import type { Browser } from 'playwright-core';

const ROWS = 100_000;
/** Three runs for the median; BENCH_IMPORT_RUNS=1 for a quick look (a run takes minutes here). */
const RUNS = Math.max(1, Number(process.env.BENCH_IMPORT_RUNS ?? 3) || 3);
/** How long after the summary the map and list are given to take the records in. */
const SETTLE_MS = 6000;

function csvFile(): string {
  const random = seededRandom(100);
  const types = ['group', 'club', 'hall', 'park', 'shop', 'café', 'school'];
  const lines = ['name,type,description,postcode,lon,lat'];
  for (let i = 0; i < ROWS; i += 1) {
    lines.push(`Asset ${i},${pick(random, types)},"A place, with a comma",M33 ${i % 9}AB,${(-2.45 + random() * 0.3).toFixed(6)},${(53.35 + random() * 0.2).toFixed(6)}`);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-bench-')), 'assets-100k.csv');
  writeFileSync(path, lines.join('\n'));
  return path;
}

interface Run {
  ours: number;
  base: number;
  previewed: number;
  /** Long tasks (ms) from choosing the file to the summary, and in the settling after it. */
  pauses: number[];
  settling: number[];
}

async function baselineBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: true, lib: { entry: 'scripts/bench/import-baseline-entry.ts', formats: ['iife'], name: 'AtlasBaseline' } },
  });
  const first = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] };
  const code = first.output[0]?.code;
  if (!code) throw new Error('The baseline bundle is empty');
  return code;
}

async function measureOnce(browser: Browser, url: string, path: string, csv: string, bundle: string): Promise<Run> {
  // The measuring code is sent as strings (waitForFunction, evaluate), which the app's CSP would
  // refuse as eval: a benchmark measures speed, and the e2e suite checks the policy.
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  // Sent as source text: tsx's keepNames would wrap functions in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
  })()`);
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  const start = Date.now();
  await dialog.getByLabel('File to import').setInputFiles(path);
  const importButton = dialog.getByRole('button', { name: `Import ${ROWS.toLocaleString('en-GB')} rows` });
  await importButton.waitFor();
  const previewed = Date.now() - start;
  await importButton.click();
  await page.waitForFunction(`(document.querySelector('[role=dialog] [role=status]')?.textContent ?? '').includes('Added ${ROWS.toLocaleString('en-GB')},')`, undefined, {
    timeout: 600_000,
    polling: 16,
  });
  const ours = Date.now() - start;
  const summaryAt = (await page.evaluate('performance.now()')) as number;
  // The map and the list take in the new records after the summary shows: their pauses count too.
  await page.waitForTimeout(SETTLE_MS);
  const tasks = (await page.evaluate('window.__long')) as [number, number][];
  const pauses = tasks.filter(([at]) => at < summaryAt).map(([, d]) => d);
  const settling = tasks.filter(([at]) => at >= summaryAt).map(([, d]) => d);
  const records = await page.evaluate(`new Promise((resolve) => {
    const open = indexedDB.open('asset-atlas');
    open.onsuccess = () => { const r = open.result.transaction('assets').objectStore('assets').getAll(); r.onsuccess = () => { open.result.close(); resolve(r.result); }; };
  })`);
  await page.addScriptTag({ content: bundle });
  await page.evaluate(`window.__csv = ${JSON.stringify(csv)}`);
  await page.evaluate(`window.__records = ${JSON.stringify(records)}`);
  const base = (await page.evaluate('AtlasBaseline.baseline(window.__csv, window.__records)')) as number;
  await context.close();
  return { ours, base, previewed, pauses, settling };
}

export async function benchImport(): Promise<void> {
  console.log(`\nImport: ${ROWS.toLocaleString('en-GB')}-row CSV through the app vs PapaParse + idb bulk put (Chromium, median of ${RUNS})`);
  const path = csvFile();
  const csv = readFileSync(path, 'utf8');
  const bundle = await baselineBundle();
  const app = await serveProductionBuild();
  const browser = await launch();
  try {
    const runs: Run[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await measureOnce(browser, app.url, path, csv, bundle));
    const med = (pick: (r: (typeof runs)[number]) => number) => median(runs.map(pick));
    const longest = runs.map((r) => Math.max(0, ...r.pauses));
    const longestSettling = runs.map((r) => Math.max(0, ...r.settling));
    console.log(
      `  ours ${(med((r) => r.ours) / 1000).toFixed(2)} s (file chosen to summary shown; preview ${(med((r) => r.previewed) / 1000).toFixed(2)} s), baseline ${(med((r) => r.base) / 1000).toFixed(2)} s, median ratio ${med((r) => r.ours / r.base).toFixed(2)}× (aim ≤ 1.5); runs: ${runs.map((r) => (r.ours / r.base).toFixed(2)).join(', ')}`,
    );
    console.log(
      `  longest main-thread pause during the import: median ${median(longest).toFixed(0)} ms (aim < 100); runs: ${longest.map((l) => l.toFixed(0)).join(', ')} ms; pauses over 50 ms per run: ${runs.map((r) => r.pauses.length).join(', ')}`,
    );
    console.log(
      `  then, while the map and list take the records in (${SETTLE_MS / 1000} s after the summary): longest pause median ${median(longestSettling).toFixed(0)} ms; runs: ${longestSettling.map((l) => l.toFixed(0)).join(', ')} ms; pauses over 50 ms per run: ${runs.map((r) => r.settling.length).join(', ')}`,
    );
  } finally {
    await browser.close();
    await app.close();
  }
}

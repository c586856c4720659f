/**
 * Issue 23's county run in the browser: the app's analysis worker (src/workers/analysis-worker.ts)
 * in headless Chromium, asked the county question (215 wards over about 1,274 km², 100,000 assets
 * at 800 m) the way the app asks it: one postMessage with the boundaries as JSON text and the points
 * as a Float64Array, a new worker (the app's first question), the answer read back from JSON. Timed from postMessage to the answer, so copying the request into the
 * worker is charged. Peak memory is the high-water mark of the renderer process the worker runs in
 * (Linux VmHWM), printed beside its resident size just before the question was sent (the page with
 * the request built, the test data).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { launch } from '../../tests/e2e/chromium';
import { COUNTY, pointsOf, syntheticAssets, syntheticNeighbourhoods } from './synthetic-borough';
import { median } from './browser-app';

const RUNS = 3;

export interface BrowserCountyRun {
  readonly ms: number;
  readonly peakMiB: number;
  readonly beforeMiB: number;
  readonly cellSize: number;
  readonly covered: number;
  readonly wards: number;
  readonly assets: number;
}

/** The worker as one classic script: the entry the app's build makes a worker chunk of. */
async function workerBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: true, lib: { entry: 'src/workers/analysis-worker.ts', formats: ['iife'], name: 'AtlasAnalysisWorker' } },
  });
  const code = ((Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] }).output[0]?.code;
  if (!code) throw new Error('The analysis worker bundle is empty');
  return code;
}

function serve(files: Record<string, { type: string; body: string }>): Promise<Server> {
  const server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A Linux process's memory figure in MiB from /proc (VmHWM: peak resident; VmRSS: now). */
function procMiB(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}

/** Chromium's renderer processes started by this Node process (its descendants with --type=renderer). */
function rendererPids(): number[] {
  const parentOf = new Map<number, number>();
  const renderers: number[] = [];
  for (const entry of readdirNumbers('/proc')) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(entry, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('--type=renderer')) renderers.push(entry);
    } catch {
      // The process ended while we looked: not ours to measure.
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = parentOf.get(pid); p !== undefined && p > 1; p = parentOf.get(p)) if (p === process.pid) return true;
    return false;
  };
  return renderers.filter(ours);
}

function readdirNumbers(dir: string): number[] {
  return readdirSync(dir)
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

export async function benchBrowserCounty(): Promise<BrowserCountyRun> {
  const areas = syntheticNeighbourhoods(60, COUNTY).map((a) => ({ id: a.id, name: a.name, geometry: a.geometry }));
  const points = [...pointsOf(syntheticAssets(100_000, 42, 0.33, COUNTY))];
  return withWorkerPage({ areas, points, distance: 800 }, async (page) => {
    const times: number[] = [];
    let beforeMiB = Infinity;
    let answer = { cellSize: 0, covered: 0 };
    for (let run = 0; run < RUNS; run += 1) {
      beforeMiB = Math.min(beforeMiB, Math.max(...rendererPids().map((pid) => procMiB(pid, 'VmRSS'))));
      const result = (await page.evaluate(`new Promise((resolve, reject) => {
        const worker = new Worker('/worker.js');
        const started = performance.now();
        worker.onmessage = (event) => {
          if (event.data.type === 'failed') reject(new Error(event.data.reason));
          if (event.data.type !== 'done') return;
          const ms = performance.now() - started;
          worker.terminate();
          const answer = JSON.parse(event.data.answer);
          const areas = answer.areas;
          const covered = areas.reduce((s, a) => s + a.coveredShare * a.areaM2, 0) / areas.reduce((s, a) => s + a.areaM2, 0);
          resolve({ ms, cellSize: answer.method.cellSize, covered });
        };
        worker.postMessage({ type: 'run', request: window.__request });
      })`)) as { ms: number; cellSize: number; covered: number };
      times.push(result.ms);
      answer = result;
    }
    const peakMiB = Math.max(...rendererPids().map((pid) => procMiB(pid, 'VmHWM')));
    return { ms: median(times), peakMiB, beforeMiB, cellSize: answer.cellSize, covered: answer.covered, wards: areas.length, assets: points.length / 2 };
  });
}

export interface BrowserWarmRun {
  /** The first question, in a new worker: V8 has compiled nothing yet. */
  readonly firstMs: number;
  /** The median of the next questions in the same worker, as the app asks a re-run. */
  readonly warmMs: number;
  readonly runs: number;
}

/**
 * The app keeps the worker that answered last (actions/coverage.ts): a borough with 500 assets
 * (the benchmark's partial case, 800 m) asked in a new worker, then asked again in that worker.
 */
export async function benchBrowserWarmWorker(): Promise<BrowserWarmRun> {
  const areas = syntheticNeighbourhoods().map((a) => ({ id: a.id, name: a.name, geometry: a.geometry }));
  const points = [...pointsOf(syntheticAssets(500, 42, 0))];
  return withWorkerPage({ areas, points, distance: 800 }, async (page) => {
    const times = (await page.evaluate(`(async () => {
      const request = window.__request;
      const worker = new Worker('/worker.js');
      const ask = () => new Promise((resolve, reject) => {
        const started = performance.now();
        worker.onmessage = (event) => {
          if (event.data.type === 'failed') reject(new Error(event.data.reason));
          if (event.data.type !== 'done') return;
          JSON.parse(event.data.answer);
          resolve(performance.now() - started);
        };
        worker.postMessage({ type: 'run', request });
      });
      const times = [];
      for (let run = 0; run < ${WARM_QUESTIONS + 1}; run += 1) times.push(await ask());
      worker.terminate();
      return times;
    })()`)) as number[];
    const [firstMs = NaN, ...warm] = times;
    return { firstMs, warmMs: median(warm), runs: warm.length };
  });
}

/**
 * Serves the worker bundle and the question on loopback, opens a page in headless Chromium with the
 * question as `window.__request` in the app's wire format (workers/analysis-protocol: boundaries as
 * JSON text, points as a Float64Array), and hands the page to `use`.
 */
async function withWorkerPage<T>(question: { areas: unknown[]; points: number[]; distance: number }, use: (page: Page) => Promise<T>): Promise<T> {
  const server = await serve({
    '/': { type: 'text/html', body: '<!doctype html><title>coverage</title>' },
    '/worker.js': { type: 'text/javascript', body: await workerBundle() },
    '/request.json': { type: 'application/json', body: JSON.stringify(question) },
  });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    // Sent as source text: tsx's keepNames would wrap functions in a helper the page lacks.
    await page.evaluate(`(async () => {
      const body = await (await fetch('/request.json')).json();
      window.__request = { json: JSON.stringify({ areas: body.areas, sites: [], distance: body.distance, withoutSurface: true }), points: Float64Array.from(body.points) };
    })()`);
    return await use(page);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Questions asked of the warmed worker after the first. */
const WARM_QUESTIONS = 30;

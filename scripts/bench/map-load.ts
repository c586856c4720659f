/**
 * Issue 3's benchmark: with 20,000 assets stored, the time from navigation to an interactive map
 * with all assets drawn, and the median frame time while panning, each as a ratio to the same
 * measurement with 100 assets, in the same run of Debian's Chromium (WebGL in SwiftShader).
 */
import type { Browser, Page } from 'playwright-core';
import { launch } from '../../tests/e2e/chromium';
import { AssetSchema, type Asset } from '../../src/model/asset';
import { CATEGORY_IDS } from '../../src/model/categories';
import { seededRandom, pick } from '../../src/lib/random';
import { seededUuid } from '../../src/lib/id';
import { median, serveProductionBuild } from './browser-app';

const RUNS = 3;

/** Assets clustered like a real borough: dense round high streets and estates, sparse between. */
export function clusteredAssets(n: number, seed: number): Asset[] {
  const random = seededRandom(seed);
  const centres = Array.from({ length: 25 }, () => [-2.11 + random() * 0.12, 53.17 + random() * 0.07] as const);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const categories = CATEGORY_IDS.filter((c) => c !== 'individuals');
  const now = '2026-11-22T10:00:00.000Z';
  return Array.from({ length: n }, (_, i) => {
    const [cx, cy] = pick(random, centres);
    return AssetSchema.parse({
      id: seededUuid(random),
      name: `Asset ${String(i).padStart(5, '0')}`,
      category: pick(random, categories),
      type: 'group',
      tags: ['walking'],
      geometry: { type: 'Point', coordinates: [Math.round((cx + gaussian() * 0.006) * 1e7) / 1e7, Math.round((cy + gaussian() * 0.004) * 1e7) / 1e7] },
      createdAt: now,
      updatedAt: now,
    });
  });
}

export async function seed(page: Page, url: string, assets: Asset[]): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('asset-atlas');
        open.onsuccess = () => {
          const tx = open.result.transaction('assets', 'readwrite');
          for (const r of records) tx.objectStore('assets').put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    assets,
  );
}

/** Milliseconds from navigation start until the map reports every asset drawn. */
async function timeToAllDrawn(page: Page, url: string, n: number): Promise<number> {
  await page.goto(url);
  await page.waitForFunction((count) => Number(document.querySelector('[aria-label="Asset map"]')?.getAttribute('data-assets-drawn') ?? -1) >= count, n, { timeout: 120_000, polling: 'raf' });
  return page.evaluate(() => performance.now());
}

/** The median time between frames while the map is dragged around. */
async function panFrameTime(page: Page): Promise<number> {
  return median(await panFrames(page));
}

/** Every time between frames while the map is dragged around (five drags of 25 steps). */
export async function panFrames(page: Page): Promise<number[]> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('the map canvas is laid out');
  // Sent as source text: tsx's keepNames would otherwise wrap the inner function in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__frames.length < 100000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (const [dx, dy] of [
    [220, 0],
    [-220, 140],
    [0, -140],
    [-180, 90],
    [180, -90],
  ] as const) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 25; i++) await page.mouse.move(cx + (dx * i) / 25, cy + (dy * i) / 25);
    await page.mouse.up();
  }
  return page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.slice(2));
}

async function measure(browser: Browser, url: string, n: number): Promise<{ load: number; frame: number }> {
  // The measuring code is sent as strings (waitForFunction, evaluate), which the app's CSP would
  // refuse as eval: a benchmark measures speed, and the e2e suite checks the policy.
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, bypassCSP: true });
  const page = await context.newPage();
  await seed(page, url, clusteredAssets(n, 7));
  const loads: number[] = [];
  const frames: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    loads.push(await timeToAllDrawn(page, url, n));
    frames.push(await panFrameTime(page));
  }
  await context.close();
  return { load: median(loads), frame: median(frames) };
}

export async function benchMapLoad(): Promise<void> {
  console.log(`\nMap: navigation to all assets drawn, and panning (Chromium, SwiftShader, median of ${RUNS})`);
  const app = await serveProductionBuild();
  const browser = await launch();
  try {
    const small = await measure(browser, app.url, 100);
    const large = await measure(browser, app.url, 20_000);
    console.log(`  100 assets:    load ${small.load.toFixed(0)} ms, pan frame ${small.frame.toFixed(1)} ms`);
    console.log(`  20,000 assets: load ${large.load.toFixed(0)} ms, pan frame ${large.frame.toFixed(1)} ms`);
    console.log(`  ratio 20,000 / 100: load ${(large.load / small.load).toFixed(2)}× (aim ≤ 2), pan frame ${(large.frame / small.frame).toFixed(2)}× (aim ≤ 2)`);
  } finally {
    await browser.close();
    await app.close();
  }
}

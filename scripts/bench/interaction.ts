/**
 * Issue 23's interaction benchmark: with 100,000 assets stored, how quickly the app answers what a
 * coordinator does — typing in "Search assets", changing a filter, opening a record from the list —
 * and whether any task blocks the main thread for over 100 ms; and the frame time while panning.
 * Each as the same measurement with 100 assets in the same run of Debian's Chromium (SwiftShader).
 *
 * Latency is Chromium's Event Timing: for each trusted interaction (keyboard and mouse input sent
 * through the DevTools protocol, as a finger or key would be), the time from input to the next
 * frame painted after its handlers ran. Long tasks come from the Long Tasks API.
 */
import type { Browser, Page } from 'playwright-core';
import { launch } from '../../tests/e2e/chromium';
import { median, percentile, serveProductionBuild } from './browser-app';
import { clusteredAssets, panFrames, seed } from './map-load';

interface Figures {
  /** p95 of interaction latency (ms) per action: input to the next frame painted. */
  search: number;
  filter: number;
  open: number;
  /** p95 of input to the end of the app's handlers (ms), all actions: the app's own share. */
  handled: number;
  /** Main-thread tasks over 100 ms while the actions ran, and the longest (ms). */
  longTasks: number;
  longest: number;
  panP95: number;
  panMedian: number;
}

// Sent as source text: tsx's keepNames would otherwise wrap inner functions in a helper the page lacks.
const START_OBSERVING = `(() => {
  window.__events = [];
  window.__long = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.interactionId) window.__events.push({ id: e.interactionId, d: e.duration, h: e.processingEnd - e.startTime }); }).observe({ type: 'event', durationThreshold: 16 });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
})()`;

/** Each interaction's latency (the longest of its events), then forgets them for the next series. */
async function takeLatencies(page: Page): Promise<{ latencies: number[]; handled: number[]; long: number[] }> {
  // Event Timing reports after the next paint: give it two frames to arrive.
  await page.waitForTimeout(300);
  return page.evaluate(`(() => {
    const byId = new Map();
    const handled = new Map();
    for (const e of window.__events) {
      byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.d));
      handled.set(e.id, Math.max(handled.get(e.id) ?? 0, e.h));
    }
    const out = { latencies: [...byId.values()], handled: [...handled.values()], long: window.__long };
    window.__events = [];
    window.__long = [];
    return out;
  })()`) as Promise<{ latencies: number[]; handled: number[]; long: number[] }>;
}

/** Interactions faster than the 16 ms threshold are not reported: count them as one frame. */
const p95Of = (latencies: readonly number[], count: number): number => percentile([...latencies, ...Array.from({ length: Math.max(0, count - latencies.length) }, () => 16)], 0.95);

async function measure(browser: Browser, url: string, n: number): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, bypassCSP: true });
  const page = await context.newPage();
  await seed(page, url, clusteredAssets(n, 7));
  await page.goto(url);
  await page.waitForFunction((count) => Number(document.querySelector('[aria-label="Asset map"]')?.getAttribute('data-assets-drawn') ?? -1) >= count, n, { timeout: 300_000, polling: 500 });
  // Let the start-up settle (derived lists, idle preloads) before measuring what a user does.
  await page.waitForTimeout(2000);
  await page.evaluate(START_OBSERVING);
  const long: number[] = [];

  // Typing in "Search assets", one key at a time as a person types, then clearing it.
  const search = page.getByLabel('Search assets');
  await search.click();
  await takeLatencies(page);
  const text = 'Asset 0123';
  for (const key of text) {
    await page.keyboard.type(key);
    await page.waitForTimeout(120);
  }
  const typed = await takeLatencies(page);
  long.push(...typed.long);
  for (let i = 0; i < text.length; i++) await page.keyboard.press('Backspace');
  await page.waitForTimeout(500);
  long.push(...(await takeLatencies(page)).long);

  // Changing the category filter, by keyboard as a trusted input.
  await page.getByText('Filters', { exact: true }).click();
  await page.getByLabel('Category').focus();
  await takeLatencies(page);
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300);
  }
  const filtered = await takeLatencies(page);
  long.push(...filtered.long);
  await page.getByLabel('Category').selectOption('');
  await page.waitForTimeout(500);
  await takeLatencies(page);

  // Opening a record from the list, and closing it again.
  const opened: number[] = [];
  const handled: number[] = [...typed.handled, ...filtered.handled];
  for (let i = 0; i < 5; i++) {
    await page.getByRole('list', { name: 'Assets' }).getByRole('button').nth(i).click();
    await page.getByRole('button', { name: 'Close' }).first().waitFor();
    await page.waitForTimeout(200);
    const one = await takeLatencies(page);
    opened.push(...one.latencies);
    handled.push(...one.handled);
    long.push(...one.long);
    await page.getByRole('button', { name: 'Close' }).first().click();
    await page.getByRole('list', { name: 'Assets' }).waitFor();
    await takeLatencies(page);
  }

  const frames = await panFrames(page);
  await context.close();
  return {
    search: p95Of(typed.latencies, text.length),
    filter: p95Of(filtered.latencies, 5),
    open: p95Of(opened, 5),
    handled: p95Of(handled, text.length + 10),
    longTasks: long.filter((d) => d > 100).length,
    longest: Math.max(0, ...long),
    panP95: percentile(frames, 0.95),
    panMedian: median(frames),
  };
}

export async function benchInteraction(): Promise<void> {
  console.log('\nInteraction with a large workspace (Chromium, SwiftShader; Event Timing p95, long tasks)');
  const app = await serveProductionBuild();
  const browser = await launch();
  try {
    const small = await measure(browser, app.url, 100);
    const large = await measure(browser, app.url, 100_000);
    const row = (label: string, f: Figures) =>
      `  ${label} search ${f.search.toFixed(0)} ms, filter ${f.filter.toFixed(0)} ms, open a record ${f.open.toFixed(0)} ms (p95 to next paint; the app's handlers ${f.handled.toFixed(0)} ms); tasks over 100 ms: ${f.longTasks} (longest ${f.longest.toFixed(0)} ms); pan frame p95 ${f.panP95.toFixed(1)} ms`;
    console.log(row('100 assets:    ', small));
    console.log(row('100,000 assets:', large));
    const ok = (v: number) => (v <= 100 ? 'holds' : 'MISSED');
    console.log(`  aims at 100,000: search ≤ 100 ms ${ok(large.search)}, filter ${ok(large.filter)}, open ${ok(large.open)}; no task over 100 ms: ${large.longTasks === 0 ? 'holds' : 'MISSED'}`);
    console.log(
      `  to next paint, 100,000 / 100: search ${(large.search / small.search).toFixed(2)}×, filter ${(large.filter / small.filter).toFixed(2)}×, open ${(large.open / small.open).toFixed(2)}×`,
    );
    console.log(`  pan frame p95, 100,000 / 100: ${(large.panP95 / small.panP95).toFixed(2)}× (aim ≤ 2)`);
    console.log('  (software WebGL paints a frame in about 100 ms even with 100 assets: "to next paint" is mostly SwiftShader; the handlers and long tasks are the app)');
  } finally {
    await browser.close();
    await app.close();
  }
}

import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launch } from './chromium';

export { launch };

export const TABLET_PORTRAIT = { width: 768, height: 1024 };
export const TABLET_LANDSCAPE = { width: 1024, height: 768 };

export interface Session {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Console errors, page errors and requests that tried to leave localhost. */
  problems: string[];
}

/**
 * A fresh browser profile at tablet size, asking for reduced motion: the map then jumps instead of
 * easing and labels appear instead of fading, as for anyone who sets that on their device, and the
 * software renderer draws far fewer frames (about 12% off a map-heavy test). app-shell's first test
 * runs with motion. Every console error, uncaught exception and request to a
 * host other than the test server is recorded (and such requests are refused): tests assert none.
 */
export async function openSession(
  browser: Browser,
  viewport = TABLET_LANDSCAPE,
  alsoAllow: readonly string[] = [],
  /**
   * Servers whose failed loads are the test's own doing, not the app's: the team server answers 404
   * for a replication checkpoint not yet written (CouchDB's protocol), and a test that takes the
   * network away makes every request fail. Chromium logs each as a console error.
   */
  failedLoadsExpectedFrom: readonly string[] = [],
): Promise<Session> {
  const baseUrl = inject('baseUrl');
  const context = await browser.newContext({ viewport, hasTouch: true, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const problems: string[] = [];
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // alsoAllow: servers a test starts on 127.0.0.1 itself (e.g. a tile server); never the internet.
    const local = alsoAllow.some((o) => o.startsWith('http://127.0.0.1:') && url.startsWith(o));
    if (url.startsWith(origin) || local || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`request left localhost: ${url}`);
    return route.abort();
  });
  // Any Content-Security-Policy violation is a console error, so a change cannot quietly need a weaker policy.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`));
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    const expectedFailure = message.text().startsWith('Failed to load resource') && failedLoadsExpectedFrom.some((o) => message.location().url.startsWith(o));
    if (message.type() === 'error' && !expectedFailure) problems.push(`console error: ${message.text()}`);
  });
  // The stack's first frames say where an uncaught error came from: a message alone was not enough
  // to trace a rejection seen once in a loaded full run.
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}${stackHead(error)}`));
  page.on('dialog', (dialog) => {
    problems.push(`unexpected dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { context, page, baseUrl, problems };
}

/** Waits until the map has settled with at least `atLeast` assets drawn; returns the count. */
export async function waitForAssetsDrawn(page: Page, atLeast: number): Promise<number> {
  const map = page.getByRole('region', { name: 'Asset map', exact: true });
  await page.waitForFunction(
    ({ min }) => Number(document.querySelector('[role=region][aria-label="Asset map"]')?.getAttribute('data-assets-drawn') ?? -1) >= min,
    { min: atLeast },
    { timeout: 30_000 },
  );
  return Number(await map.getAttribute('data-assets-drawn'));
}

/** Saves a screenshot for a person to look at (tests/e2e/artifacts is git-ignored). */
export async function snapshot(page: Page, name: string): Promise<string> {
  mkdirSync('tests/e2e/artifacts', { recursive: true });
  const path = `tests/e2e/artifacts/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** One Chromium for a test file: launched before its tests, closed after. Call inside a test. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser starts in beforeAll; use it inside a test');
    return browser;
  };
}

/** A function that clicks, waits for the download it starts and saves it as `dir/name`, returning the path. */
export function downloadsInto(dir: string): (page: Page, click: () => Promise<void>, name: string) => Promise<string> {
  return async (page, click, name) => {
    const [file] = await Promise.all([page.waitForEvent('download'), click()]);
    const path = `${dir}/${name}`;
    await file.saveAs(path);
    return path;
  };
}

/** "Another tablet": a fresh profile that starts empty and has Settings open, ready to restore a backup. */
export async function emptyDeviceWithSettings(browser: Browser, viewport = TABLET_PORTRAIT): Promise<Session> {
  const session = await openSession(browser, viewport);
  await session.page.goto(session.baseUrl);
  await session.page.getByRole('button', { name: 'Start empty' }).click();
  await session.page.getByRole('button', { name: 'Settings' }).click();
  return session;
}

/** The first frames of an error's stack, indented, or nothing when the page gave none. */
function stackHead(error: Error): string {
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trim().startsWith('at '));
  return frames.length > 0 ? `\n${frames.slice(0, 6).join('\n')}` : '';
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedBrowser, openSession, snapshot, TABLET_LANDSCAPE, TABLET_PORTRAIT, waitForAssetsDrawn } from './harness';
import { summarisePixels } from './pixels';
import { CATEGORY_LIST } from '../../src/model/categories';

// The expectation comes from the demo file itself, not from a number typed into the test.
const demo = JSON.parse(readFileSync('data/demo-workspace.json', 'utf8')) as { data: { assets: { geometry: unknown }[] } };
const DEMO_ASSETS = demo.data.assets.length;
const DEMO_LOCATED = demo.data.assets.filter((a) => a.geometry !== null).length;

const browser = sharedBrowser();

describe('app shell and demo workspace', () => {
  it('opens the demo workspace, draws it, and keeps it across a reload', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    // The other tests run as a device asking for less motion (fewer frames to draw); this one as most do.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(baseUrl);
    const welcome = page.getByRole('dialog', { name: 'Welcome to Asset Atlas' });
    await expect.poll(() => welcome.isVisible()).toBe(true);
    await snapshot(page, 'first-run-landscape');

    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await expect.poll(() => welcome.count()).toBe(0);
    await expect.poll(() => page.getByRole('heading', { name: `Assets (${DEMO_ASSETS})` }).count()).toBe(1);
    expect(await waitForAssetsDrawn(page, DEMO_LOCATED)).toBe(DEMO_LOCATED);
    await expect.poll(() => page.getByRole('list', { name: 'Assets' }).getByRole('listitem').count()).toBe(100);

    // The canvas really shows markers: every category colour is on screen, not just a canvas element.
    const shot = await page.getByRole('region', { name: 'Asset map', exact: true }).screenshot();
    const pixels = summarisePixels(
      shot,
      '#f3f0e8',
      CATEGORY_LIST.map((c) => c.colour),
    );
    expect(pixels.nonBackground / pixels.total).toBeGreaterThan(0.05);
    const coloursShown = CATEGORY_LIST.filter((c) => (pixels.near[c.colour] ?? 0) > 40).map((c) => c.label);
    // Clusters may hide a small category at this zoom; most categories must still be visible.
    expect(coloursShown.length, coloursShown.join(', ')).toBeGreaterThanOrEqual(5);
    await snapshot(page, 'demo-landscape');

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: `Assets (${DEMO_ASSETS})` }).count()).toBe(1);
    expect(await waitForAssetsDrawn(page, DEMO_LOCATED)).toBe(DEMO_LOCATED);
    expect(await page.getByRole('dialog', { name: 'Welcome to Asset Atlas' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('undoes opening the demo, and "Start empty" is remembered', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await expect.poll(() => page.getByRole('heading', { name: `Assets (${DEMO_ASSETS})` }).count()).toBe(1);
    await page.getByRole('toolbar', { name: 'Workspace' }).getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => page.getByText('No assets yet').count()).toBe(1);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => page.getByRole('heading', { name: `Assets (${DEMO_ASSETS})` }).count()).toBe(1);
    await context.close();

    const empty = await openSession(browser(), TABLET_PORTRAIT);
    await empty.page.goto(empty.baseUrl);
    await empty.page.getByRole('button', { name: 'Start empty' }).click();
    await expect.poll(() => empty.page.getByRole('dialog').count()).toBe(0);
    await empty.page.reload();
    await expect.poll(() => empty.page.getByText('No assets yet').count()).toBe(1);
    expect(await empty.page.getByRole('dialog').count()).toBe(0);
    expect([...problems, ...empty.problems]).toEqual([]);
    await empty.context.close();
  });

  it('fits a tablet in both orientations: bottom sheet in portrait, 44 px targets, keyboard reachable', async () => {
    for (const viewport of [TABLET_PORTRAIT, TABLET_LANDSCAPE]) {
      const { page, baseUrl, problems, context } = await openSession(browser(), viewport);
      await page.goto(baseUrl);
      await page.getByRole('button', { name: 'Open demo workspace' }).click();
      await waitForAssetsDrawn(page, DEMO_LOCATED);
      const panel = await page.getByRole('complementary', { name: 'Workspace panel' }).boundingBox();
      const map = await page.getByRole('region', { name: 'Asset map', exact: true }).boundingBox();
      if (!panel || !map) throw new Error('panel and map must be laid out');
      if (viewport === TABLET_PORTRAIT) {
        expect(panel.y).toBeGreaterThanOrEqual(map.y + map.height - 1); // below the map: a bottom sheet
        expect(panel.width).toBe(viewport.width);
      } else {
        expect(panel.x).toBeGreaterThanOrEqual(map.x + map.width - 1); // beside the map
        expect(panel.height).toBeGreaterThan(viewport.height * 0.8);
      }
      const small = await page.getByRole('button').evaluateAll((buttons) =>
        buttons
          .map((b) => ({ name: b.getAttribute('aria-label') ?? b.textContent ?? '', box: b.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
          .map(({ name, box }) => `${name.trim()} ${box.width}x${box.height}`),
      );
      expect(small).toEqual([]);
      // Tab walks the toolbar in reading order; Redo is disabled after opening the demo and is skipped.
      const order: string[] = [];
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Tab');
        order.push((await page.evaluate(() => document.activeElement?.textContent)) ?? '');
      }
      expect(order).toEqual(['Add asset', 'Undo Open demo workspace', 'Print map', 'Import data', 'Export data', 'Settings']);
      await page.keyboard.press('Shift+Tab');
      await snapshot(page, `demo-${viewport.width}x${viewport.height}`);
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});

describe('a page that cannot run injected script', () => {
  it('serves a strict Content-Security-Policy that refuses inline script and scripts from other origins, and allows no eval', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    // What an attacker's text would try if it ever reached the DOM as HTML: none of it runs.
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { __inline?: number };
      const inline = document.createElement('script');
      inline.textContent = 'window.__inline = 1';
      document.head.append(inline);
      const remote = document.createElement('script');
      remote.src = 'https://example.org/x.js';
      const loaded = new Promise<string>((resolve) => {
        remote.onload = () => resolve('loaded');
        remote.onerror = () => resolve('refused');
      });
      document.head.append(remote);
      return { inline: w.__inline ?? 0, remote: await loaded };
    });
    expect(ran).toEqual({ inline: 0, remote: 'refused' });
    // eval cannot be tried from here (DevTools' own evaluation is exempt), so the policy is read.
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(eval|inline)'/);
    // Each attempt was reported as a violation (the harness turns them into console errors).
    expect(problems.filter((p) => p.includes('CSP violation: script-src'))).toHaveLength(2);
    // Chromium also logs its own console error for each refusal.
    expect(problems.filter((p) => !p.includes('CSP violation: script-src') && !p.includes('example.org') && !p.includes('Content Security Policy'))).toEqual([]);
    await context.close();
  });
});

import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { workspace } from '../../../src/actions/workspace';
import { saveArea, setTileSource, savedTilesUsage, deleteSavedTiles, estimateArea } from '../../../src/actions/saved-tiles';

const SALE = [-2.34, 53.41, -2.3, 53.44];

describe('saving an area of tiles', () => {
  beforeAll(async () => {
    await workspace.load();
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await deleteSavedTiles();
  });

  it('refuses until a tile source is set up and its licence confirmed', async () => {
    expect(await saveArea(SALE, 12, 13)).toEqual({ ok: false, error: [{ message: 'Set up an online tile source first.' }] });
    await setTileSource({ url: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: 'Example' });
    expect(await saveArea(SALE, 12, 13)).toEqual({ ok: false, error: [{ message: 'The tile source\u2019s licence has not been confirmed to allow saving tiles for offline use.' }] });
  });

  it('downloads every tile once, skips those already saved, and on Cancel keeps what it saved and says so', async () => {
    await setTileSource({ url: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: 'Example', offlineAllowed: true });
    const requested: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      requested.push(url);
      return new Response(new Uint8Array([137, 80, 78, 71]), { status: 200 });
    });
    expect(await saveArea([-3, 52, -1, 54], 10, 18)).toMatchObject({ ok: false, error: [{ message: expect.stringContaining('at most 20,000 can be saved at once') }] });
    const total = estimateArea(SALE, 12, 14).tiles;
    const first = await saveArea(SALE, 12, 13);
    expect(first).toEqual({ ok: true, value: { saved: estimateArea(SALE, 12, 13).tiles, skipped: 0, failed: 0 } });
    const second = await saveArea(SALE, 12, 14);
    expect(second.ok && second.value.skipped).toBe(estimateArea(SALE, 12, 13).tiles);
    expect(new Set(requested).size).toBe(requested.length);
    expect((await savedTilesUsage()).tiles).toBe(total);

    await deleteSavedTiles();
    const controller = new AbortController();
    let calls = 0;
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      calls += 1;
      if (calls === 6) controller.abort();
      if (init.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
      return new Response(new Uint8Array([1, 2, 3]), { status: 200 });
    });
    const cancelled = await saveArea(SALE, 12, 15, { signal: controller.signal });
    const kept = (await savedTilesUsage()).tiles;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(estimateArea(SALE, 12, 15).tiles);
    expect(cancelled).toEqual({ ok: false, error: [{ message: `Cancelled: ${kept} of ${estimateArea(SALE, 12, 15).tiles} tiles were saved and are kept.` }] });
  });
});

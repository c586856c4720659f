import { TYPICAL_TILE_BYTES, countTilesInBox, tileUrl, tilesInBox, type TileSource } from '../model/tiles';
import { ok, refuse, type Result } from '../lib/result';
import { checkRoomFor } from '../store/basemap-files';
import { clearTiles, getTile, hasTile, putTiles, savedTilesUsage } from '../store/saved-tiles';
import * as settings from './intents/settings';
import { run, workspace } from './workspace';
import { fill, msg } from '../lib/i18n/msg';

export { savedTilesUsage };

/** At most this many tiles in one saved area: beyond it the request is almost surely a mistake. */
export const MAX_SAVED_TILES = 20_000;
const CONCURRENT = 4;
const BATCH = 40;

/** Saves (or, with null, removes) the online tile source after checking it. */
export const setTileSource = (source: unknown): Promise<Result<TileSource | null>> => run(settings.setTileSource, { source });

export function estimateArea(box: readonly number[], minZoom: number, maxZoom: number): { tiles: number; bytes: number } {
  const tiles = countTilesInBox(box, minZoom, maxZoom);
  return { tiles, bytes: tiles * TYPICAL_TILE_BYTES };
}

/**
 * Downloads every tile of an area at the chosen zooms from the configured source and keeps them
 * on the device. Only when the source's licence allows it; tiles already saved are skipped.
 * Cancelling stops at once; the tiles saved so far are kept (they are a cache, not records).
 */
export async function saveArea(
  box: readonly number[],
  minZoom: number,
  maxZoom: number,
  options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<Result<{ saved: number; skipped: number; failed: number }>> {
  const source = workspace.state.settings.value.tileSource;
  if (!source) return refuse(msg('Set up an online tile source first.'));
  if (!source.offlineAllowed) return refuse(msg('The tile source\u2019s licence has not been confirmed to allow saving tiles for offline use.'));
  if (minZoom > maxZoom) return refuse(msg('The first zoom must not be above the last.'));
  const { tiles: total, bytes } = estimateArea(box, minZoom, maxZoom);
  if (total > MAX_SAVED_TILES)
    return refuse(
      fill(msg('That is {total} tiles; at most {most} can be saved at once. Choose a smaller area or fewer zoom levels.'), {
        total: total.toLocaleString('en-GB'),
        most: MAX_SAVED_TILES.toLocaleString('en-GB'),
      }),
    );
  const room = await checkRoomFor(bytes);
  if (!room.ok) return room;
  const queue = tilesInBox(box, minZoom, maxZoom);
  let done = 0;
  let saved = 0;
  let skipped = 0;
  let failed = 0;
  let pending: { z: number; x: number; y: number; blob: Blob }[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    if (batch.length) await putTiles(batch);
  };
  const worker = async () => {
    for (let next = queue.next(); !next.done && !options.signal?.aborted; next = queue.next()) {
      const [z, x, y] = next.value;
      try {
        if (await hasTile(z, x, y)) skipped += 1;
        else {
          const response = await fetch(tileUrl(source.url, z, x, y), options.signal ? { signal: options.signal } : {});
          if (!response.ok) throw new Error(String(response.status));
          pending.push({ z, x, y, blob: await response.blob() });
          saved += 1;
          if (pending.length >= BATCH) await flush();
        }
      } catch {
        if (!options.signal?.aborted) failed += 1;
      }
      done += 1;
      options.onProgress?.(done, total);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT }, worker));
  await flush();
  if (options.signal?.aborted) return refuse(fill(msg('Cancelled: {saved} of {total} tiles were saved and are kept.'), { saved: saved.toLocaleString('en-GB'), total: total.toLocaleString('en-GB') }));
  return ok({ saved, skipped, failed });
}

export const deleteSavedTiles = clearTiles;

/** A 1 × 1 transparent PNG: what the map gets for a tile that is neither saved nor reachable. */
const EMPTY_TILE = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));

/** A tile for the map: saved on the device first, then the network when there is one, else blank. */
export async function loadTile(z: number, x: number, y: number, signal?: AbortSignal): Promise<ArrayBuffer> {
  const saved = await getTile(z, x, y).catch(() => undefined);
  if (saved) return saved.arrayBuffer();
  const source = workspace.state.settings.value.tileSource;
  if (source && navigator.onLine) {
    try {
      const response = await fetch(tileUrl(source.url, z, x, y), signal ? { signal } : {});
      if (response.ok) return response.arrayBuffer();
    } catch {
      // Offline or unreachable: a blank tile, never an error on the console.
    }
  }
  return (await fromSavedAncestor(z, x, y)) ?? EMPTY_TILE.slice().buffer;
}

/**
 * Zoomed in past the saved zooms: the nearest saved tile above it, cropped and enlarged, so the
 * streets stay on the map (blurred) rather than vanish.
 */
async function fromSavedAncestor(z: number, x: number, y: number): Promise<ArrayBuffer | null> {
  if (typeof OffscreenCanvas === 'undefined') return null;
  for (let up = 1; up <= Math.min(6, z); up += 1) {
    const parent = await getTile(z - up, x >> up, y >> up).catch(() => undefined);
    if (!parent) continue;
    const image = await createImageBitmap(parent);
    const part = image.width / 2 ** up;
    const canvas = new OffscreenCanvas(256, 256);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.imageSmoothingEnabled = true;
    context.drawImage(image, (x % 2 ** up) * part, (y % 2 ** up) * part, part, part, 0, 0, 256, 256);
    return (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer();
  }
  return null;
}

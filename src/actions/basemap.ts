import type { BasemapInfo } from '../model/basemap';
import { boxesOverlap } from '../lib/bbox';
import { bboxOfRecords, unionBBox, type BBox } from '../lib/bbox';
import { ok, refuse, type Result } from '../lib/result';
import { loadBasemapFile, removeBasemapFile, saveBasemapFile } from '../store/basemap-files';
import { workspace } from './workspace';
import { fill, msg } from '../lib/i18n/msg';

/** Reads the basemap stored on this device into the state (at start-up). */
export async function loadBasemap(): Promise<void> {
  workspace.state.basemap.value = await loadBasemapFile().catch(() => null);
}

/** Where the workspace's data is, to check that a basemap covers it. */
function dataBox(): BBox | null {
  const s = workspace.state;
  return unionBBox(bboxOfRecords(s.neighbourhoods.value), bboxOfRecords(s.assets.value));
}

/**
 * Stores an inspected basemap file on the device and shows it. A file for another part of the
 * country than the workspace's data is refused with the reason, so nobody is left wondering why
 * the streets are missing; with no data yet, any area is accepted.
 */
export async function openBasemap(file: File, details: Omit<BasemapInfo, 'storage' | 'savedAt'>): Promise<Result<BasemapInfo>> {
  const box = dataBox();
  if (box && !boxesOverlap(details.bounds, box)) {
    const [w, s, e, n] = details.bounds.map((v) => v.toFixed(2));
    return refuse(
      fill(msg('“{file}” covers another area (longitude {west} to {east}, latitude {south} to {north}), not your neighbourhoods and assets. Choose an extract that includes them.'), {
        file: file.name,
        west: w ?? '',
        east: e ?? '',
        south: s ?? '',
        north: n ?? '',
      }),
    );
  }
  const saved = await saveBasemapFile(file, details);
  if (!saved.ok) return saved;
  const stored = await loadBasemapFile();
  if (!stored) return refuse(fill(msg('“{file}” was stored but could not be read back; try again.'), { file: file.name }));
  workspace.state.basemap.value = stored;
  return ok(stored.info);
}

/** Frees the basemap's storage; the map falls back to the plain local style. */
export async function removeBasemap(): Promise<void> {
  await removeBasemapFile();
  workspace.state.basemap.value = null;
}

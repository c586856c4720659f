import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let done = false;

/**
 * Points MapLibre at its worker as Vite bundles it (or it fails with "Worker failed to load").
 * Called before any map is made, on screen or for printing; once is enough.
 */
export function pointAtBundledWorker(): void {
  if (done) return;
  done = true;
  setWorkerUrl(workerUrl);
}

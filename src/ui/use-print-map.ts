import { useEffect, useState } from 'preact/hooks';
import type { Asset } from '../model/asset';
import type { Neighbourhood } from '../model/neighbourhood';
import type { Analysis } from '../model/coverage';
import type { Overlay } from '../model/overlay';
import type { KeyEntry } from '../model/print-key';
import type { BBox } from '../lib/bbox';
import { renderPrintMap } from '../map/print-render';
import { problemText } from './problem-words';

export interface PrintMapImage {
  url: string;
  centreLatitude: number;
  zoom: number;
  dpi: number;
}

/** One map to draw: its frame, its numbered assets, and the layers shared by every sheet. */
export interface PrintMapRequest {
  bounds: BBox;
  shown: readonly Asset[];
  key: readonly KeyEntry[];
}

export interface PrintMapLayers {
  resolution: { cssWidth: number; cssHeight: number; pixelRatio: number; dpi: number };
  neighbourhoods: readonly Neighbourhood[];
  showLabels: boolean;
  coverage: Analysis | null;
  overlays: readonly Overlay[];
}

/**
 * Renders each sheet's map off screen, one after another (an atlas of twenty neighbourhoods must not
 * hold twenty WebGL contexts), whenever what they show changes; hands back the images so far (or why
 * one could not be drawn). A newer request drops an older one still drawing; object URLs are freed
 * when replaced.
 */
export function usePrintMaps(requests: readonly PrintMapRequest[], layers: PrintMapLayers, changes: readonly unknown[]): { images: (PrintMapImage | null)[]; problem: string | null } {
  const [images, setImages] = useState<(PrintMapImage | null)[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    const stop = new AbortController();
    const urls: string[] = [];
    setImages(requests.map(() => null));
    setProblem(null);
    void (async () => {
      for (const [i, request] of requests.entries()) {
        const numbers = new Map(request.key.map((k) => [k.assetId, k.number]));
        try {
          const result = await renderPrintMap(
            {
              cssWidth: layers.resolution.cssWidth,
              cssHeight: layers.resolution.cssHeight,
              pixelRatio: layers.resolution.pixelRatio,
              bounds: request.bounds,
              assets: request.shown.map((asset) => ({ asset, number: numbers.get(asset.id) ?? 0 })),
              neighbourhoods: layers.neighbourhoods,
              showLabels: layers.showLabels,
              coverage: layers.coverage,
              overlays: layers.overlays,
            },
            stop.signal,
          );
          if (cancelled) return;
          const url = URL.createObjectURL(result.blob);
          urls.push(url);
          const image = { url, centreLatitude: result.centreLatitude, zoom: result.zoom, dpi: layers.resolution.dpi };
          setImages((previous) => previous.map((p, j) => (j === i ? image : p)));
        } catch (error: unknown) {
          if (!cancelled) setProblem(problemText(error instanceof Error ? error.message : String(error)));
          return;
        }
      }
    })();
    return () => {
      cancelled = true;
      stop.abort();
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, changes);
  return { images, problem };
}

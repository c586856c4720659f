import { useEffect, useState } from 'preact/hooks';
import type { Asset } from '../model/asset';
import type { Neighbourhood } from '../model/neighbourhood';
import type { Analysis } from '../model/coverage';
import type { KeyEntry } from '../model/print-key';
import type { BBox } from '../lib/bbox';
import { renderPrintMap } from '../map/print-render';

export interface PrintMapImage {
  url: string;
  centreLatitude: number;
  zoom: number;
  dpi: number;
}

export interface PrintMapRequest {
  bounds: BBox | null;
  resolution: { cssWidth: number; cssHeight: number; pixelRatio: number; dpi: number };
  shown: readonly Asset[];
  key: readonly KeyEntry[];
  neighbourhoods: readonly Neighbourhood[];
  showLabels: boolean;
  coverage: Analysis | null;
}

/**
 * Renders the print map off screen whenever what it shows changes, and hands back the image (or
 * why it could not be drawn). A newer request drops an older one still drawing; the image's object
 * URL is freed when it is replaced.
 */
export function usePrintMap(request: PrintMapRequest, changes: readonly unknown[]): { image: PrintMapImage | null; problem: string | null } {
  const [image, setImage] = useState<PrintMapImage | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const { bounds, resolution, shown, key } = request;
    if (!bounds) return;
    let cancelled = false;
    let url: string | null = null;
    setImage(null);
    setProblem(null);
    const numbers = new Map(key.map((k) => [k.assetId, k.number]));
    renderPrintMap({
      cssWidth: resolution.cssWidth,
      cssHeight: resolution.cssHeight,
      pixelRatio: resolution.pixelRatio,
      bounds,
      assets: shown.map((asset) => ({ asset, number: numbers.get(asset.id) ?? 0 })),
      neighbourhoods: request.neighbourhoods,
      showLabels: request.showLabels,
      coverage: request.coverage,
    })
      .then((result) => {
        if (cancelled) return;
        url = URL.createObjectURL(result.blob);
        setImage({ url, centreLatitude: result.centreLatitude, zoom: result.zoom, dpi: resolution.dpi });
      })
      .catch((error: unknown) => !cancelled && setProblem(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, changes);
  return { image, problem };
}

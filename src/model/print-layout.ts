export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

const PAPER_MM: Record<Paper, { short: number; long: number }> = { A4: { short: 210, long: 297 }, A3: { short: 297, long: 420 } };
export const MARGIN_MM = 10;

/** The largest canvas edge MapLibre (WebGL) reliably renders, and iPad Safari's canvas area limit. */
export const MAX_CANVAS_EDGE_PX = 4096;
export const MAX_CANVAS_AREA_PX = 16_000_000;
/** Best prints at 300 dpi; a draft at 150 dpi draws in a quarter of the pixels (an atlas of many sheets on an old tablet). */
export const QUALITY_DPI = { best: 300, draft: 150 } as const;
export type PrintQuality = keyof typeof QUALITY_DPI;

export interface PrintLayout {
  pageMm: { width: number; height: number };
  /** The map frame on the first page. */
  mapMm: { width: number; height: number };
}

/** Where things go on the page: the map takes most of page one; legend and key follow and flow on. */
export function printLayout(paper: Paper, orientation: Orientation): PrintLayout {
  const { short, long } = PAPER_MM[paper];
  const page = orientation === 'portrait' ? { width: short, height: long } : { width: long, height: short };
  const content = { width: page.width - 2 * MARGIN_MM, height: page.height - 2 * MARGIN_MM };
  const mapShare = orientation === 'landscape' ? 0.7 : 0.62;
  return { pageMm: page, mapMm: { width: content.width, height: Math.round(content.height * mapShare) } };
}

/**
 * The map image's size for a frame: as close to 300 dpi as the canvas limits allow. The frame is
 * laid out in CSS pixels (96 per inch) and rendered at `pixelRatio` device pixels per CSS pixel.
 */
export function printResolution(mapMm: { width: number; height: number }, quality: PrintQuality = 'best'): { cssWidth: number; cssHeight: number; pixelRatio: number; dpi: number } {
  const inches = { width: mapMm.width / 25.4, height: mapMm.height / 25.4 };
  const byEdge = MAX_CANVAS_EDGE_PX / Math.max(inches.width, inches.height);
  const byArea = Math.sqrt(MAX_CANVAS_AREA_PX / (inches.width * inches.height));
  const dpi = Math.floor(Math.min(QUALITY_DPI[quality], byEdge, byArea));
  return { cssWidth: Math.round(inches.width * 96), cssHeight: Math.round(inches.height * 96), pixelRatio: dpi / 96, dpi };
}

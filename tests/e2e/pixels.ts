import { PNG } from 'pngjs';

export interface PixelSummary {
  total: number;
  /** Pixels that are not the map's plain background. */
  nonBackground: number;
  /** For each colour asked about, the pixels within a small distance of it. */
  near: Record<string, number>;
}

const hexToRgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Counts what a screenshot actually shows: how much differs from the background, and each colour's share. */
export function summarisePixels(png: Buffer, background: string, colours: readonly string[], tolerance = 24): PixelSummary {
  const image = PNG.sync.read(png);
  const bg = hexToRgb(background);
  const targets = colours.map((c) => [c, hexToRgb(c)] as const);
  const near: Record<string, number> = Object.fromEntries(colours.map((c) => [c, 0]));
  let nonBackground = 0;
  const close = (r: number, g: number, b: number, [tr, tg, tb]: readonly number[]) => Math.abs(r - (tr ?? 0)) + Math.abs(g - (tg ?? 0)) + Math.abs(b - (tb ?? 0)) <= tolerance;
  for (let i = 0; i < image.data.length; i += 4) {
    const r = image.data[i] ?? 0;
    const g = image.data[i + 1] ?? 0;
    const b = image.data[i + 2] ?? 0;
    if (!close(r, g, b, bg)) nonBackground++;
    for (const [name, rgb] of targets) if (close(r, g, b, rgb)) near[name] = (near[name] ?? 0) + 1;
  }
  return { total: image.width * image.height, nonBackground, near };
}

/** Metres per CSS pixel of a Web Mercator map with 512-pixel tiles (MapLibre's) at a latitude and zoom. */
export function metresPerPixel(latitude: number, zoom: number): number {
  const EARTH_CIRCUMFERENCE = 40_075_016.686;
  return (EARTH_CIRCUMFERENCE * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export interface ScaleBar {
  metres: number;
  /** How long the bar is drawn, as a fraction of the space offered for it. */
  fraction: number;
  label: string;
}

/**
 * The longest round distance (1, 2 or 5 × 10ⁿ metres) that fits in `maxMetres`, the ground
 * distance the space for the bar covers, with the share of that space it takes.
 */
export function chooseScaleBar(maxMetres: number): ScaleBar {
  if (!(maxMetres > 0) || !Number.isFinite(maxMetres)) throw new Error('A scale bar needs a positive ground distance');
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((s) => s * power <= maxMetres) ?? 1;
  const metres = step * power;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { metres, fraction: metres / maxMetres, label };
}

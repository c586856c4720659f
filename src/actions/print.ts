import { toBlob } from 'html-to-image';
import { downloadBlob } from './download';
import { chooseScaleBar, metresPerPixel, type ScaleBar } from '../geo/scale-bar';

export type { ScaleBar };

/** The scale bar for a rendered print map: the longest round distance that fits in `maxMm` of paper. */
export function scaleBarFor(image: { centreLatitude: number; zoom: number }, maxMm: number): ScaleBar {
  const cssPixels = (maxMm / 25.4) * 96;
  return chooseScaleBar(cssPixels * metresPerPixel(image.centreLatitude, image.zoom));
}

/** Opens the browser's print dialog (which also offers "Save as PDF") for the print view. */
export function printPage(): void {
  window.print();
}

/** Saves an element exactly as laid out (the print sheet) as a PNG download. */
export async function downloadElementAsPng(element: HTMLElement, fileName: string): Promise<boolean> {
  const blob = await toBlob(element, { pixelRatio: 2, backgroundColor: '#ffffff', style: { zoom: '1' } });
  if (!blob) return false;
  downloadBlob(blob, fileName);
  return true;
}

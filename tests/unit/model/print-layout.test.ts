import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_AREA_PX, MAX_CANVAS_EDGE_PX, printLayout, printResolution, type Orientation, type Paper } from '../../../src/model/print-layout';

describe('printLayout and printResolution', () => {
  it('gives A3 landscape its true page size', () => {
    expect(printLayout('A3', 'landscape').pageMm).toEqual({ width: 420, height: 297 });
    expect(printLayout('A4', 'portrait').pageMm).toEqual({ width: 210, height: 297 });
  });

  for (const paper of ['A4', 'A3'] as Paper[]) {
    for (const orientation of ['portrait', 'landscape'] as Orientation[]) {
      it(`renders ${paper} ${orientation} at 200 dpi or better within the canvas limits`, () => {
        const { mapMm } = printLayout(paper, orientation);
        const r = printResolution(mapMm);
        expect(r.dpi).toBeGreaterThanOrEqual(200);
        const device = { width: r.cssWidth * r.pixelRatio, height: r.cssHeight * r.pixelRatio };
        expect(Math.max(device.width, device.height)).toBeLessThanOrEqual(MAX_CANVAS_EDGE_PX + 1);
        expect(device.width * device.height).toBeLessThanOrEqual(MAX_CANVAS_AREA_PX * 1.01);
      });
    }
  }

  it('draws a draft at 150 dpi: a quarter of the pixels of a best print of A4', () => {
    const { mapMm } = printLayout('A4', 'landscape');
    const best = printResolution(mapMm, 'best');
    const draft = printResolution(mapMm, 'draft');
    expect(draft.dpi).toBe(150);
    expect(draft.cssWidth).toBe(best.cssWidth); // the same frame on paper
    expect((draft.pixelRatio / best.pixelRatio) ** 2).toBeCloseTo(0.25, 2);
  });
});

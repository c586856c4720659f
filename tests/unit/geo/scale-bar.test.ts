import { describe, expect, it } from 'vitest';
import { chooseScaleBar, metresPerPixel } from '../../../src/geo/scale-bar';

describe('metresPerPixel', () => {
  it('matches Web Mercator: ~156 km per pixel at zoom 0 on the equator, halving each zoom', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.5, 0); // 512-pixel tiles
    expect(metresPerPixel(0, 1)).toBeCloseTo(metresPerPixel(0, 0) / 2, 6);
    expect(metresPerPixel(60, 10)).toBeCloseTo(metresPerPixel(0, 10) / 2, 6); // cos 60° = ½
  });
});

describe('chooseScaleBar', () => {
  it('picks the longest 1-2-5 distance that fits', () => {
    expect(chooseScaleBar(740)).toEqual({ metres: 500, fraction: 500 / 740, label: '500 m' });
    expect(chooseScaleBar(1999)).toMatchObject({ metres: 1000, label: '1 km' });
    expect(chooseScaleBar(2000)).toMatchObject({ metres: 2000, label: '2 km' });
    expect(chooseScaleBar(36)).toMatchObject({ metres: 20, label: '20 m' });
  });

  it('refuses a distance that cannot be drawn', () => {
    expect(() => chooseScaleBar(0)).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { TileSourceSchema, countTilesInBox, tileUrl, tileX, tileY, tilesInBox } from '../../../src/model/tiles';

describe('tile arithmetic for saving an area', () => {
  it('finds the tiles of a box at each zoom, and counts them without listing them', () => {
    const sale: [number, number, number, number] = [-2.34, 53.41, -2.3, 53.44];
    const listed = [...tilesInBox(sale, 12, 15)];
    expect(countTilesInBox(sale, 12, 15)).toBe(listed.length);
    // Zoom 12 tile of Sale, as slippy-map tools number it (worked out separately with the OSM formula).
    expect([tileX(-2.32, 12), tileY(53.425, 12)]).toEqual([2021, 1326]);
    expect(listed.filter(([z]) => z === 12)).toEqual([
      [12, 2021, 1325],
      [12, 2021, 1326],
    ]);
    expect(listed.every(([z]) => z >= 12 && z <= 15)).toBe(true);
    expect(tileUrl('https://t.example/{z}/{x}/{y}.png', 12, 2021, 1326)).toBe('https://t.example/12/2021/1326.png');
  });

  it('checks a tile source: http(s), {z}/{x}/{y}, and an attribution', () => {
    expect(TileSourceSchema.safeParse({ url: 'ftp://x/{z}/{x}/{y}', attribution: 'A' }).error?.issues[0]?.message).toContain('http:// or https://');
    expect(TileSourceSchema.safeParse({ url: 'https://x/tiles', attribution: 'A' }).error?.issues[0]?.message).toContain('{z}, {x} and {y}');
    expect(TileSourceSchema.safeParse({ url: 'https://x/{z}/{x}/{y}.png', attribution: ' ' }).success).toBe(false);
    expect(TileSourceSchema.parse({ url: 'https://x/{z}/{x}/{y}.png', attribution: '© X' })).toMatchObject({ offlineAllowed: false, maxZoom: 19 });
  });
});

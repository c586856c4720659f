import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { PMTiles, TileType, type Source } from 'pmtiles';
import { makeTraffordBasemap, FIXTURE_BOUNDS } from '../../../scripts/basemap/make-fixture';

const bytes = makeTraffordBasemap();
const source: Source = {
  getKey: () => 'trafford.pmtiles',
  getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
};

describe('the Trafford PMTiles fixture', () => {
  it('has a PMTiles v3 header the pmtiles library reads: PNG tiles, zoom 9–12, the borough’s bounds', async () => {
    const header = await new PMTiles(source).getHeader();
    expect(header).toMatchObject({ specVersion: 3, tileType: TileType.Png, minZoom: 9, maxZoom: 12, clustered: true });
    expect(header.minLon).toBeCloseTo(FIXTURE_BOUNDS[0], 6);
    expect(header.maxLat).toBeCloseTo(FIXTURE_BOUNDS[3], 6);
    expect(header.numAddressedTiles).toBeGreaterThan(20);
    expect(((await new PMTiles(source).getMetadata()) as { name: string }).name).toBe('Trafford test basemap');
  });

  it('serves the tile over Sale as a PNG with the borough drawn in green, and nothing outside its zooms', async () => {
    const archive = new PMTiles(source);
    // Sale town centre, -2.32, 53.425, at zoom 12.
    const z = 12;
    const x = Math.floor(((-2.32 + 180) / 360) * 2 ** z);
    const lat = (53.425 * Math.PI) / 180;
    const y = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * 2 ** z);
    const tile = await archive.getZxy(z, x, y);
    expect(tile).toBeDefined();
    const png = PNG.sync.read(Buffer.from(tile!.data));
    expect([png.width, png.height]).toEqual([256, 256]);
    const middle = (128 * 256 + 128) * 4;
    expect([...png.data.subarray(middle, middle + 3)]).toEqual([196, 222, 176]);
    expect(await archive.getZxy(14, x * 4, y * 4)).toBeUndefined();
  });
});

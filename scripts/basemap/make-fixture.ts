/**
 * Makes a small raster PMTiles basemap of Trafford from the ward boundaries in tests/fixtures/trafford:
 * zoom 9 to 12, land inside the borough in green, the wards' edges in grey, the rest in sand. It is
 * what the basemap tests open, and a quick way to try "Open basemap file" by hand:
 *
 *   npx tsx scripts/basemap/make-fixture.ts out.pmtiles
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { TileType } from 'pmtiles';
import { writePmtiles, type WrittenTile } from './pmtiles-writer';
import { encodeVectorTile, type TileRing, type VectorFeature } from './mvt-writer';

type Ring = number[][];
const WARDS = new URL('../../tests/fixtures/trafford/boundaries/trafford_ward_2023_generalised.geojson', import.meta.url);

const lonToX = (lon: number, z: number) => ((lon + 180) / 360) * 2 ** z;
const latToY = (lat: number, z: number) => ((1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2) * 2 ** z;

function wardRings(): Ring[][] {
  const json = JSON.parse(readFileSync(WARDS, 'utf8')) as { features: { geometry: { type: string; coordinates: unknown } }[] };
  return json.features.map((f) => (f.geometry.type === 'Polygon' ? (f.geometry.coordinates as Ring[]) : (f.geometry.coordinates as Ring[][]).flat()));
}

/** One 256-px tile: each pixel row filled by even-odd crossings of every ward ring (in pixel space). */
function drawTile(z: number, tx: number, ty: number, wards: Ring[][]): Uint8Array {
  const size = 256;
  const png = new PNG({ width: size, height: size });
  const sand = [236, 228, 208];
  const land = [196, 222, 176];
  const edge = [120, 120, 120];
  const inside = new Uint8Array(size * size);
  const toPx = (p: number[]) => [(lonToX(p[0]!, z) - tx) * size, (latToY(p[1]!, z) - ty) * size];
  for (const rings of wards) {
    const pxRings = rings.map((r) => r.map(toPx));
    for (let y = 0; y < size; y += 1) {
      const cy = y + 0.5;
      const xs: number[] = [];
      for (const ring of pxRings) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i]!;
          const [xj, yj] = ring[j]!;
          if (yi! > cy !== yj! > cy) xs.push(xi! + ((cy - yi!) * (xj! - xi!)) / (yj! - yi!));
        }
      }
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        for (let x = Math.max(0, Math.ceil(xs[k]! - 0.5)); x < Math.min(size, Math.ceil(xs[k + 1]! - 0.5)); x += 1) inside[y * size + x] = 1;
      }
    }
  }
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const i = y * size + x;
      const here = inside[i];
      const border = here === 1 && ((x > 0 && inside[i - 1] === 0) || (y > 0 && inside[i - size] === 0) || (x < size - 1 && inside[i + 1] === 0) || (y < size - 1 && inside[i + size] === 0));
      const colour = border ? edge : here ? land : sand;
      png.data.set([colour[0]!, colour[1]!, colour[2]!, 255], i * 4);
    }
  }
  return new Uint8Array(PNG.sync.write(png));
}

export const FIXTURE_BOUNDS: [number, number, number, number] = [-2.48, 53.35, -2.25, 53.49];

/** The Trafford raster extract as bytes: every tile of zooms minZoom..maxZoom over the borough. */
export function makeTraffordBasemap(minZoom = 9, maxZoom = 12): Uint8Array {
  const wards = wardRings();
  const tiles: WrittenTile[] = [];
  const [w, s, e, n] = FIXTURE_BOUNDS;
  for (let z = minZoom; z <= maxZoom; z += 1) {
    for (let x = Math.floor(lonToX(w, z)); x <= Math.floor(lonToX(e, z)); x += 1) {
      for (let y = Math.floor(latToY(n, z)); y <= Math.floor(latToY(s, z)); y += 1) tiles.push({ z, x, y, data: drawTile(z, x, y, wards) });
    }
  }
  return writePmtiles(tiles, {
    tileType: TileType.Png,
    bounds: FIXTURE_BOUNDS,
    metadata: { name: 'Trafford test basemap', attribution: 'Contains ONS data \u00a9 Crown copyright and database right', format: 'png' },
  });
}

/**
 * The same area as a vector extract in the Protomaps schema: "earth" covering each tile,
 * "landuse" for the wards (as park-like ground) and a "places" point named Trafford.
 */
export function makeTraffordVectorBasemap(minZoom = 9, maxZoom = 12): Uint8Array {
  const wards = wardRings();
  const tiles: WrittenTile[] = [];
  const [w, s, e, n] = FIXTURE_BOUNDS;
  const extent = 4096;
  for (let z = minZoom; z <= maxZoom; z += 1) {
    for (let x = Math.floor(lonToX(w, z)); x <= Math.floor(lonToX(e, z)); x += 1) {
      for (let y = Math.floor(latToY(n, z)); y <= Math.floor(latToY(s, z)); y += 1) {
        const toTile = (p: number[]): [number, number] => [(lonToX(p[0]!, z) - x) * extent, (latToY(p[1]!, z) - y) * extent];
        const earth: VectorFeature = {
          type: 'polygon',
          rings: [
            [
              [-64, -64],
              [extent + 64, -64],
              [extent + 64, extent + 64],
              [-64, extent + 64],
            ] as TileRing,
          ],
          properties: {},
        };
        const landuse: VectorFeature[] = wards.flatMap((rings) => rings.map((r): VectorFeature => ({ type: 'polygon', rings: [r.map(toTile)], properties: { kind: 'park' } })));
        const centre = toTile([-2.36, 53.43]);
        const inside = centre[0] >= 0 && centre[0] < extent && centre[1] >= 0 && centre[1] < extent;
        tiles.push({
          z,
          x,
          y,
          data: encodeVectorTile({ earth: [earth], landuse, places: inside ? [{ type: 'point', rings: [[centre]], properties: { name: 'Trafford' } }] : [] }),
        });
      }
    }
  }
  return writePmtiles(tiles, {
    tileType: TileType.Mvt,
    bounds: FIXTURE_BOUNDS,
    metadata: { name: 'Trafford test vector basemap', attribution: 'Contains ONS data \u00a9 Crown copyright and database right' },
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const out = process.argv[2] ?? 'trafford-basemap.pmtiles';
  const bytes = makeTraffordBasemap();
  writeFileSync(out, bytes);
  console.log(`Wrote ${out}: ${bytes.length.toLocaleString('en-GB')} bytes`);
}

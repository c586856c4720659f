import { z } from 'zod/mini';
import { fill, msg } from '../lib/i18n/msg';

/**
 * An online raster tile source the user configures (e.g. their council's or a commercial
 * provider's). Saving tiles for offline use is offered only when the user confirms its licence
 * allows it: OpenStreetMap's public tiles, for one, forbid bulk downloads.
 */
export const TileSourceSchema = z.object({
  url: z.string().check(
    z.trim(),
    z.regex(/^https?:\/\/\S+$/, msg('The tile address must start with http:// or https://')),
    z.refine((u) => u.includes('{z}') && u.includes('{x}') && u.includes('{y}'), fill(msg('The tile address needs {z}, {x} and {y} in it'), { z: '{z}', x: '{x}', y: '{y}' })),
  ),
  attribution: z.string().check(z.trim(), z.minLength(1, msg('Say whose tiles these are (the attribution their licence asks for)')), z.maxLength(500)),
  offlineAllowed: z._default(z.boolean(), false),
  maxZoom: z._default(z.int().check(z.gte(0), z.lte(22)), 19),
});
export type TileSource = z.output<typeof TileSourceSchema>;

export const tileX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
export const tileY = (lat: number, z: number) => {
  const r = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/** Every tile covering a box [w, s, e, n] at zooms minZoom..maxZoom, lowest zoom first. */
export function* tilesInBox(box: readonly number[], minZoom: number, maxZoom: number): Generator<[number, number, number]> {
  for (let z = minZoom; z <= maxZoom; z += 1) {
    for (let x = tileX(box[0] as number, z); x <= tileX(box[2] as number, z); x += 1) {
      for (let y = tileY(box[3] as number, z); y <= tileY(box[1] as number, z); y += 1) yield [z, x, y];
    }
  }
}

export function countTilesInBox(box: readonly number[], minZoom: number, maxZoom: number): number {
  let count = 0;
  for (let z = minZoom; z <= maxZoom; z += 1) {
    count += (tileX(box[2] as number, z) - tileX(box[0] as number, z) + 1) * (tileY(box[1] as number, z) - tileY(box[3] as number, z) + 1);
  }
  return count;
}

/** A typical raster street-map tile is 10–30 KB; estimates use 20 KB and say "about". */
export const TYPICAL_TILE_BYTES = 20 * 1024;

export const tileUrl = (template: string, z: number, x: number, y: number) => template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));

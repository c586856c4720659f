import { addProtocol } from 'maplibre-gl';

export const SAVED_TILES_PROTOCOL = 'atlas-tiles';

/** Gives the bytes of tile z/x/y: from the device or the network (the app decides; the map just asks). */
export type TileLoader = (z: number, x: number, y: number, signal: AbortSignal) => Promise<ArrayBuffer>;

let loader: TileLoader | null = null;
let registered = false;

/** Routes `atlas-tiles://z/x/y` requests to the loader. Registered once; the loader can change. */
export function registerSavedTiles(load: TileLoader): void {
  loader = load;
  if (registered) return;
  registered = true;
  addProtocol(SAVED_TILES_PROTOCOL, async (params, abortController) => {
    const [z, x, y] = params.url.slice(`${SAVED_TILES_PROTOCOL}://`.length).split('/').map(Number);
    if (!loader || z === undefined || x === undefined || y === undefined) throw new Error(`Not a tile address: ${params.url}`);
    return { data: await loader(z, x, y, abortController.signal) };
  });
}

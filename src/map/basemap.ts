import { addProtocol } from 'maplibre-gl';
import { FileSource, PMTiles, Protocol, TileType } from 'pmtiles';
import type { BasemapInfo } from '../model/basemap';
import { ok, refuse, type Result } from '../lib/result';
import { tileX, tileY } from '../model/tiles';
import { fill, msg } from '../lib/i18n/msg';

/**
 * Offline basemaps from PMTiles extracts on the device: a File read with range reads by the
 * pmtiles library, served to MapLibre through its `pmtiles://` protocol. No server, no network.
 */
let protocol: Protocol | null = null;

function registerProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  return protocol;
}

const TYPES: Partial<Record<TileType, BasemapInfo['tileType']>> = {
  [TileType.Png]: 'png',
  [TileType.Jpeg]: 'jpeg',
  [TileType.Webp]: 'webp',
  [TileType.Mvt]: 'mvt',
};

/**
 * Reads a chosen file's PMTiles header and says what it is, or why it cannot be used, naming the
 * file. Nothing is stored and the map is not touched.
 */
export async function inspectBasemap(file: File): Promise<Result<Omit<BasemapInfo, 'storage' | 'savedAt'>>> {
  if (file.size < 127) return refuse(fill(msg('“{file}” is too small to be a PMTiles basemap ({size} bytes).'), { file: file.name, size: file.size }));
  const magic = new TextDecoder().decode(await file.slice(0, 7).arrayBuffer());
  if (magic !== 'PMTiles') return refuse(fill(msg('“{file}” is not a PMTiles basemap: choose a .pmtiles extract (for example one made with the pmtiles tool from Protomaps).'), { file: file.name }));
  try {
    const archive = new PMTiles(new FileSource(file));
    const header = await archive.getHeader();
    const tileType = TYPES[header.tileType];
    if (header.specVersion !== 3) return refuse(fill(msg('“{file}” is PMTiles version {version}; this app reads version 3.'), { file: file.name, version: header.specVersion }));
    if (!tileType) return refuse(fill(msg('“{file}” holds tiles of a type this app cannot draw; use PNG, JPEG or WebP raster tiles, or vector (MVT) tiles.'), { file: file.name }));
    const dataEnd = header.tileDataOffset + (header.tileDataLength ?? 0);
    if (dataEnd > file.size || header.rootDirectoryOffset + header.rootDirectoryLength > file.size) {
      return refuse(
        fill(msg('“{file}” is cut short: it should be at least {expected} bytes but is {size}. Copy the file again.'), {
          file: file.name,
          expected: dataEnd.toLocaleString('en-GB'),
          size: file.size.toLocaleString('en-GB'),
        }),
      );
    }
    // Reading the first tile proves the directory is intact, not just the header.
    await archive.getZxy(header.minZoom, ...firstTile(header));
    const metadata = (await archive.getMetadata().catch(() => ({}))) as { attribution?: unknown };
    return ok({
      fileName: file.name,
      size: file.size,
      tileType,
      minZoom: header.minZoom,
      maxZoom: header.maxZoom,
      bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
      attribution: typeof metadata.attribution === 'string' ? metadata.attribution : '',
    });
  } catch (error) {
    return refuse(fill(msg('“{file}” is damaged and cannot be read as a PMTiles basemap ({reason}).'), { file: file.name, reason: error instanceof Error ? error.message : String(error) }));
  }
}

function firstTile(header: { minZoom: number; centerLon: number; centerLat: number }): [number, number] {
  return [tileX(header.centerLon, header.minZoom), tileY(header.centerLat, header.minZoom)];
}

/** Makes the file available to the map and returns the source URL for it. */
export function basemapSourceUrl(file: File): string {
  const archive = new PMTiles(new FileSource(file));
  registerProtocol().add(archive);
  return `pmtiles://${archive.source.getKey()}`;
}

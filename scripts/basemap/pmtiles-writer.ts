/**
 * A minimal PMTiles v3 writer (single root directory, no internal compression), enough to make
 * small test and demo extracts. Layout and field order follow the PMTiles v3 specification:
 * a 127-byte header, the root directory, JSON metadata, then the tile data.
 */
import { zxyToTileId, TileType } from 'pmtiles';

export interface WrittenTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface ArchiveOptions {
  tileType: TileType;
  bounds: [number, number, number, number];
  metadata: Record<string, unknown>;
}

function varints(values: number[]): number[] {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    out.push(v);
  }
  return out;
}

function serialiseDirectory(entries: { tileId: number; offset: number; length: number }[]): Uint8Array {
  const bytes: number[] = varints([entries.length]);
  let last = 0;
  for (const e of entries) {
    bytes.push(...varints([e.tileId - last]));
    last = e.tileId;
  }
  bytes.push(...varints(entries.map(() => 1)));
  bytes.push(...varints(entries.map((e) => e.length)));
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    const contiguous = previous !== undefined && e.offset === previous.offset + previous.length;
    bytes.push(...varints([contiguous ? 0 : e.offset + 1]));
  });
  return Uint8Array.from(bytes);
}

export function writePmtiles(tiles: readonly WrittenTile[], options: ArchiveOptions): Uint8Array {
  const sorted = [...tiles].map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
  let offset = 0;
  const entries = sorted.map((t) => {
    const entry = { tileId: t.tileId, offset, length: t.data.length };
    offset += t.data.length;
    return entry;
  });
  const root = serialiseDirectory(entries);
  const metadata = new TextEncoder().encode(JSON.stringify(options.metadata));
  const HEADER = 127;
  const rootOffset = HEADER;
  const metadataOffset = rootOffset + root.length;
  const dataOffset = metadataOffset + metadata.length;
  const out = new Uint8Array(dataOffset + offset);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode('PMTiles'), 0);
  out[7] = 3;
  const u64 = (at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, dataOffset + offset);
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, offset);
  u64(72, sorted.length);
  u64(80, sorted.length);
  u64(88, sorted.length);
  out[96] = 1; // clustered: tiles are in tile-id order
  out[97] = 1; // internal compression: none
  out[98] = 1; // tile compression: none (PNG is compressed already)
  out[99] = options.tileType;
  const zooms = sorted.map((t) => t.z);
  out[100] = Math.min(...zooms);
  out[101] = Math.max(...zooms);
  const e7 = (v: number) => Math.round(v * 1e7);
  const [w, s, e, n] = options.bounds;
  view.setInt32(102, e7(w), true);
  view.setInt32(106, e7(s), true);
  view.setInt32(110, e7(e), true);
  view.setInt32(114, e7(n), true);
  out[118] = Math.min(...zooms);
  view.setInt32(119, e7((w + e) / 2), true);
  view.setInt32(123, e7((s + n) / 2), true);
  out.set(root, rootOffset);
  out.set(metadata, metadataOffset);
  let at = dataOffset;
  for (const t of sorted) {
    out.set(t.data, at);
    at += t.data.length;
  }
  return out;
}

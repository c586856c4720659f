/**
 * A minimal Mapbox Vector Tile (v2) encoder for test fixtures: polygon and point layers with
 * string properties, written straight to protobuf (the wire format is small enough to write by hand).
 */
export type TileRing = [number, number][];
export interface VectorFeature {
  type: 'polygon' | 'point';
  /** polygon: rings (first outer, then holes) in tile units; point: one ring holding the point. */
  rings: TileRing[];
  properties: Record<string, string>;
}

class Writer {
  readonly bytes: number[] = [];
  varint(v: number): this {
    while (v >= 0x80) {
      this.bytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.bytes.push(v);
    return this;
  }
  key(field: number, wire: number): this {
    return this.varint((field << 3) | wire);
  }
  message(field: number, inner: Writer): this {
    this.key(field, 2).varint(inner.bytes.length);
    this.bytes.push(...inner.bytes);
    return this;
  }
  string(field: number, text: string): this {
    const encoded = new TextEncoder().encode(text);
    this.key(field, 2).varint(encoded.length);
    this.bytes.push(...encoded);
    return this;
  }
  packed(field: number, values: number[]): this {
    const inner = new Writer();
    for (const v of values) inner.varint(v);
    return this.message(field, inner);
  }
}

const zigzag = (n: number) => (n << 1) ^ (n >> 31);
const command = (id: number, count: number) => (id & 7) | (count << 3);

function ringArea(ring: TileRing): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

function geometry(feature: VectorFeature): number[] {
  const out: number[] = [];
  let cx = 0;
  let cy = 0;
  const moveTo = (x: number, y: number) => {
    out.push(zigzag(x - cx), zigzag(y - cy));
    cx = x;
    cy = y;
  };
  if (feature.type === 'point') {
    const [x, y] = feature.rings[0]![0]!;
    out.push(command(1, 1));
    moveTo(Math.round(x), Math.round(y));
    return out;
  }
  feature.rings.forEach((raw, index) => {
    // Drop the repeated closing point and consecutive duplicates after rounding.
    const ring = raw.map(([x, y]) => [Math.round(x), Math.round(y)] as [number, number]).filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
    if (ring.length > 1 && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1]) ring.pop();
    if (ring.length < 3) return;
    // Outer rings have positive area in tile coordinates (y down), holes negative.
    const outer = index === 0;
    if (ringArea(ring) > 0 !== outer) ring.reverse();
    out.push(command(1, 1));
    moveTo(ring[0]![0], ring[0]![1]);
    out.push(command(2, ring.length - 1));
    for (const [x, y] of ring.slice(1)) moveTo(x, y);
    out.push(command(7, 1));
  });
  return out;
}

/** One vector tile holding the given layers (extent 4096). */
export function encodeVectorTile(layers: Record<string, VectorFeature[]>): Uint8Array {
  const tile = new Writer();
  for (const [name, features] of Object.entries(layers)) {
    const layer = new Writer();
    layer.key(15, 0).varint(2);
    layer.string(1, name);
    const keys: string[] = [];
    const values: string[] = [];
    features.forEach((feature, i) => {
      const tags: number[] = [];
      for (const [k, v] of Object.entries(feature.properties)) {
        if (!keys.includes(k)) keys.push(k);
        if (!values.includes(v)) values.push(v);
        tags.push(keys.indexOf(k), values.indexOf(v));
      }
      const f = new Writer();
      f.key(1, 0).varint(i + 1);
      if (tags.length) f.packed(2, tags);
      f.key(3, 0).varint(feature.type === 'point' ? 1 : 3);
      f.packed(4, geometry(feature));
      layer.message(2, f);
    });
    for (const k of keys) layer.string(3, k);
    for (const v of values) layer.message(4, new Writer().string(1, v));
    layer.key(5, 0).varint(4096);
    tile.message(3, layer);
  }
  return Uint8Array.from(tile.bytes);
}

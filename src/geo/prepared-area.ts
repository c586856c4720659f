import type { AreaGeometry, Position } from '../model/geometry';
import { bboxOfCoordinates, type BBox } from '../lib/bbox';

/**
 * A boundary made ready for many point-in-polygon questions. Its edges are sorted into horizontal
 * bands, so a test reads only the edges that cross the point's band instead of every vertex: a
 * 3,700-corner ward costs a few dozen edge tests per point rather than 3,700.
 *
 * Even-odd over every ring at once equals "inside an outer ring and not in its holes" for valid
 * geometry (holes inside their outer ring, parts not overlapping), which validation guarantees.
 */
export interface PreparedArea {
  readonly box: BBox;
  contains(x: number, y: number): boolean;
}

function ringsOf(geometry: AreaGeometry): readonly (readonly Position[])[] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

export function prepareArea(geometry: AreaGeometry): PreparedArea {
  const box = bboxOfCoordinates(geometry.coordinates) ?? [0, 0, 0, 0];
  const rings = ringsOf(geometry);
  const edgeCount = rings.reduce((n, ring) => n + Math.max(0, ring.length - 1), 0);
  const edges = new Float64Array(edgeCount * 4);
  let e = 0;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i += 1) {
      const a = ring[i - 1] as Position;
      const b = ring[i] as Position;
      edges.set([a[0], a[1], b[0], b[1]], e * 4);
      e += 1;
    }
  }
  const bandCount = Math.max(1, Math.min(1024, Math.ceil(Math.sqrt(edgeCount))));
  const height = box[3] - box[1] || 1;
  const bandOf = (y: number) => Math.min(bandCount - 1, Math.max(0, Math.floor(((y - box[1]) / height) * bandCount)));
  // Compressed rows: band b's edges are ids[starts[b] .. starts[b + 1]).
  const counts = new Int32Array(bandCount + 1);
  for (let i = 0; i < edgeCount; i += 1) {
    const [lo, hi] = [bandOf(Math.min(edges[i * 4 + 1]!, edges[i * 4 + 3]!)), bandOf(Math.max(edges[i * 4 + 1]!, edges[i * 4 + 3]!))];
    for (let b = lo; b <= hi; b += 1) counts[b + 1]! += 1;
  }
  for (let b = 0; b < bandCount; b += 1) counts[b + 1]! += counts[b]!;
  const starts = counts.slice();
  const ids = new Int32Array(counts[bandCount]!);
  const fill = counts.slice(0, bandCount);
  for (let i = 0; i < edgeCount; i += 1) {
    const [lo, hi] = [bandOf(Math.min(edges[i * 4 + 1]!, edges[i * 4 + 3]!)), bandOf(Math.max(edges[i * 4 + 1]!, edges[i * 4 + 3]!))];
    for (let b = lo; b <= hi; b += 1) ids[fill[b]!++] = i;
  }
  return {
    box,
    contains(x, y) {
      if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) return false;
      const band = bandOf(y);
      let inside = false;
      for (let k = starts[band]!, end = starts[band + 1]!; k < end; k += 1) {
        const o = ids[k]! * 4;
        const xi = edges[o]!;
        const yi = edges[o + 1]!;
        const xj = edges[o + 2]!;
        const yj = edges[o + 3]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
      return inside;
    },
  };
}

import type { AreaGeometry, Position } from '../../model/geometry';
import { toPlaneX, toPlaneY, type LocalPlane } from './local-plane';
import type { PlaneRing } from './polygon-cells';

/** Every ring of a boundary (outer rings and holes alike) in local-plane metres. */
export function planeRings(plane: LocalPlane, geometry: AreaGeometry): PlaneRing[] {
  const rings: readonly (readonly Position[])[] = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  return rings.map((ring) => {
    const xy = new Float64Array(ring.length * 2);
    for (let i = 0; i < ring.length; i += 1) {
      xy[2 * i] = toPlaneX(plane, (ring[i] as Position)[0]);
      xy[2 * i + 1] = toPlaneY(plane, (ring[i] as Position)[1]);
    }
    return xy;
  });
}

/**
 * Points along every edge of a site's boundary, at most `spacing` apart. A circle around each
 * stands in for the site's buffer; with spacing s and distance d the buffer edge is at most
 * s²/(8d) short of the true one (1.6 cm for 10 m spacing at 800 m).
 */
export function boundaryPoints(rings: readonly PlaneRing[], spacing: number, out: number[]): void {
  for (const ring of rings) {
    const n = ring.length / 2;
    for (let i = 0; i + 1 < n; i += 1) {
      const ax = ring[2 * i] as number;
      const ay = ring[2 * i + 1] as number;
      const bx = ring[2 * i + 2] as number;
      const by = ring[2 * i + 3] as number;
      const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / spacing));
      for (let k = 0; k < steps; k += 1) out.push(ax + ((bx - ax) * k) / steps, ay + ((by - ay) * k) / steps);
    }
    if (n === 1) out.push(ring[0] as number, ring[1] as number);
  }
}

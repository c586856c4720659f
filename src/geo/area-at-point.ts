import type { Overlay, OverlayArea } from '../model/overlay';
import { pointInArea } from './point-in-polygon';

/**
 * The small area under a tapped point, in the topmost visible context layer that has one (the
 * last added is drawn on top). A bounding-box check first keeps a 1,700-area layer quick.
 */
export function areaAtPoint(overlays: readonly Overlay[], point: readonly [number, number]): { overlay: Overlay; area: OverlayArea } | null {
  for (let i = overlays.length - 1; i >= 0; i -= 1) {
    const overlay = overlays[i];
    if (!overlay?.visible) continue;
    for (const area of overlay.areas) if (withinBox(point, area) && pointInArea(point, area.geometry)) return { overlay, area };
  }
  return null;
}

/** True when the point is inside the box around the area's outer rings. */
function withinBox([x, y]: readonly [number, number], area: OverlayArea): boolean {
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygon of polygons)
    for (const [px = NaN, py = NaN] of polygon[0] ?? []) {
      if (px < minX) minX = px;
      if (px > maxX) maxX = px;
      if (py < minY) minY = py;
      if (py > maxY) maxY = py;
    }
  return x >= minX && x <= maxX && y >= minY && y <= maxY;
}

import type { BBox } from '../lib/bbox';

/** Web Mercator y for a latitude, in the units the map's pixels follow. */
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;
const radians = (deg: number) => (deg * Math.PI) / 180;
const degrees = (rad: number) => (rad * 180) / Math.PI;

/**
 * The ground a map frame of this shape shows around `bounds`: the box grown on one side so its
 * width and height (on the Web Mercator map) are in the frame's proportions. Everything in `bounds`
 * is inside, and the print then draws and lists exactly what the frame shows.
 */
export function frameBounds([west, south, east, north]: BBox, frame: { width: number; height: number }): BBox {
  const x0 = radians(west);
  const x1 = radians(east);
  const y0 = mercY(south);
  const y1 = mercY(north);
  const aspect = frame.width / frame.height;
  const width = Math.max(x1 - x0, 1e-9);
  const height = Math.max(y1 - y0, 1e-9);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const [w, h] = width / height > aspect ? [width, width / aspect] : [height * aspect, height];
  return [degrees(cx - w / 2), latOf(cy - h / 2), degrees(cx + w / 2), latOf(cy + h / 2)];
}

/**
 * The frame moved by a share of its size (east and north positive), or resized about its middle
 * by `scale` (above 1 shows more ground): the print view's "Move" and "Show more / less" buttons,
 * and a drag on the preview.
 */
export function moveFrame([west, south, east, north]: BBox, change: { east?: number; north?: number; scale?: number }): BBox {
  const x0 = radians(west);
  const x1 = radians(east);
  const y0 = mercY(south);
  const y1 = mercY(north);
  const scale = change.scale ?? 1;
  const cx = (x0 + x1) / 2 + (x1 - x0) * (change.east ?? 0);
  const cy = (y0 + y1) / 2 + (y1 - y0) * (change.north ?? 0);
  const hw = ((x1 - x0) / 2) * scale;
  const hh = ((y1 - y0) / 2) * scale;
  return [degrees(cx - hw), latOf(cy - hh), degrees(cx + hw), latOf(cy + hh)];
}

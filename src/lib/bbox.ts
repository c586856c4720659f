/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** The bounding box of any nesting of [lon, lat] positions, or null when there are none. */
export function bboxOfCoordinates(coordinates: unknown): BBox | null {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1]);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1]);
      return;
    }
    for (const child of c) visit(child);
  };
  visit(coordinates);
  return Number.isFinite(box[0]) ? box : null;
}

/** The smallest box holding both boxes (either may be null). */
export function unionBBox(a: BBox | null, b: BBox | null): BBox | null {
  if (!a) return b;
  if (!b) return a;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

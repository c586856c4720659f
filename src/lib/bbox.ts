/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** Widens `box` in place to hold every [lon, lat] position in any nesting of `coordinates`. */
function extend(box: BBox, coordinates: unknown): void {
  if (!Array.isArray(coordinates)) return;
  const x: unknown = coordinates[0];
  const y: unknown = coordinates[1];
  if (typeof x === 'number' && typeof y === 'number') {
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
    return;
  }
  for (const child of coordinates) extend(box, child);
}

const emptyBox = (): BBox => [Infinity, Infinity, -Infinity, -Infinity];
const orNull = (box: BBox): BBox | null => (Number.isFinite(box[0]) ? box : null);

/** The bounding box of any nesting of [lon, lat] positions, or null when there are none. */
export function bboxOfCoordinates(coordinates: unknown): BBox | null {
  const box = emptyBox();
  extend(box, coordinates);
  return orNull(box);
}

/**
 * The bounding box of many records' geometries (null when none has one). One box widened in
 * place: framing 100,000 imported assets makes no box per record.
 */
export function bboxOfRecords(records: Iterable<{ geometry: { coordinates: unknown } | null }>): BBox | null {
  const box = emptyBox();
  for (const record of records) if (record.geometry) extend(box, record.geometry.coordinates);
  return orNull(box);
}

/** The smallest box holding both boxes (either may be null). */
export function unionBBox(a: BBox | null, b: BBox | null): BBox | null {
  if (!a) return b;
  if (!b) return a;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** True when two [west, south, east, north] boxes share any point (touching counts). */
export function boxesOverlap(a: readonly number[], b: readonly number[]): boolean {
  const [aw, as, ae, an] = a as BBox;
  const [bw, bs, be, bn] = b as BBox;
  return aw <= be && ae >= bw && as <= bn && an >= bs;
}

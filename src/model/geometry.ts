import { z } from 'zod/mini';
import { round7 } from '../lib/round';
import { fill, msg } from '../lib/i18n/msg';

/** A WGS84 position [longitude, latitude], checked against the ranges a coordinator can correct. */
export const PositionSchema = z.tuple([z.number(), z.number()], z.number(), { error: msg('A position must be a [longitude, latitude] pair of numbers') }).check(
  z.superRefine(([lon, lat], ctx) => {
    if (!Number.isFinite(lon) || lon < -180 || lon > 180) {
      ctx.addIssue({ code: 'custom', message: fill(msg('Longitude {value} is outside -180 to 180'), { value: lon }) });
    }
    if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
      ctx.addIssue({ code: 'custom', message: fill(msg('Latitude {value} is outside -90 to 90'), { value: lat }) });
    }
  }),
);

const samePosition = (a: readonly number[] | undefined, b: readonly number[] | undefined): boolean => !!a && !!b && a[0] === b[0] && a[1] === b[1];

/** A closed linear ring with at least three distinct corners. */
export const RingSchema = z.array(PositionSchema).check(
  z.superRefine((ring, ctx) => {
    if (!samePosition(ring[0], ring[ring.length - 1])) {
      ctx.addIssue({ code: 'custom', message: msg('A boundary ring must end where it starts (it is not closed)') });
    }
    const distinct = new Set(ring.map((p) => `${p[0]},${p[1]}`));
    if (distinct.size < 3) {
      ctx.addIssue({ code: 'custom', message: fill(msg('A boundary needs at least 3 distinct corners; this one has {count}'), { count: distinct.size }) });
    }
  }),
);

export const PointSchema = z.object({ type: z.literal('Point'), coordinates: PositionSchema });
export const PolygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(RingSchema).check(z.minLength(1, msg('A polygon needs an outer ring'))),
});
export const MultiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(RingSchema).check(z.minLength(1, msg('Each polygon needs an outer ring')))).check(z.minLength(1, msg('A multipolygon needs at least one polygon'))),
});

/** Where an asset is: a point, or the outline of a site such as a park. */
export const AssetGeometrySchema = z.discriminatedUnion('type', [PointSchema, PolygonSchema, MultiPolygonSchema], {
  error: msg('The location must be a Point, Polygon or MultiPolygon'),
});
/** A boundary: Polygon or MultiPolygon, holes allowed. */
export const AreaGeometrySchema = z.discriminatedUnion('type', [PolygonSchema, MultiPolygonSchema], {
  error: msg('A boundary must be a Polygon or MultiPolygon'),
});

export type Position = z.infer<typeof PositionSchema>;
export type PointGeometry = z.infer<typeof PointSchema>;
export type PolygonGeometry = z.infer<typeof PolygonSchema>;
export type MultiPolygonGeometry = z.infer<typeof MultiPolygonSchema>;
export type AssetGeometry = z.infer<typeof AssetGeometrySchema>;
export type AreaGeometry = z.infer<typeof AreaGeometrySchema>;

/**
 * The point that stands for an asset wherever one point is needed (which neighbourhood it is in, the
 * coverage table's "assets inside", its marker, the print key): the point itself, or for a site a
 * point on its surface. The mean of the outer ring's corners when that lies inside the site (compact
 * parks and buildings), otherwise the middle of the widest stretch inside along the line halfway up
 * the first polygon (an L-shaped or crescent site, whose mean may lie outside it).
 */
export function representativePoint(geometry: AssetGeometry): Position {
  if (geometry.type === 'Point') return geometry.coordinates;
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : (geometry.coordinates[0] ?? []);
  const corners = (rings[0] ?? []).slice(0, -1);
  if (corners.length === 0) throw new Error('A validated polygon always has corners');
  const sum = corners.reduce<[number, number]>((acc, p) => [acc[0] + p[0], acc[1] + p[1]], [0, 0]);
  const mean: Position = [sum[0] / corners.length, sum[1] / corners.length];
  return insideRings(mean, rings) ? mean : (middleOfWidestStretch(rings) ?? mean);
}

/** Even-odd point in polygon over every ring (holes included). */
function insideRings([x, y]: Position, rings: readonly Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as Position;
      const [xj, yj] = ring[j] as Position;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Where the line halfway up the outer ring crosses the rings, the middle of the widest inside stretch. */
function middleOfWidestStretch(rings: readonly Position[][]): Position | null {
  const ys = (rings[0] ?? []).map((p) => p[1]);
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as Position;
      const [xj, yj] = ring[j] as Position;
      if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
  }
  xs.sort((a, b) => a - b);
  let best: Position | null = null;
  let widest = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const width = (xs[i + 1] as number) - (xs[i] as number);
    if (width > widest) [widest, best] = [width, [((xs[i] as number) + (xs[i + 1] as number)) / 2, y]];
  }
  return best;
}

/** The same geometry shifted so its representative point lands on `to` (how a site is moved). */
export function moveGeometryTo(geometry: AssetGeometry, to: Position): AssetGeometry {
  const from = representativePoint(geometry);
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const round = round7;
  const shift = (p: Position): Position => [round(p[0] + dx), round(p[1] + dy)];
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: [round(to[0]), round(to[1])] };
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(shift)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(shift))) };
  }
}

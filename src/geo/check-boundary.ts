import { AreaGeometrySchema, type AreaGeometry, type Position } from '../model/geometry';
import { describeIssues } from '../model/problems';
import { err, ok, type Problem, type Result } from '../lib/result';
import { fill, msg } from '../lib/i18n/msg';

/** A boundary that passed: closed, tidied, valid. */
export interface CheckedBoundary {
  geometry: AreaGeometry;
  notices: string[];
}

/** Why a boundary was refused, with what the map needs to show it. */
export interface BoundaryFault extends Problem {
  /** Where the boundary crosses itself, to show on the map. */
  crossings: Position[];
  /** A valid version of the shape (each loop of a figure-of-eight as its own part), when one can be made. */
  repaired?: AreaGeometry;
}

export type BoundaryCheck = Result<CheckedBoundary, BoundaryFault>;
const fault = (message: string, crossings: Position[] = [], repaired?: AreaGeometry): BoundaryCheck => err({ message, crossings, ...(repaired ? { repaired } : {}) });

export type Ring = Position[];

/** Makes a self-crossing shape valid, or says it cannot (geo/repair-boundary.ts; loaded when needed). */
export type Repair = (polygons: Ring[][]) => AreaGeometry | undefined;
const samePoint = (a: Position | undefined, b: Position | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];
const isPosition = (p: unknown): p is Position => Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number';

/** The polygons of a raw GeoJSON geometry as rings of positions, or a reason it has none. */
function polygonsOf(raw: unknown): Ring[][] | string {
  const g = raw as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object') return msg('The boundary has no geometry.');
  const asRings = (rings: unknown): Ring[] | null => (Array.isArray(rings) && rings.every((r) => Array.isArray(r) && r.every(isPosition)) ? (rings as Ring[]) : null);
  if (g.type === 'Polygon') {
    const rings = asRings(g.coordinates);
    return rings && rings.length > 0 ? [rings] : msg('The polygon has no valid rings of [longitude, latitude] positions.');
  }
  if (g.type === 'MultiPolygon' && Array.isArray(g.coordinates)) {
    const parts = g.coordinates.map(asRings);
    return parts.length > 0 && parts.every((p) => p && p.length > 0) ? (parts as Ring[][]) : msg('The multipolygon has a part without valid rings.');
  }
  return typeof g.type === 'string' ? fill(msg('A boundary must be a Polygon or MultiPolygon, not {type}.'), { type: g.type }) : msg('A boundary must be a Polygon or MultiPolygon.');
}

/** Where two segments cross, or null. Touching at shared ends does not count. */
function crossing(a: Position, b: Position, c: Position, d: Position): Position | null {
  const r = [b[0] - a[0], b[1] - a[1]];
  const s = [d[0] - c[0], d[1] - c[1]];
  const denominator = r[0]! * s[1]! - r[1]! * s[0]!;
  if (denominator === 0) return null; // parallel; collinear overlaps are rare in drawn shapes
  const t = ((c[0] - a[0]) * s[1]! - (c[1] - a[1]) * s[0]!) / denominator;
  const u = ((c[0] - a[0]) * r[1]! - (c[1] - a[1]) * r[0]!) / denominator;
  const eps = 1e-12;
  if (t <= eps || t >= 1 - eps || u <= eps || u >= 1 - eps) return null;
  return [a[0] + t * r[0]!, a[1] + t * r[1]!];
}

/**
 * Every place where the rings of one polygon cross themselves or each other. A sweep along x
 * compares only edges whose x-ranges overlap, so a 4,000-corner ward takes milliseconds.
 */
export function findCrossings(rings: readonly Ring[]): Position[] {
  const edges: { a: Position; b: Position; ring: number; index: number; size: number; minX: number; maxX: number }[] = [];
  rings.forEach((ring, r) => {
    for (let i = 1; i < ring.length; i += 1) {
      const a = ring[i - 1]!;
      const b = ring[i]!;
      edges.push({ a, b, ring: r, index: i - 1, size: ring.length - 1, minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]) });
    }
  });
  edges.sort((p, q) => p.minX - q.minX);
  const found: Position[] = [];
  for (let i = 0; i < edges.length; i += 1) {
    const e = edges[i]!;
    for (let j = i + 1; j < edges.length && edges[j]!.minX <= e.maxX; j += 1) {
      const f = edges[j]!;
      if (e.ring === f.ring) {
        const gap = Math.abs(e.index - f.index);
        if (gap === 1 || gap === e.size - 1) continue; // neighbours share a corner
      }
      const hit = crossing(e.a, e.b, f.a, f.b);
      if (hit) found.push(hit);
    }
  }
  return found;
}

function tidyRing(ring: Ring, notices: Set<string>): Ring {
  const tidy: Ring = [];
  for (const p of ring) if (!samePoint(tidy[tidy.length - 1], p)) tidy.push([p[0], p[1]]);
  if (tidy.length < ring.length) notices.add(msg('Repeated corners (the same point twice in a row) were removed.'));
  if (tidy.length > 0 && !samePoint(tidy[0], tidy[tidy.length - 1])) {
    tidy.push(tidy[0]!);
    notices.add(msg('A ring that did not end where it started was closed.'));
  }
  return tidy;
}

const fmt = (p: Position) => `${p[1].toFixed(5)}, ${p[0].toFixed(5)}`;

/**
 * Checks a boundary drawn or imported: closes open rings and drops repeated corners (with a
 * notice), refuses rings with fewer than three distinct corners, and reports where a boundary
 * crosses itself, with a repaired shape to offer when `repair` is given and can make one. Repairing
 * needs Turf's unkink (about 5 KB gzip), so the callers load it only where a repair is offered.
 */
export function checkBoundary(raw: unknown, repair: Repair | null = null): BoundaryCheck {
  const polygons = polygonsOf(raw);
  if (typeof polygons === 'string') return fault(polygons);
  const notices = new Set<string>();
  const tidied = polygons.map((rings) => rings.map((ring) => tidyRing(ring, notices)));
  for (const rings of tidied) {
    for (const ring of rings) {
      const distinct = new Set(ring.map((p) => `${p[0]},${p[1]}`)).size;
      if (distinct < 3) return fault(fill(msg('A boundary needs at least 3 distinct corners; one ring has only {count}.'), { count: distinct }));
    }
  }
  const crossings = tidied.flatMap((rings) => findCrossings(rings));
  if (crossings.length > 0) {
    const where = crossings.slice(0, 3).map(fmt).join('; ');
    const repaired = repair?.(tidied);
    const count = crossings.length;
    const text =
      count === 1
        ? fill(msg('The boundary crosses itself at one place (latitude, longitude: {where}).'), { where })
        : count <= 3
          ? fill(msg('The boundary crosses itself at {count} places (latitude, longitude: {where}).'), { count, where })
          : fill(msg('The boundary crosses itself at {count} places (latitude, longitude: {where} and {more} more).'), { count, where, more: count - 3 });
    return fault(text, crossings, repaired);
  }
  const geometry = tidied.length === 1 && (raw as { type?: unknown }).type === 'Polygon' ? { type: 'Polygon', coordinates: tidied[0] } : { type: 'MultiPolygon', coordinates: tidied };
  const parsed = AreaGeometrySchema.safeParse(geometry);
  if (!parsed.success) return fault(describeIssues(parsed.error).join('; '));
  return ok({ geometry: parsed.data, notices: [...notices] });
}

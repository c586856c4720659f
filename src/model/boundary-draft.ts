import type { AreaGeometry, Position } from './geometry';
import { round7 } from '../lib/round';

/**
 * A boundary being drawn or edited: polygon parts → rings → corners, each ring open (the closing
 * corner is added when the draft becomes a geometry). Pure, so the map and the tests share it.
 */
export interface BoundaryDraft {
  parts: Position[][][];
}

/** Addresses one corner: part, ring, index. */
export interface CornerRef {
  part: number;
  ring: number;
  index: number;
}

export const EMPTY_BOUNDARY: BoundaryDraft = { parts: [[[]]] };
export const cornerKey = (c: CornerRef) => `${c.part}:${c.ring}:${c.index}`;
export function parseCornerKey(key: string): CornerRef | null {
  const [part, ring, index] = key.split(':').map(Number);
  return Number.isInteger(part) && Number.isInteger(ring) && Number.isInteger(index) ? { part: part!, ring: ring!, index: index! } : null;
}

const open = (ring: readonly Position[]): Position[] => {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1];
  return (closed ? ring.slice(0, -1) : ring.slice()).map((p) => [p[0], p[1]]);
};

/** A stored boundary as an editable draft. */
export function draftFromGeometry(geometry: AreaGeometry): BoundaryDraft {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return { parts: polygons.map((rings) => rings.map(open)) };
}

const round = round7;
const at = (p: readonly number[]): Position => [round(p[0]!), round(p[1]!)];

function mapRing(draft: BoundaryDraft, ref: Omit<CornerRef, 'index'>, change: (ring: Position[]) => Position[]): BoundaryDraft {
  return {
    parts: draft.parts.map((rings, p) => (p !== ref.part ? rings : rings.map((ring, r) => (r !== ref.ring ? ring : change(ring))))),
  };
}

/** Adds a corner at the end of the first ring (drawing a new boundary by taps). */
export const addCorner = (draft: BoundaryDraft, p: readonly number[]) => mapRing(draft, { part: 0, ring: 0 }, (ring) => [...ring, at(p)]);
/** Removes the last corner drawn. */
export const removeLastCorner = (draft: BoundaryDraft) => mapRing(draft, { part: 0, ring: 0 }, (ring) => ring.slice(0, -1));
/** Moves one corner. */
export const moveCorner = (draft: BoundaryDraft, c: CornerRef, p: readonly number[]) => mapRing(draft, c, (ring) => ring.map((q, i) => (i === c.index ? at(p) : q)));
/** Inserts a corner after `c` (on the edge from c to the next corner). */
export const insertCornerAfter = (draft: BoundaryDraft, c: CornerRef, p: readonly number[]) => mapRing(draft, c, (ring) => [...ring.slice(0, c.index + 1), at(p), ...ring.slice(c.index + 1)]);

/** Removes one corner; refused (null) when its ring would keep fewer than three. */
export function removeCorner(draft: BoundaryDraft, c: CornerRef): BoundaryDraft | null {
  const ring = draft.parts[c.part]?.[c.ring];
  if (!ring || ring.length <= 3) return null;
  return mapRing(draft, c, (r) => r.filter((_, i) => i !== c.index));
}

export const cornerCount = (draft: BoundaryDraft) => draft.parts.reduce((n, rings) => n + rings.reduce((m, ring) => m + ring.length, 0), 0);

/** Every corner with its reference, and each edge's midpoint (where a tap inserts a corner). */
export function cornersAndMidpoints(draft: BoundaryDraft, closed: boolean): { corners: { ref: CornerRef; at: Position }[]; midpoints: { after: CornerRef; at: Position }[] } {
  const corners: { ref: CornerRef; at: Position }[] = [];
  const midpoints: { after: CornerRef; at: Position }[] = [];
  draft.parts.forEach((rings, part) =>
    rings.forEach((ring, r) =>
      ring.forEach((p, index) => {
        corners.push({ ref: { part, ring: r, index }, at: p });
        const next = ring[index + 1] ?? (closed && ring.length >= 3 ? ring[0] : undefined);
        if (next) midpoints.push({ after: { part, ring: r, index }, at: [(p[0] + next[0]) / 2, (p[1] + next[1]) / 2] });
      }),
    ),
  );
  return { corners, midpoints };
}

/** The draft as raw GeoJSON (rings closed), for checking with checkBoundary before it is saved. */
export function draftToRawGeometry(draft: BoundaryDraft): { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } {
  const close = (ring: Position[]) => (ring.length > 0 ? [...ring, ring[0]!] : ring);
  const polygons = draft.parts.map((rings) => rings.map(close));
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
}

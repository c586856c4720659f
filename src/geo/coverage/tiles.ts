import { EMPTY_SURFACE, type CoverageAnswer, type PriorityArea } from '../../model/coverage';
import { bboxOfCoordinates, boxesOverlap, unionBBox, type BBox } from '../../lib/bbox';
import type { CoverageRequest } from './analyse-coverage';
import { cellSizeFor, needsTiles } from './grid';

/** Tiles about 35 km a side: a county's worth of 15 m cells (about 5.5 million) each. */
export const TILE_METRES = 35_000;
const METRES_PER_DEGREE = 111_195;

/**
 * A region too large for one grid, cut into tiles of neighbourhoods: each neighbourhood goes to
 * the tile holding the middle of its bounding box, and each tile takes every asset, site and home
 * within the distance of its neighbourhoods, so each tile's answer is what the whole would give
 * (an area's coverage depends only on assets within the distance). Each tile then keeps 15 m cells
 * however large the region, and tiles can run side by side in worker threads with memory bounded
 * by the tiles in flight. The distance surface is left out: it is drawn for a county at most.
 */
export function splitIntoTiles(request: CoverageRequest, tileMetres = TILE_METRES): CoverageRequest[] {
  const groups = new Map<string, CoverageRequest['areas'][number][]>();
  for (const area of request.areas) {
    const box = bboxOfCoordinates(area.geometry.coordinates);
    if (!box) continue;
    const lat = (box[1] + box[3]) / 2;
    const column = Math.floor((((box[0] + box[2]) / 2) * METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180)) / tileMetres);
    const row = Math.floor((lat * METRES_PER_DEGREE) / tileMetres);
    const key = `${column},${row}`;
    const group = groups.get(key);
    if (group) group.push(area);
    else groups.set(key, [area]);
  }
  return [...groups.values()].map((areas) => {
    const box = areas.reduce<BBox | null>((b, a) => unionBBox(b, bboxOfCoordinates(a.geometry.coordinates)), null) as BBox;
    const reach = widen(box, request.distance);
    const [widthM, heightM] = boxSizeMetres(box);
    return {
      ...request,
      areas,
      points: pointsWithin(request.points, reach),
      ...(request.homes ? { homes: pointsWithin(request.homes, box) } : {}),
      sites: request.sites.filter((site) => boxesOverlap(bboxOfCoordinates(site.coordinates) ?? [0, 0, -1, -1], reach)),
      ...(request.smallAreas ? { smallAreas: request.smallAreas.filter((s) => boxesOverlap(bboxOfCoordinates(s.geometry.coordinates) ?? [0, 0, -1, -1], box)) } : {}),
      cellSize: request.cellSize ?? cellSizeFor(widthM, heightM),
      withoutSurface: true,
    };
  });
}

/** The tiles' answers as one: areas and gaps side by side, a small area met by two tiles once. */
export function mergeTiles(answers: readonly CoverageAnswer[], distance: number): CoverageAnswer {
  const priority = new Map<string, PriorityArea>();
  for (const answer of answers) {
    for (const p of answer.priority) {
      const seen = priority.get(p.code);
      priority.set(p.code, seen ? { ...seen, neighbourhoodIds: [...new Set([...seen.neighbourhoodIds, ...p.neighbourhoodIds])] } : p);
    }
  }
  return {
    method: { distance, cellSize: Math.max(0, ...answers.map((a) => a.method.cellSize)), hexSize: answers[0]?.method.hexSize ?? 0 },
    areas: answers.flatMap((a) => a.areas),
    gaps: answers.flatMap((a) => a.gaps),
    surface: EMPTY_SURFACE,
    priority: [...priority.values()].sort((a, b) => b.uncoveredShare - a.uncoveredShare || a.decile - b.decile || a.code.localeCompare(b.code)),
  };
}

/** A lon/lat box's width and height in metres, at its middle latitude. */
export function boxSizeMetres(box: BBox): [number, number] {
  return [(box[2] - box[0]) * METRES_PER_DEGREE * Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180), (box[3] - box[1]) * METRES_PER_DEGREE];
}

/** Whether these areas span more than one grid of 15 m cells holds (a county): then cut them into tiles. */
export function areasNeedTiles(areas: readonly { readonly geometry: { readonly coordinates: unknown } }[]): boolean {
  const box = areas.reduce<BBox | null>((b, a) => unionBBox(b, bboxOfCoordinates(a.geometry.coordinates)), null);
  return box !== null && needsTiles(...boxSizeMetres(box));
}

/** A lon/lat box grown by `metres` on every side. */
function widen(box: BBox, metres: number): BBox {
  const dLat = metres / METRES_PER_DEGREE;
  const dLon = metres / (METRES_PER_DEGREE * Math.cos((Math.max(Math.abs(box[1]), Math.abs(box[3])) * Math.PI) / 180));
  return [box[0] - dLon, box[1] - dLat, box[2] + dLon, box[3] + dLat];
}

function pointsWithin(points: Float64Array, box: BBox): Float64Array {
  const kept: number[] = [];
  for (let i = 0; i < points.length; i += 2) {
    const lon = points[i] as number;
    const lat = points[i + 1] as number;
    if (lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3]) kept.push(lon, lat);
  }
  return new Float64Array(kept);
}

import type { AreaGeometry } from '../model/geometry';
import { prepareArea } from './prepared-area';

/** Overlaps smaller than this share of the smaller area are slivers from generalised boundaries. */
const MIN_SHARE = 0.01;
const GRID = 40;

/**
 * For each area, the ids of the others it overlaps by more than a sliver. Neighbours that only share
 * an edge do not count. Only pairs whose boxes meet are compared, by sampling a 40 × 40 grid over
 * the boxes' common part: a shared edge has no area, so no sample lands in both by touching alone.
 * Milliseconds for a ward file where exact polygon intersection takes seconds.
 */
export function overlappingAreas(areas: readonly { id: string; geometry: AreaGeometry }[]): Map<string, string[]> {
  const result = new Map<string, string[]>(areas.map((a) => [a.id, []]));
  const prepared = areas.map((a) => ({ id: a.id, area: prepareArea(a.geometry) }));
  for (let i = 0; i < prepared.length; i += 1) {
    for (let j = i + 1; j < prepared.length; j += 1) {
      const a = prepared[i]!;
      const b = prepared[j]!;
      const [west, south] = [Math.max(a.area.box[0], b.area.box[0]), Math.max(a.area.box[1], b.area.box[1])];
      const [east, north] = [Math.min(a.area.box[2], b.area.box[2]), Math.min(a.area.box[3], b.area.box[3])];
      if (west >= east || south >= north) continue;
      let inA = 0;
      let inB = 0;
      let inBoth = 0;
      for (let gx = 0; gx < GRID; gx += 1) {
        for (let gy = 0; gy < GRID; gy += 1) {
          const x = west + ((gx + 0.5) / GRID) * (east - west);
          const y = south + ((gy + 0.5) / GRID) * (north - south);
          const hitA = a.area.contains(x, y);
          const hitB = b.area.contains(x, y);
          inA += hitA ? 1 : 0;
          inB += hitB ? 1 : 0;
          inBoth += hitA && hitB ? 1 : 0;
        }
      }
      if (inBoth >= Math.max(2, MIN_SHARE * Math.min(inA, inB))) {
        result.get(a.id)!.push(b.id);
        result.get(b.id)!.push(a.id);
      }
    }
  }
  return result;
}

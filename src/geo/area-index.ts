import Flatbush from 'flatbush';
import type { AreaGeometry, Position } from '../model/geometry';
import { prepareArea, type PreparedArea } from './prepared-area';

/** Answers "which of these areas hold this point?" for many points. */
export interface AreaIndex {
  /** The ids of the areas containing [lon, lat], in the order the areas were given. */
  locate(point: Position | readonly [number, number]): string[];
}

/**
 * An R-tree (Flatbush) over the areas' boxes, then a banded point-in-polygon test on the few
 * candidates: cost per point grows with log(areas) and the edges near the point, not with the
 * total vertex count.
 */
export function buildAreaIndex(areas: readonly { id: string; geometry: AreaGeometry }[]): AreaIndex {
  if (areas.length === 0) return { locate: () => [] };
  const prepared: PreparedArea[] = areas.map((a) => prepareArea(a.geometry));
  const tree = new Flatbush(areas.length);
  for (const { box } of prepared) tree.add(box[0], box[1], box[2], box[3]);
  tree.finish();
  return {
    locate([x, y]) {
      const hits = tree.search(x, y, x, y).filter((i) => prepared[i]!.contains(x, y));
      return hits.sort((a, b) => a - b).map((i) => areas[i]!.id);
    },
  };
}

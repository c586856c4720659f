import Flatbush from 'flatbush';
import type { Asset } from '../model/asset';
import type { AreaGeometry, AssetGeometry } from '../model/geometry';
import { representativePoint } from '../model/geometry';
import type { Neighbourhood } from '../model/neighbourhood';
import { bboxOfCoordinates } from '../lib/bbox';
import { buildAreaIndex } from './area-index';

/**
 * A function from an asset's geometry to the ids of the neighbourhoods it lies in (by its
 * representative point). Build it once per batch: the spatial index is made when this is called.
 */
export function neighbourhoodLocator(areas: readonly Neighbourhood[]): (geometry: AssetGeometry | null) => string[] {
  const index = buildAreaIndex(areas);
  return (geometry) => (geometry ? index.locate(representativePoint(geometry)) : []);
}

/** The ids of the neighbourhoods one asset lies in; for many assets, make one neighbourhoodLocator. */
export function neighbourhoodsContaining(geometry: AssetGeometry | null, areas: readonly Neighbourhood[]): string[] {
  return neighbourhoodLocator(areas)(geometry);
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

export interface Reassignment<T> {
  /** The assets whose neighbourhoods changed, with their new `neighbourhoodIds`. */
  changed: T[];
  /** How many assets were tested: only those near the boundaries that changed. */
  tested: number;
}

/**
 * After boundaries change (drawn, edited, deleted, imported), works out which assets now lie in
 * other neighbourhoods. Only assets inside the boxes of the changed geometries (before and after)
 * are tested, found through a point R-tree, so editing one boundary touches only its neighbours.
 */
export function reassignNear<T extends Pick<Asset, 'geometry' | 'neighbourhoodIds'>>(
  assets: readonly T[],
  areasAfter: readonly Neighbourhood[],
  changedGeometries: readonly AreaGeometry[],
): Reassignment<T> {
  const located = assets.filter((a) => a.geometry !== null);
  if (located.length === 0 || changedGeometries.length === 0) return { changed: [], tested: 0 };
  const points = located.map((a) => representativePoint(a.geometry as AssetGeometry));
  const tree = new Flatbush(points.length);
  for (const [x, y] of points) tree.add(x, y, x, y);
  tree.finish();
  const near = new Set<number>();
  for (const geometry of changedGeometries) {
    const box = bboxOfCoordinates(geometry.coordinates);
    if (box) for (const i of tree.search(box[0], box[1], box[2], box[3])) near.add(i);
  }
  const index = buildAreaIndex(areasAfter);
  const changed: T[] = [];
  for (const i of near) {
    const asset = located[i]!;
    const ids = index.locate(points[i]!);
    if (!sameIds(ids, asset.neighbourhoodIds)) changed.push({ ...asset, neighbourhoodIds: ids });
  }
  return { changed, tested: near.size };
}

import type { AssetGeometry, AreaGeometry } from '../../model/geometry';

/**
 * Splits asset geometries into what the engine takes: points as one flat lon, lat column (cheap to
 * send to a worker) and sites (parks, green spaces) as boundaries. Assets with no place are skipped.
 */
export function assetColumns(geometries: Iterable<AssetGeometry | null>): { points: Float64Array; sites: AreaGeometry[] } {
  const points: number[] = [];
  const sites: AreaGeometry[] = [];
  for (const g of geometries) {
    if (!g) continue;
    if (g.type === 'Point') points.push(g.coordinates[0], g.coordinates[1]);
    else sites.push(g);
  }
  return { points: new Float64Array(points), sites };
}

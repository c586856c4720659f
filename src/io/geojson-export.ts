import type { Asset } from '../model/asset';
import type { Neighbourhood } from '../model/neighbourhood';
import { flatAssetProperties, selectForExport, type ExportNames, type FlatValue, type PrivacyReport } from './asset-properties';
import { toRfc7946 } from './geometry-out';

export interface GeoJsonFeature {
  type: 'Feature';
  id: string;
  geometry: ReturnType<typeof toRfc7946> | null;
  properties: Record<string, FlatValue>;
}
export interface GeoJsonCollection {
  type: 'FeatureCollection';
  features: GeoJsonFeature[];
}

/**
 * Assets as an RFC 7946 FeatureCollection (no `crs`: WGS84 lon/lat, ≤ 7 decimals, right-hand
 * winding, a string id on every feature repeated in properties.id). People only when asked.
 */
export function assetsToGeoJson(assets: readonly Asset[], includePersonal: boolean, names?: ExportNames): { collection: GeoJsonCollection; report: PrivacyReport } {
  const { assets: kept, report } = selectForExport(assets, includePersonal);
  return {
    collection: {
      type: 'FeatureCollection',
      features: kept.map((a) => ({ type: 'Feature', id: a.id, geometry: a.geometry ? toRfc7946(a.geometry) : null, properties: flatAssetProperties(a, includePersonal, names) })),
    },
    report,
  };
}

export function neighbourhoodsToGeoJson(areas: readonly Neighbourhood[]): GeoJsonCollection {
  return {
    type: 'FeatureCollection',
    features: areas.map((n) => ({
      type: 'Feature',
      id: n.id,
      geometry: toRfc7946(n.geometry),
      properties: { id: n.id, name: n.name, code: n.code ?? null, notes: n.notes, source: n.source, created_at: n.createdAt, updated_at: n.updatedAt },
    })),
  };
}

import type { Asset } from '../model/asset';
import { representativePoint } from '../model/geometry';
import { flatAssetProperties, selectForExport, type ExportNames, type FlatValue, type PrivacyReport } from './asset-properties';
import { toWkt } from './geometry-out';
import { toBritishNationalGrid } from './british-national-grid';
import { round7 } from '../lib/round';
import { columnsOf, rowsToCsv, type CsvFlavour } from './csv-rows';

/**
 * Assets as CSV. "gis": longitude, latitude, easting and northing (EPSG:27700, approximate to a few
 * metres) and WKT, as QGIS's delimited-text reader or ogr2ogr take it. "excel": UTF-8 with a BOM so
 * Excel reads accents, and no cell that a spreadsheet would execute.
 */
export function assetsToCsv(assets: readonly Asset[], flavour: CsvFlavour, includePersonal: boolean, names?: ExportNames): { csv: string; columns: string[]; report: PrivacyReport } {
  const { assets: kept, report } = selectForExport(assets, includePersonal);
  const rows = kept.map((asset) => {
    const row = flatAssetProperties(asset, includePersonal, names);
    const point = asset.geometry ? representativePoint(asset.geometry) : null;
    const grid = point ? toBritishNationalGrid(point) : null;
    const located: Record<string, FlatValue> = {
      longitude: point ? round7(point[0]) : null,
      latitude: point ? round7(point[1]) : null,
      ...(flavour === 'gis' ? { easting: grid?.[0] ?? null, northing: grid?.[1] ?? null, wkt: asset.geometry ? toWkt(asset.geometry) : null } : {}),
    };
    return { ...row, ...located };
  });
  return { csv: rowsToCsv(rows, flavour), columns: columnsOf(rows), report };
}

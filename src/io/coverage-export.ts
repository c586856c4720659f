import type { Analysis } from '../model/coverage';
import { bandOf, describeMethod, distanceBands, surfaceCells } from '../model/coverage';
import type { FlatValue } from './asset-properties';
import { rowsToCsv, type CsvFlavour } from './csv-rows';
import type { GeoJsonCollection } from './geojson-export';
import { toRfc7946 } from './geometry-out';

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const hectares = (m2: number) => round(m2 / 10_000, 2);
const percent = (share: number) => round(share * 100, 2);

/** What produced every figure, repeated on every row and feature so a file read alone still says it. */
function methodColumns(analysis: Analysis): Record<string, FlatValue> {
  return {
    distance_m: analysis.method.distance,
    method: describeMethod(analysis.method),
    cell_size_m: analysis.method.cellSize,
    analysed_at: analysis.createdAt,
  };
}

/** The gap polygons: one feature per neighbourhood with any ground out of reach (RFC 7946). */
export function gapsToGeoJson(analysis: Analysis): GeoJsonCollection {
  const byId = new Map(analysis.areas.map((a) => [a.id, a]));
  return {
    type: 'FeatureCollection',
    features: analysis.gaps.flatMap((gap) => {
      const area = byId.get(gap.id);
      if (!gap.geometry || !area) return [];
      const id = `gap-${gap.id}`;
      return [
        {
          type: 'Feature' as const,
          id,
          geometry: toRfc7946(gap.geometry),
          properties: {
            id,
            neighbourhood_id: area.id,
            neighbourhood: area.name,
            code: area.code || null,
            covered_pct: percent(area.coveredShare),
            gap_ha: hectares(area.gapM2),
            ...methodColumns(analysis),
          },
        },
      ];
    }),
  };
}

/** The distance-to-nearest surface: one hexagon per feature with its distance and band. */
export function surfaceToGeoJson(analysis: Analysis): GeoJsonCollection {
  const bands = distanceBands(analysis.method.distance);
  return {
    type: 'FeatureCollection',
    features: [...surfaceCells(analysis.surface)].map((cell, i) => {
      const id = `hex-${i + 1}`;
      return {
        type: 'Feature' as const,
        id,
        geometry: toRfc7946({ type: 'Polygon', coordinates: [cell.ring] }),
        properties: {
          id,
          nearest_m: cell.distance === null ? null : Math.round(cell.distance),
          band: bands[bandOf(cell.distance, bands)]?.label ?? '',
          hex_size_m: analysis.method.hexSize,
          ...methodColumns(analysis),
        },
      };
    }),
  };
}

/** The per-neighbourhood table, ranked by gap (largest first), as CSV for GIS or Excel. */
export function coverageTableCsv(analysis: Analysis, flavour: CsvFlavour, homesLabel = analysis.homesLabel): string {
  const rows = [...analysis.areas]
    .sort((a, b) => b.gapM2 - a.gapM2)
    .map((a, i) => ({
      rank: i + 1,
      neighbourhood: a.name,
      code: a.code || null,
      area_ha: hectares(a.areaM2),
      covered_pct: percent(a.coveredShare),
      gap_ha: hectares(a.gapM2),
      assets_inside: a.assetsInside,
      homes: a.homesTotal,
      homes_within_pct: a.homesTotal ? percent((a.homesReached ?? 0) / a.homesTotal) : null,
      homes_source: homesLabel || null,
      ...methodColumns(analysis),
    }));
  return rowsToCsv(rows, flavour);
}

/** The priority areas: deprived small areas ranked by how much of them is out of reach. */
export function priorityTableCsv(analysis: Analysis, flavour: CsvFlavour, neighbourhoodName: (id: string) => string): string {
  const rows = analysis.priority.map((p, i) => ({
    rank: i + 1,
    area_code: p.code,
    area_name: p.name || null,
    decile: p.decile,
    uncovered_pct: percent(p.uncoveredShare),
    area_ha: hectares(p.areaM2),
    neighbourhoods: p.neighbourhoodIds.map(neighbourhoodName).join('; '),
    deprivation_source: analysis.deprivationLabel || null,
    ...methodColumns(analysis),
  }));
  return rowsToCsv(rows, flavour);
}

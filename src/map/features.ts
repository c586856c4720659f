import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { ConnectionLine } from '../model/connections';
import type { Asset } from '../model/asset';
import type { Neighbourhood } from '../model/neighbourhood';
import type { Overlay } from '../model/overlay';
import { choroplethClasses, classColour } from '../model/choropleth';
import { representativePoint } from '../model/geometry';
import { bandOf, distanceBands, surfaceCells, type Analysis } from '../model/coverage';
import { needsShaping } from './shaped-labels';

/** What a marker needs to know; personal fields never reach the map's data. */
export interface AssetMarkerProps {
  id: string;
  name: string;
  category: Asset['category'];
  type: string;
  status: Asset['status'];
  /** The name is in a script the browser must draw (shaped-labels.ts); absent for the rest. */
  shaped?: true;
}

const markerProps = (a: Asset): AssetMarkerProps => ({ id: a.id, name: a.name, category: a.category, type: a.type, status: a.status, ...(needsShaping(a.name) ? { shaped: true } : {}) });

/** An asset's marker (a site at its representative point), or null when it has no place. */
export function assetPoint(asset: Asset): Feature<Point, AssetMarkerProps> | null {
  if (!asset.geometry) return null;
  return { type: 'Feature', id: asset.id, geometry: { type: 'Point', coordinates: representativePoint(asset.geometry) }, properties: markerProps(asset) };
}

/** The outlines of assets that are sites (parks, fields), drawn under the markers. */
export function assetSites(assets: readonly Asset[]): FeatureCollection<Polygon | MultiPolygon, AssetMarkerProps> {
  const features: Feature<Polygon | MultiPolygon, AssetMarkerProps>[] = [];
  for (const asset of assets) {
    const g = asset.geometry;
    if (g && g.type !== 'Point') features.push({ type: 'Feature', id: asset.id, geometry: g, properties: markerProps(asset) });
  }
  return { type: 'FeatureCollection', features };
}

export function neighbourhoodFeatures(areas: readonly Neighbourhood[]): FeatureCollection<Polygon | MultiPolygon, { id: string; name: string; shaped?: true }> {
  return {
    type: 'FeatureCollection',
    features: areas.map((n) => ({ type: 'Feature', id: n.id, geometry: n.geometry, properties: { id: n.id, name: n.name, ...(needsShaping(n.name) ? { shaped: true as const } : {}) } })),
  };
}

/** Every area of the visible context layers, with the colour of its class (none when it has no value). */
export function overlayFeatures(overlays: readonly Overlay[]): FeatureCollection<Polygon | MultiPolygon, { layer: string; code: string; colour?: string }> {
  const features: Feature<Polygon | MultiPolygon, { layer: string; code: string; colour?: string }>[] = [];
  for (const overlay of overlays) {
    if (!overlay.visible) continue;
    const field = overlay.valueField ?? '';
    const classes = choroplethClasses(
      field,
      overlay.areas.map((a) => a.values[field]),
    );
    for (const area of overlay.areas) {
      const colour = classColour(classes, area.values[field]);
      features.push({ type: 'Feature', geometry: area.geometry, properties: { layer: overlay.id, code: area.code, ...(colour ? { colour } : {}) } });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** The gap polygons of an analysis, one feature per neighbourhood with a gap. */
export function coverageGapFeatures(analysis: Analysis | null): FeatureCollection<MultiPolygon, { id: string }> {
  const features: Feature<MultiPolygon, { id: string }>[] = [];
  for (const gap of analysis?.gaps ?? []) if (gap.geometry) features.push({ type: 'Feature', geometry: gap.geometry, properties: { id: gap.id } });
  return { type: 'FeatureCollection', features };
}

/** The hexagons of the distance surface, coloured by band. */
export function coverageSurfaceFeatures(analysis: Analysis | null): FeatureCollection<Polygon, { colour: string }> {
  if (!analysis) return { type: 'FeatureCollection', features: [] };
  const bands = distanceBands(analysis.method.distance);
  return {
    type: 'FeatureCollection',
    features: [...surfaceCells(analysis.surface)].map((cell) => ({
      type: 'Feature' as const,
      geometry: { type: 'Polygon' as const, coordinates: [cell.ring] },
      properties: { colour: bands[bandOf(cell.distance, bands)]?.colour ?? '#999' },
    })),
  };
}

/** The links between shown assets as arcs, each carrying its relation for its line style. */
export function connectionFeatures(lines: readonly ConnectionLine[]): FeatureCollection<LineString, { relation: string; from: string; to: string }> {
  return {
    type: 'FeatureCollection',
    features: lines.map((l) => ({ type: 'Feature', geometry: { type: 'LineString', coordinates: l.coordinates }, properties: { relation: l.relation, from: l.fromId, to: l.toId } })),
  };
}

/** Photo walk photos where they were taken. */
export function walkPhotoFeatures(photos: readonly { id: string; at: readonly [number, number] | number[] }[]): FeatureCollection<Point, { id: string }> {
  return { type: 'FeatureCollection', features: photos.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [...p.at] }, properties: { id: p.id } })) };
}

/** Money awarded in one neighbourhood, drawn at its middle as a disc sized by the sum. */
export interface InvestmentSymbol {
  id: string;
  at: readonly [number, number] | number[];
  label: string;
  /** Pixels: the disc's area is in proportion to the money. */
  radius: number;
}

/** The discs' labels are in the chosen language: Urdu or Punjabi ones are drawn by the browser (shaped-labels.ts). */
export function investmentFeatures(symbols: readonly InvestmentSymbol[]): FeatureCollection<Point, { id: string; label: string; radius: number; shaped?: true }> {
  return {
    type: 'FeatureCollection',
    features: symbols.map((s) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...s.at] },
      properties: { id: s.id, label: s.label, radius: s.radius, ...(needsShaping(s.label) ? { shaped: true as const } : {}) },
    })),
  };
}

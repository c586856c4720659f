import { Map as MapLibreMap, type GeoJSONSource, type ExpressionSpecification, type LngLatBoundsLike, type StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';
import type { Asset } from '../model/asset';
import type { Neighbourhood } from '../model/neighbourhood';
import { CATEGORY_LIST } from '../model/categories';
import { representativePoint } from '../model/geometry';
import type { BBox } from '../lib/bbox';
import { FONT_BOLD, FONT_REGULAR, loadLabelFonts } from './fonts';
import { coverageGapFeatures, neighbourhoodFeatures } from './features';
import { gapHatchImage, GAP_COLOUR, GAP_HATCH } from './style';
import { pointAtBundledWorker } from './maplibre-worker';
import type { Analysis } from '../model/coverage';

export interface PrintMapRequest {
  cssWidth: number;
  cssHeight: number;
  pixelRatio: number;
  bounds: BBox;
  /** Assets to draw, each with its key number. */
  assets: readonly { asset: Asset; number: number }[];
  neighbourhoods: readonly Neighbourhood[];
  showLabels: boolean;
  /** A coverage analysis whose gaps are drawn hatched (null for none). */
  coverage: Analysis | null;
}

export interface PrintMapImage {
  blob: Blob;
  /** Where and how far in the image is, for the scale bar. */
  centreLatitude: number;
  zoom: number;
}

const byCategory = (attribute: 'colour' | 'ink'): ExpressionSpecification =>
  ['match', ['get', 'category'], ...CATEGORY_LIST.flatMap((c) => [c.id, c[attribute]]), '#777'] as unknown as ExpressionSpecification;

function printStyle(request: PrintMapRequest): StyleSpecification {
  const points: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
  const sites: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features: [] };
  for (const { asset, number } of request.assets) {
    if (!asset.geometry) continue;
    const properties = { number, category: asset.category, name: asset.name };
    points.features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: representativePoint(asset.geometry) }, properties });
    if (asset.geometry.type !== 'Point') sites.features.push({ type: 'Feature', geometry: asset.geometry, properties });
  }
  return {
    version: 8,
    sources: {
      neighbourhoods: { type: 'geojson', data: neighbourhoodFeatures(request.neighbourhoods) },
      // Filled once the map has loaded and has the hatch image: see renderPrintMap.
      gaps: { type: 'geojson', data: coverageGapFeatures(null) },
      sites: { type: 'geojson', data: sites },
      points: { type: 'geojson', data: points },
    },
    layers: [
      { id: 'paper', type: 'background', paint: { 'background-color': '#fbfaf6' } },
      { id: 'area-fill', type: 'fill', source: 'neighbourhoods', paint: { 'fill-color': '#5b4b8a', 'fill-opacity': 0.06 } },
      { id: 'gap-fill', type: 'fill', source: 'gaps', paint: { 'fill-pattern': GAP_HATCH } },
      { id: 'gap-line', type: 'line', source: 'gaps', paint: { 'line-color': GAP_COLOUR, 'line-width': 1.2 } },
      { id: 'area-line', type: 'line', source: 'neighbourhoods', paint: { 'line-color': '#4b3f72', 'line-width': 2.2 } },
      { id: 'site-fill', type: 'fill', source: 'sites', paint: { 'fill-color': byCategory('colour'), 'fill-opacity': 0.25 } },
      { id: 'site-line', type: 'line', source: 'sites', paint: { 'line-color': byCategory('colour'), 'line-width': 1.2 } },
      {
        id: 'area-label',
        type: 'symbol',
        source: 'neighbourhoods',
        layout: { 'text-field': ['get', 'name'], 'text-font': FONT_BOLD, 'text-size': 15, 'text-transform': 'uppercase', 'text-letter-spacing': 0.05, 'text-max-width': 9 },
        paint: { 'text-color': '#3a3158', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
      },
      { id: 'marker', type: 'circle', source: 'points', paint: { 'circle-radius': 10, 'circle-color': byCategory('colour'), 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 } },
      {
        id: 'marker-number',
        type: 'symbol',
        source: 'points',
        layout: {
          'text-field': ['to-string', ['get', 'number']],
          'text-font': FONT_BOLD,
          'text-size': ['case', ['>=', ['get', 'number'], 100], 8.5, 10.5],
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': byCategory('ink') },
      },
      ...(request.showLabels
        ? [
            {
              id: 'marker-name',
              type: 'symbol' as const,
              source: 'points',
              layout: {
                'text-field': ['get', 'name'] as ExpressionSpecification,
                'text-font': FONT_REGULAR,
                'text-size': 10,
                'text-anchor': 'left' as const,
                'text-offset': [1.1, 0] as [number, number],
                'text-max-width': 9,
                'text-optional': true,
              },
              paint: { 'text-color': '#1f1f1f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
            },
          ]
        : []),
    ],
  };
}

/**
 * Draws the print map off screen at print resolution and returns it as a PNG. A separate map, so
 * the one on screen keeps its view, and so `preserveDrawingBuffer` costs nothing in normal use.
 */
export async function renderPrintMap(request: PrintMapRequest): Promise<PrintMapImage> {
  pointAtBundledWorker();
  await loadLabelFonts();
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, { position: 'fixed', left: '-20000px', top: '0', width: `${request.cssWidth}px`, height: `${request.cssHeight}px` });
  document.body.append(container);
  const map = new MapLibreMap({
    container,
    style: printStyle(request),
    bounds: request.bounds as LngLatBoundsLike,
    fitBoundsOptions: { padding: 28 },
    pixelRatio: request.pixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  // The hatch must exist before any tile with gaps is laid out, or those tiles draw no hatching.
  map.once('load', () => {
    map.addImage(GAP_HATCH, gapHatchImage());
    map.getSource<GeoJSONSource>('gaps')?.setData(coverageGapFeatures(request.coverage));
  });
  try {
    await new Promise<void>((resolve, reject) => {
      map.once('idle', () => resolve());
      map.once('error', (e) => reject(e.error instanceof Error ? e.error : new Error('The print map failed to draw')));
    });
    const blob = await new Promise<Blob | null>((resolve) => map.getCanvas().toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The print map could not be captured');
    return { blob, centreLatitude: map.getCenter().lat, zoom: map.getZoom() };
  } finally {
    map.remove();
    container.remove();
  }
}

import { Map as MapLibreMap, type GeoJSONSource, type ExpressionSpecification, type LngLatBoundsLike, type StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, LineString, Point, Polygon, MultiPolygon } from 'geojson';
import type { Asset } from '../model/asset';
import type { Neighbourhood } from '../model/neighbourhood';
import { CATEGORY_LIST } from '../model/categories';
import { representativePoint } from '../model/geometry';
import type { BBox } from '../lib/bbox';
import { FONT_BOLD, FONT_REGULAR, loadLabelFonts, loadScriptFaces } from './fonts';
import { drawShapedLabelsOn, needsShaping, withShapedTwin } from './shaped-labels';
import { coverageGapFeatures, neighbourhoodFeatures, overlayFeatures } from './features';
import { spreadMarkers } from '../model/marker-spread';
import type { Overlay } from '../model/overlay';
import { gapHatchImage, GAP_COLOUR, GAP_HATCH } from './style';
import { pointAtBundledWorker } from './maplibre-worker';
import type { Analysis } from '../model/coverage';
import { msg } from '../lib/i18n/msg';

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
  /** Context layers (deprivation) drawn under everything, coloured as on screen. */
  overlays: readonly Overlay[];
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
  const sites: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features: [] };
  for (const { asset, number } of request.assets) {
    if (asset.geometry && asset.geometry.type !== 'Point')
      sites.features.push({ type: 'Feature', geometry: asset.geometry, properties: { number, category: asset.category, name: asset.name, ...shapedFlag(asset.name) } });
  }
  // Over a context layer's red deprivation colours a red hatch would vanish: the gaps go dark there.
  const gapInk = request.overlays.length > 0 ? DARK_GAP : GAP_COLOUR;
  return {
    version: 8,
    sources: {
      context: { type: 'geojson', data: overlayFeatures(request.overlays) },
      neighbourhoods: { type: 'geojson', data: neighbourhoodFeatures(request.neighbourhoods) },
      // Filled once the map has loaded and has the hatch image: see renderPrintMap.
      gaps: { type: 'geojson', data: coverageGapFeatures(null) },
      sites: { type: 'geojson', data: sites },
      // Both filled once the map can place them on the page: see spreadOnPage.
      points: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      leaders: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'paper', type: 'background', paint: { 'background-color': '#fbfaf6' } },
      { id: 'context-fill', type: 'fill', source: 'context', paint: { 'fill-color': ['coalesce', ['get', 'colour'], '#d9d9d9'], 'fill-opacity': 0.75 } },
      { id: 'context-line', type: 'line', source: 'context', paint: { 'line-color': '#ffffff', 'line-width': 0.6 } },
      { id: 'area-fill', type: 'fill', source: 'neighbourhoods', paint: { 'fill-color': '#5b4b8a', 'fill-opacity': request.overlays.length > 0 ? 0 : 0.06 } },
      { id: 'gap-fill', type: 'fill', source: 'gaps', paint: { 'fill-pattern': request.overlays.length > 0 ? DARK_GAP_HATCH : GAP_HATCH } },
      { id: 'gap-line', type: 'line', source: 'gaps', paint: { 'line-color': gapInk, 'line-width': 1.4 } },
      { id: 'area-line', type: 'line', source: 'neighbourhoods', paint: { 'line-color': '#4b3f72', 'line-width': 2.2 } },
      { id: 'site-fill', type: 'fill', source: 'sites', paint: { 'fill-color': byCategory('colour'), 'fill-opacity': 0.25 } },
      { id: 'site-line', type: 'line', source: 'sites', paint: { 'line-color': byCategory('colour'), 'line-width': 1.2 } },
      ...withShapedTwin(
        {
          id: 'area-label',
          type: 'symbol',
          source: 'neighbourhoods',
          layout: { 'text-field': ['get', 'name'], 'text-font': FONT_BOLD, 'text-size': 15, 'text-transform': 'uppercase', 'text-letter-spacing': 0.05, 'text-max-width': 9 },
          paint: { 'text-color': '#3a3158', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
        },
        'printArea',
      ),
      { id: 'leader', type: 'line', source: 'leaders', paint: { 'line-color': '#1d2330', 'line-width': 1 } },
      { id: 'leader-end', type: 'circle', source: 'leaders', filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 2, 'circle-color': '#1d2330' } },
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
            ...withShapedTwin(
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
              'printMarker',
            ),
          ]
        : []),
    ],
  };
}

/** Pixels from a marker's middle to its edge, and the room kept between two markers. */
const MARKER_RADIUS = 10;
const DARK_GAP = '#1d2330';
const DARK_GAP_HATCH = 'coverage-gap-hatch-dark';

/**
 * Puts the numbered markers on the page so that none covers another: where they crowd, they are
 * spread out (see spreadMarkers) with a leader line back to each one's place.
 */
function spreadOnPage(map: MapLibreMap, assets: PrintMapRequest['assets']): void {
  const placed = assets.filter((a) => a.asset.geometry);
  const at = placed.map(({ asset }) => map.project(representativePoint(asset.geometry ?? { type: 'Point', coordinates: [0, 0] }) as [number, number]));
  const spread = spreadMarkers(
    at.map((p) => ({ x: p.x, y: p.y })),
    MARKER_RADIUS + 1,
  );
  const points: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
  const leaders: FeatureCollection<LineString | Point> = { type: 'FeatureCollection', features: [] };
  placed.forEach(({ asset, number }, i) => {
    const s = spread[i];
    const origin = at[i];
    if (!s || !origin) return;
    const drawnAt = map.unproject([s.x, s.y]).toArray() as [number, number];
    points.features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: drawnAt }, properties: { number, category: asset.category, name: asset.name, ...shapedFlag(asset.name) } });
    if (s.moved) {
      const place = map.unproject(origin).toArray() as [number, number];
      leaders.features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [place, drawnAt] }, properties: {} });
      leaders.features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: place }, properties: {} });
    }
  });
  map.getSource<GeoJSONSource>('points')?.setData(points);
  map.getSource<GeoJSONSource>('leaders')?.setData(leaders);
}

const shapedFlag = (name: string) => (needsShaping(name) ? { shaped: true } : {});

/**
 * Draws the print map off screen at print resolution and returns it as a PNG. A separate map, so
 * the one on screen keeps its view, and so `preserveDrawingBuffer` costs nothing in normal use.
 */
export async function renderPrintMap(request: PrintMapRequest, signal?: AbortSignal): Promise<PrintMapImage> {
  pointAtBundledWorker();
  await loadLabelFonts();
  // A printed page is drawn once: the faces of any Urdu, Punjabi or Bengali names are loaded first.
  if (request.assets.some((a) => needsShaping(a.asset.name)) || request.neighbourhoods.some((n) => needsShaping(n.name))) await loadScriptFaces();
  if (signal?.aborted) throw new DOMException('The print map is no longer wanted', 'AbortError');
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, { position: 'fixed', left: '-20000px', top: '0', width: `${request.cssWidth}px`, height: `${request.cssHeight}px` });
  document.body.append(container);
  const map = new MapLibreMap({
    container,
    style: printStyle(request),
    // The bounds are already in the frame's proportions (frameBounds): they fill it exactly.
    bounds: request.bounds as LngLatBoundsLike,
    fitBoundsOptions: { padding: 0 },
    pixelRatio: request.pixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  drawShapedLabelsOn(map, request.pixelRatio);
  // The hatch must exist before any tile with gaps is laid out, or those tiles draw no hatching.
  map.once('load', () => {
    map.addImage(GAP_HATCH, gapHatchImage());
    map.addImage(DARK_GAP_HATCH, gapHatchImage([29, 35, 48]));
    map.getSource<GeoJSONSource>('gaps')?.setData(coverageGapFeatures(request.coverage));
    spreadOnPage(map, request.assets);
  });
  try {
    // A newer choice (another area, paper, frame) stops this drawing at once: a software-rendered
    // 300 dpi page costs seconds that the coordinator should not wait for.
    await new Promise<void>((resolve, reject) => {
      map.once('idle', () => resolve());
      map.once('error', (e) => reject(e.error instanceof Error ? e.error : new Error(msg('The print map failed to draw'))));
      signal?.addEventListener('abort', () => reject(new DOMException('The print map is no longer wanted', 'AbortError')), { once: true });
    });
    const blob = await new Promise<Blob | null>((resolve) => map.getCanvas().toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(msg('The print map could not be captured'));
    return { blob, centreLatitude: map.getCenter().lat, zoom: map.getZoom() };
  } finally {
    map.remove();
    container.remove();
  }
}

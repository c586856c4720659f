import type { CircleLayerSpecification, ExpressionSpecification, StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { CATEGORY_LIST } from '../model/categories';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { withShapedTwin } from './shaped-labels';
import { CLUSTER_MAX_ZOOM } from './cluster-zoom';
import { CONNECTION_STYLES } from '../model/connections';
import { LINK_RELATIONS } from '../model/asset';
import type { LayerSpecification } from 'maplibre-gl';

/** The Investment tab's discs: a deep teal, unlike any category's marker or the deprivation reds. */
export const INVESTMENT_COLOUR = '#0f6b66';

export const SOURCES = {
  overlays: 'overlays',
  coverageSurface: 'coverage-surface',
  coverageGaps: 'coverage-gaps',
  neighbourhoods: 'neighbourhoods',
  assetSites: 'asset-sites',
  connections: 'connections',
  assets: 'assets',
  selected: 'selected-asset',
  plan: 'plan-assets',
  pending: 'pending',
  walkPhotos: 'walk-photos',
  investment: 'investment',
  draftArea: 'draft-area',
  draftCorners: 'draft-corners',
  draftMidpoints: 'draft-midpoints',
  draftCrossings: 'draft-crossings',
  basemap: 'basemap-osm',
  basemapFile: 'basemap-file',
  savedTiles: 'saved-tiles',
} as const;
export const LAYERS = {
  basemap: 'basemap-osm',
  basemapFile: 'basemap-file',
  savedTiles: 'saved-tiles',
  overlayFill: 'overlay-fill',
  overlayLine: 'overlay-line',
  coverageSurface: 'coverage-surface',
  coverageGapFill: 'coverage-gap-fill',
  coverageGapLine: 'coverage-gap-line',
  neighbourhoodHighlight: 'neighbourhood-highlight',
  draftFill: 'draft-fill',
  draftLine: 'draft-line',
  draftMidpoints: 'draft-midpoints',
  draftCorners: 'draft-corners',
  draftCornerHit: 'draft-corner-hit',
  draftCrossings: 'draft-crossings',
  neighbourhoodFill: 'neighbourhood-fill',
  neighbourhoodLine: 'neighbourhood-line',
  neighbourhoodLabel: 'neighbourhood-label',
  siteFill: 'asset-site-fill',
  siteLine: 'asset-site-line',
  clusters: 'asset-clusters',
  clusterCount: 'asset-cluster-count',
  selected: 'asset-selected',
  selectedPoint: 'asset-selected-point',
  selectedLetter: 'asset-selected-letter',
  selectedLabel: 'asset-selected-label',
  connectionLine: 'connection-line',
  planAssets: 'asset-plan',
  points: 'asset-points',
  letters: 'asset-letters',
  labels: 'asset-labels',
  pending: 'pending-location',
  walkPhotos: 'walk-photos',
  investmentCircle: 'investment-circle',
  investmentLabel: 'investment-label',
} as const;

/** Photo walk photos: a white disc in a thick magenta ring, unlike any category's filled marker. */
export const WALK_PHOTO_RING = '#a2195b';

/** A match expression from a feature's category to one attribute of its category. */
function byCategory(attribute: 'colour' | 'ink' | 'letter', fallback: string): ExpressionSpecification {
  const pairs = CATEGORY_LIST.flatMap((c) => [c.id, c[attribute]]);
  return ['match', ['get', 'category'], ...pairs, fallback] as unknown as ExpressionSpecification;
}

type CirclePaint = NonNullable<CircleLayerSpecification['paint']>;
type SymbolLayout = NonNullable<SymbolLayerSpecification['layout']>;
type SymbolPaint = NonNullable<SymbolLayerSpecification['paint']>;

/** An asset's marker: its category's colour, faded while the asset is not active. */
const MARKER_PAINT: CirclePaint = {
  'circle-color': byCategory('colour', '#777'),
  'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 9, 16, 13],
  'circle-stroke-color': '#ffffff',
  'circle-stroke-width': 2,
  'circle-opacity': ['case', ['==', ['get', 'status'], 'active'], 1, 0.55],
};
/** The category's letter on its marker, for those who cannot tell the colours apart. */
const LETTER_LAYOUT: SymbolLayout = { 'text-field': byCategory('letter', '?'), 'text-font': FONT_BOLD, 'text-size': 12, 'text-allow-overlap': true, 'text-ignore-placement': true };
const LETTER_PAINT: SymbolPaint = { 'text-color': byCategory('ink', '#000') };
/** An asset's name under its marker. */
const NAME_LAYOUT: SymbolLayout = {
  'text-field': ['get', 'name'],
  'text-font': FONT_REGULAR,
  'text-size': 12,
  'text-offset': [0, 1.4],
  'text-anchor': 'top',
  'text-max-width': 10,
  'text-optional': true,
};
const NAME_PAINT: SymbolPaint = { 'text-color': '#1f1f1f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 };

/** Pixels around a boundary corner that a tap or drag takes as on it: the invisible hit circle, and the editor's own test. */
export const CORNER_HIT_RADIUS = 22;

/** The image name of the gap hatching, drawn by `gapHatchImage` and added when the map asks for it. */
export const GAP_HATCH = 'coverage-gap-hatch';
export const GAP_COLOUR = '#b2182b';

/**
 * Diagonal lines on clear ground, 12 px square: reads as "gap" on screen and in greyscale print.
 * Red by default; a print over red deprivation colours draws them dark instead.
 */
export function gapHatchImage([r, g, b]: readonly [number, number, number] = [178, 24, 43]): { width: number; height: number; data: Uint8Array } {
  const size = 12;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const onLine = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data.set(onLine ? [r, g, b, 230] : [r, g, b, 28], i);
    }
  }
  return { width: size, height: size, data };
}

/** The links between assets, one layer per relation (a dash pattern cannot follow the data), under the markers. */
function connectionLayers(): LayerSpecification[] {
  return LINK_RELATIONS.map((relation) => {
    const style = CONNECTION_STYLES[relation];
    return {
      id: `${LAYERS.connectionLine}-${relation.replace(/\s+/g, '-')}`,
      type: 'line',
      source: SOURCES.connections,
      filter: ['==', ['get', 'relation'], relation],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': style.colour, 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 2, 16, 4], 'line-opacity': 0.9, ...(style.dash ? { 'line-dasharray': [...style.dash] } : {}) },
    } satisfies LayerSpecification;
  });
}

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/**
 * The local style: everything it needs is in the bundle (no glyphs URL, no sprite, no tiles), so
 * the map renders with no network at all. An online basemap is added separately, on request.
 */
export function buildLocalStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Asset Atlas local',
    sources: {
      [SOURCES.overlays]: { type: 'geojson', data: empty() },
      [SOURCES.coverageSurface]: { type: 'geojson', data: empty() },
      [SOURCES.coverageGaps]: { type: 'geojson', data: empty() },
      [SOURCES.neighbourhoods]: { type: 'geojson', data: empty() },
      [SOURCES.draftArea]: { type: 'geojson', data: empty() },
      [SOURCES.draftCorners]: { type: 'geojson', data: empty() },
      [SOURCES.draftMidpoints]: { type: 'geojson', data: empty() },
      [SOURCES.draftCrossings]: { type: 'geojson', data: empty() },
      [SOURCES.assetSites]: { type: 'geojson', data: empty() },
      [SOURCES.connections]: { type: 'geojson', data: empty() },
      [SOURCES.pending]: { type: 'geojson', data: empty() },
      [SOURCES.walkPhotos]: { type: 'geojson', data: empty() },
      [SOURCES.investment]: { type: 'geojson', data: empty() },
      // The selected asset alone, and an open action's assets: ringing them changes a tiny source,
      // not the filter of the 100,000-point one (a filter change makes MapLibre lay out every tile
      // of that source again).
      [SOURCES.selected]: { type: 'geojson', data: empty() },
      [SOURCES.plan]: { type: 'geojson', data: empty() },
      // Markers closer than 28 px are grouped up to CLUSTER_MAX_ZOOM; a dense workspace further (MapView).
      [SOURCES.assets]: { type: 'geojson', data: empty(), cluster: true, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterRadius: 28, promoteId: 'id' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f3f0e8' } },
      // Context layers (e.g. deprivation deciles) lie under everything else; areas with no value stay clear.
      { id: LAYERS.overlayFill, type: 'fill', source: SOURCES.overlays, filter: ['has', 'colour'], paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.6 } },
      { id: LAYERS.overlayLine, type: 'line', source: SOURCES.overlays, paint: { 'line-color': '#ffffff', 'line-width': 0.6, 'line-opacity': 0.8 } },
      // Coverage: the distance surface in soft bands, the gaps hatched in red over it.
      { id: LAYERS.coverageSurface, type: 'fill', source: SOURCES.coverageSurface, paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.45, 'fill-antialias': false } },
      { id: LAYERS.coverageGapFill, type: 'fill', source: SOURCES.coverageGaps, paint: { 'fill-pattern': GAP_HATCH } },
      { id: LAYERS.coverageGapLine, type: 'line', source: SOURCES.coverageGaps, paint: { 'line-color': GAP_COLOUR, 'line-width': 1.6 } },
      // Overlapping neighbourhoods show as darker where their fills add up.
      { id: LAYERS.neighbourhoodFill, type: 'fill', source: SOURCES.neighbourhoods, paint: { 'fill-color': '#5b4b8a', 'fill-opacity': 0.07 } },
      { id: LAYERS.neighbourhoodLine, type: 'line', source: SOURCES.neighbourhoods, paint: { 'line-color': '#4b3f72', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.5, 16, 3] } },
      { id: LAYERS.neighbourhoodHighlight, type: 'line', source: SOURCES.neighbourhoods, filter: ['==', ['get', 'id'], ''], paint: { 'line-color': '#1d1640', 'line-width': 5 } },
      { id: LAYERS.siteFill, type: 'fill', source: SOURCES.assetSites, paint: { 'fill-color': byCategory('colour', '#777'), 'fill-opacity': 0.28 } },
      { id: LAYERS.siteLine, type: 'line', source: SOURCES.assetSites, paint: { 'line-color': byCategory('colour', '#777'), 'line-width': 1.5 } },
      ...withShapedTwin(
        {
          id: LAYERS.neighbourhoodLabel,
          type: 'symbol',
          source: SOURCES.neighbourhoods,
          layout: { 'text-field': ['get', 'name'], 'text-font': FONT_BOLD, 'text-size': 14, 'text-letter-spacing': 0.04, 'text-transform': 'uppercase', 'text-max-width': 8 },
          paint: { 'text-color': '#3a3158', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
        },
        'area',
      ),
      ...connectionLayers(),
      {
        id: LAYERS.walkPhotos,
        type: 'circle',
        source: SOURCES.walkPhotos,
        paint: { 'circle-radius': 8, 'circle-color': '#ffffff', 'circle-stroke-color': WALK_PHOTO_RING, 'circle-stroke-width': 4 },
      },
      {
        id: LAYERS.clusters,
        type: 'circle',
        source: SOURCES.assets,
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': '#2f3b52',
          'circle-radius': ['step', ['get', 'point_count'], 16, 10, 20, 50, 26],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      },
      {
        id: LAYERS.clusterCount,
        type: 'symbol',
        source: SOURCES.assets,
        filter: ['has', 'point_count'],
        layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': FONT_BOLD, 'text-size': 13, 'text-allow-overlap': true, 'text-ignore-placement': true },
        paint: { 'text-color': '#ffffff' },
      },
      // The assets an open action builds on: a wide amber ring, unlike the selection's black one.
      {
        id: LAYERS.planAssets,
        type: 'circle',
        source: SOURCES.plan,
        paint: { 'circle-radius': 21, 'circle-color': 'rgba(230,159,0,0.25)', 'circle-stroke-color': '#b36b00', 'circle-stroke-width': 4 },
      },
      { id: LAYERS.points, type: 'circle', source: SOURCES.assets, filter: ['!', ['has', 'point_count']], paint: MARKER_PAINT },
      { id: LAYERS.letters, type: 'symbol', source: SOURCES.assets, filter: ['!', ['has', 'point_count']], layout: LETTER_LAYOUT, paint: LETTER_PAINT },
      ...withShapedTwin(
        {
          id: LAYERS.labels,
          type: 'symbol',
          source: SOURCES.assets,
          minzoom: 15,
          filter: ['!', ['has', 'point_count']],
          layout: NAME_LAYOUT,
          paint: NAME_PAINT,
        },
        'asset',
      ),
      // The selected asset is drawn again on top, ringed: it stands out even where its neighbours are
      // still grouped into a cluster at this zoom, and it is the marker a drag picks up.
      {
        id: LAYERS.selected,
        type: 'circle',
        source: SOURCES.selected,
        paint: { 'circle-radius': 19, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#111111', 'circle-stroke-width': 4 },
      },
      { id: LAYERS.selectedPoint, type: 'circle', source: SOURCES.selected, paint: MARKER_PAINT },
      { id: LAYERS.selectedLetter, type: 'symbol', source: SOURCES.selected, layout: LETTER_LAYOUT, paint: LETTER_PAINT },
      // Its name at every zoom, even inside a cluster, clear of the ring; placed before the other names, which give way.
      ...withShapedTwin(
        { id: LAYERS.selectedLabel, type: 'symbol', source: SOURCES.selected, layout: { ...NAME_LAYOUT, 'text-offset': [0, 2], 'text-allow-overlap': true }, paint: NAME_PAINT },
        'asset',
      ),
      { id: LAYERS.draftFill, type: 'fill', source: SOURCES.draftArea, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#0b6e4f', 'fill-opacity': 0.15 } },
      { id: LAYERS.draftLine, type: 'line', source: SOURCES.draftArea, filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': '#0b6e4f', 'line-width': 3, 'line-dasharray': [2, 1] } },
      {
        id: LAYERS.draftMidpoints,
        type: 'circle',
        source: SOURCES.draftMidpoints,
        paint: { 'circle-radius': 7, 'circle-color': '#ffffff', 'circle-opacity': 0.85, 'circle-stroke-color': '#0b6e4f', 'circle-stroke-width': 2 },
      },
      // An invisible, finger-sized target around each corner: the visible dot is too small to tap.
      { id: LAYERS.draftCornerHit, type: 'circle', source: SOURCES.draftCorners, paint: { 'circle-radius': CORNER_HIT_RADIUS, 'circle-opacity': 0 } },
      {
        id: LAYERS.draftCorners,
        type: 'circle',
        source: SOURCES.draftCorners,
        paint: {
          'circle-radius': ['case', ['get', 'selected'], 12, 9],
          'circle-color': ['case', ['get', 'selected'], '#e69f00', '#0b6e4f'],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 3,
        },
      },
      {
        id: LAYERS.draftCrossings,
        type: 'circle',
        source: SOURCES.draftCrossings,
        paint: { 'circle-radius': 11, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#c0002b', 'circle-stroke-width': 4 },
      },
      {
        id: LAYERS.pending,
        type: 'circle',
        source: SOURCES.pending,
        paint: { 'circle-radius': 14, 'circle-color': 'rgba(11,110,79,0.25)', 'circle-stroke-color': '#0b6e4f', 'circle-stroke-width': 3 },
      },
      // Money awarded per neighbourhood (Investment tab), over the markers so the sums read: a see-through
      // disc whose area grows with the £, and its sum.
      {
        id: LAYERS.investmentCircle,
        type: 'circle',
        source: SOURCES.investment,
        paint: { 'circle-radius': ['get', 'radius'], 'circle-color': INVESTMENT_COLOUR, 'circle-opacity': 0.35, 'circle-stroke-color': INVESTMENT_COLOUR, 'circle-stroke-width': 2 },
      },
      ...withShapedTwin(
        {
          id: LAYERS.investmentLabel,
          type: 'symbol',
          source: SOURCES.investment,
          layout: { 'text-field': ['get', 'label'], 'text-font': FONT_BOLD, 'text-size': 13, 'text-allow-overlap': true, 'text-max-width': 12 },
          paint: { 'text-color': '#0b3d3a', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
        },
        'investment',
        'label',
      ),
    ],
  };
}

/** OpenStreetMap's raster tiles: needs the network, so it is only added when the user turns it on. */
export const OSM_RASTER = {
  tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
  attribution: '\u00a9 <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  maxzoom: 19,
} as const;

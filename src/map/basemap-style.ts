import type { LayerSpecification } from 'maplibre-gl';
import { FONT_BOLD, FONT_REGULAR } from './fonts';

/**
 * Layers for a vector extract in the Protomaps basemap schema (earth, water, landuse, roads,
 * buildings, places), in quiet colours so the user's data stays the loudest thing on the map,
 * labelled with the bundled font so no glyph server is needed.
 */
export function vectorBasemapLayers(source: string): LayerSpecification[] {
  return [
    { id: 'basemap-earth', type: 'fill', source, 'source-layer': 'earth', paint: { 'fill-color': '#efece3' } },
    { id: 'basemap-landuse', type: 'fill', source, 'source-layer': 'landuse', paint: { 'fill-color': '#dde9d2', 'fill-opacity': 0.7 } },
    { id: 'basemap-water', type: 'fill', source, 'source-layer': 'water', paint: { 'fill-color': '#bcd6e6' } },
    { id: 'basemap-buildings', type: 'fill', source, 'source-layer': 'buildings', minzoom: 14, paint: { 'fill-color': '#dedad0' } },
    { id: 'basemap-roads', type: 'line', source, 'source-layer': 'roads', paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.5, 16, 5] } },
    {
      id: 'basemap-road-labels',
      type: 'symbol',
      source,
      'source-layer': 'roads',
      minzoom: 14,
      layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': FONT_REGULAR, 'text-size': 11 },
      paint: { 'text-color': '#6b6b6b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
    },
    {
      id: 'basemap-places',
      type: 'symbol',
      source,
      'source-layer': 'places',
      layout: { 'text-field': ['get', 'name'], 'text-font': FONT_BOLD, 'text-size': 12 },
      paint: { 'text-color': '#6b6b6b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
    },
  ];
}

import type { Map as MapLibreMap } from 'maplibre-gl';
import { msg, onLanguageChange, t } from '../lib/i18n';

/** MapLibre's own control labels that a tablet user meets, in the app's words (MapLibre's ids). */
const LABELS = {
  'NavigationControl.ZoomIn': msg('Zoom in'),
  'NavigationControl.ZoomOut': msg('Zoom out'),
  'GeolocateControl.FindMyLocation': msg('Find my location'),
  'GeolocateControl.LocationNotAvailable': msg('Location not available'),
  'AttributionControl.ToggleAttribution': msg('Toggle attribution'),
} as const;

/** The `locale` for a new map: its controls start in the chosen language. */
export const controlLocale = (): Record<string, string> => Object.fromEntries(Object.entries(LABELS).map(([id, words]) => [id, t(words)]));

/** The buttons each label names, as MapLibre marks them. */
const BUTTONS: [string, keyof typeof LABELS][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-geolocate:not(:disabled)', 'GeolocateControl.FindMyLocation'],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
];

/**
 * MapLibre reads its locale once, when the map is made; when the language changes the controls'
 * names are set again here, so a screen reader hears "Zoom in" in the language on screen.
 * Returns the unsubscribe.
 */
export function followLanguage(map: MapLibreMap): () => void {
  return onLanguageChange(() => {
    for (const [selector, id] of BUTTONS) {
      for (const button of map.getContainer().querySelectorAll<HTMLElement>(selector)) {
        button.title = t(LABELS[id]);
        button.setAttribute('aria-label', t(LABELS[id]));
      }
    }
  });
}

import { sentences } from '../lib/result';
import { useState } from 'preact/hooks';
import { locateDevice, POOR_ACCURACY_METRES } from '../actions/locate';
import { mode, send } from './ui-state';
import { placeOf } from '../actions/places';

/** Where the asset in the form will be, with "Use my location" and its accuracy. */
export function LocationSummary() {
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const current = mode.value;
  if (current.kind !== 'form') return null;
  const point = current.geometry?.type === 'Point' ? current.geometry.coordinates : null;
  const place = placeOf(current.geometry);
  const useMyLocation = async () => {
    setLocating(true);
    const found = await locateDevice();
    setLocating(false);
    if (!found.ok) return setProblem(sentences(found.error));
    setProblem(null);
    send({ type: 'located', at: found.value.lngLat, accuracy: found.value.accuracy });
  };
  return (
    <div class="location-summary">
      <p>
        {current.geometry ? `Location: ${place ?? (point ? 'on the map' : 'the site outline')}` : 'No location yet'}
        {point && <small class="degrees"> ({`${point[1].toFixed(5)}, ${point[0].toFixed(5)}`})</small>}
        {current.accuracy !== undefined && ` (\u00b1${current.accuracy} m)`}
      </p>
      {current.accuracy !== undefined && current.accuracy > POOR_ACCURACY_METRES && (
        <p class="warning" role="alert">
          Accuracy is only ±{current.accuracy} m, worse than {POOR_ACCURACY_METRES} m. Check the marker, or tap the map to set the place.
        </p>
      )}
      {problem && (
        <p class="warning" role="alert">
          {problem}
        </p>
      )}
      <button type="button" class="secondary" onClick={useMyLocation} disabled={locating}>
        {locating ? 'Finding your location\u2026' : 'Use my location'}
      </button>
    </div>
  );
}

import { useState } from 'preact/hooks';
import { locateDevice, POOR_ACCURACY_METRES } from '../actions/locate';
import { mode, send } from './ui-state';
import { placeOf } from '../actions/places';
import { t } from '../lib/i18n';
import { formatDistance } from '../lib/i18n/format';
import { problemsText } from './problem-words';

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
    if (!found.ok) return setProblem(problemsText(found.error));
    setProblem(null);
    send({ type: 'located', at: found.value.lngLat, accuracy: found.value.accuracy });
  };
  return (
    <div class="location-summary">
      <p>
        {current.geometry ? t('Location: {place}', { place: place ?? (point ? t('on the map') : t('the site outline')) }) : t('No location yet')}
        {point && (
          <small class="degrees">
            {' '}
            {/* Coordinates read left to right in an Urdu sentence too: isolated, minus signs in place. */}
            <bdi dir="ltr">{`(${point[1].toFixed(5)}, ${point[0].toFixed(5)})`}</bdi>
          </small>
        )}
        {current.accuracy !== undefined && ` (±${formatDistance(current.accuracy)})`}
      </p>
      {current.accuracy !== undefined && current.accuracy > POOR_ACCURACY_METRES && (
        <p class="warning" role="alert">
          {t('Accuracy is only ±{accuracy}, worse than {limit}. Check the marker, or tap the map to set the place.', {
            accuracy: formatDistance(current.accuracy),
            limit: formatDistance(POOR_ACCURACY_METRES),
          })}
        </p>
      )}
      {problem && (
        <p class="warning" role="alert">
          {problem}
        </p>
      )}
      <button type="button" class="secondary" onClick={useMyLocation} disabled={locating}>
        {locating ? t('Finding your location…') : t('Use my location')}
      </button>
    </div>
  );
}

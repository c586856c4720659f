import { findAsset } from '../model/asset-links';
import { useState } from 'preact/hooks';
import { locateDevice } from '../actions/locate';
import { appState } from '../store/state';
import { mode, send } from './ui-state';
import { t } from '../lib/i18n';
import { problemsText } from './problem-words';

/** Over the map while the next tap places a new asset or moves one. */
export function PlacingBar() {
  const [problem, setProblem] = useState<string | null>(null);
  const current = mode.value;
  if (current.kind !== 'placing') return null;
  const moving = current.purpose === 'move' ? findAsset(appState.assets.value, current.assetId) : undefined;
  const useMyLocation = async () => {
    const found = await locateDevice();
    if (!found.ok) return setProblem(problemsText(found.error));
    send({ type: 'located', at: found.value.lngLat, accuracy: found.value.accuracy });
  };
  return (
    <div class="placing-bar" role="status">
      <p>{moving ? t('Tap the new place for “{name}”', { name: moving.name }) : t('Tap the map where the asset is')}</p>
      {problem && <p class="warning">{problem}</p>}
      <div class="form-actions">
        {!moving && (
          <button type="button" class="primary" onClick={useMyLocation}>
            {t('Use my location')}
          </button>
        )}
        <button type="button" class="secondary" onClick={() => send({ type: 'cancel' })}>
          {t('Cancel')}
        </button>
      </div>
    </div>
  );
}

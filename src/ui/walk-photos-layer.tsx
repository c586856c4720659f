import { appState } from '../store/state';
import { shownWalkPhotos } from '../model/walk-photo';
import { WALK_PHOTO_RING } from '../map/style';
import { showWalkPhotos } from './ui-state';
import { t } from '../lib/i18n';

/** "Show photo walk photos": where residents took their photos, as the map's own layer. */
export function WalkPhotosLayer() {
  const count = shownWalkPhotos(appState.walkPhotos.value).length;
  if (appState.walkPhotos.value.length === 0) return null;
  return (
    <section class="walk-photos-layer" aria-labelledby="walk-photos-layer-heading">
      <h2 id="walk-photos-layer-heading" class="section-heading">
        {t('Photo walks')}
      </h2>
      <label class="check">
        <input type="checkbox" checked={showWalkPhotos.value} onChange={(e) => (showWalkPhotos.value = e.currentTarget.checked)} />
        <span>
          <svg class="line-sample" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
            <circle cx="10" cy="10" r="6" fill="#ffffff" stroke={WALK_PHOTO_RING} stroke-width="4" />
          </svg>
          {t('Show photo walk photos')}
          <small>
            {t(
              '{count, plural, one {# photo where residents took it (all but those set aside); review them on the Plans tab} other {# photos where residents took them (all but those set aside); review them on the Plans tab}}',
              { count },
            )}
          </small>
        </span>
      </label>
    </section>
  );
}

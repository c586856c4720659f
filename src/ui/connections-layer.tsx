import { LINK_RELATIONS } from '../model/asset';
import { CONNECTION_STYLES } from '../model/connections';
import { showConnections, shownConnections } from './ui-state';
import { t } from '../lib/i18n';

/** A short sample of a relation's line, as the map draws it. */
function LineSample({ colour, dash }: { colour: string; dash: readonly number[] | null }) {
  return (
    <svg class="line-sample" width="36" height="10" viewBox="0 0 36 10" aria-hidden="true">
      <line x1="2" y1="5" x2="34" y2="5" stroke={colour} stroke-width="3" stroke-linecap="round" stroke-dasharray={dash ? dash.map((d) => d * 3).join(' ') : undefined} />
    </svg>
  );
}

/** "Show connections": the links between assets as lines on the map, with the key to their styles. */
export function ConnectionsLayer() {
  const on = showConnections.value;
  const count = shownConnections.value.length;
  return (
    <section class="connections-layer" aria-labelledby="connections-heading">
      <h2 id="connections-heading" class="section-heading">
        {t('Connections')}
      </h2>
      <label class="check">
        <input type="checkbox" checked={on} onChange={(e) => (showConnections.value = e.currentTarget.checked)} />
        <span>
          {t('Show connections')}
          <small>{t('Lines between linked assets: meets in, run by, part of, works with')}</small>
        </span>
      </label>
      {on && (
        <>
          <ul class="connection-legend" aria-label={t('Connection lines')}>
            {LINK_RELATIONS.map((r) => (
              <li key={r}>
                <LineSample colour={CONNECTION_STYLES[r].colour} dash={CONNECTION_STYLES[r].dash} />
                {t(CONNECTION_STYLES[r].label)}
              </li>
            ))}
          </ul>
          <p class="hint" role="status">
            {count === 0
              ? t('No links between the assets shown. Add links in an asset’s form (“Links to other assets”).')
              : t('{count, plural, one {# link drawn between the assets shown.} other {# links drawn between the assets shown.}}', { count })}
          </p>
        </>
      )}
    </section>
  );
}

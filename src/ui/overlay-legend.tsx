import { choroplethClasses } from '../model/choropleth';
import type { Overlay } from '../model/overlay';
import { t } from '../lib/i18n';
import { problemText } from './problem-words';

/** What the context layer's colours mean, naming the dataset, the value and its vintage. */
export function OverlayLegend({ overlay, compact = false }: { overlay: Overlay; compact?: boolean }) {
  const field = overlay.valueField ?? '';
  const classes = choroplethClasses(
    field,
    overlay.areas.map((a) => a.values[field]),
  );
  const missing = overlay.areas.filter((a) => typeof a.values[field] !== 'number').length;
  return (
    <figure class={`overlay-legend${compact ? ' compact' : ''}`} aria-label={t('Legend: {layer}', { layer: overlay.name })}>
      <figcaption>
        <strong>{overlay.name}</strong>
        {field && ` \u2014 ${field}`}
        {overlay.vintage && <span class="legend-vintage">{overlay.vintage}</span>}
      </figcaption>
      {classes.length === 0 ? (
        <p class="hint">{t('No numeric values to colour by: the areas are outlined only.')}</p>
      ) : compact ? (
        <div class="legend-strip">
          <div class="strip" role="img" aria-label={classes.map((c) => problemText(c.label)).join(', ')}>
            {classes.map((c) => (
              <span key={c.min} style={{ background: c.colour }} />
            ))}
          </div>
          <div class="strip-ends" aria-hidden="true">
            <span>{problemText(classes[0]?.label ?? '')}</span>
            <span>{problemText(classes[classes.length - 1]?.label ?? '')}</span>
          </div>
        </div>
      ) : (
        <ul>
          {classes.map((c) => (
            <li key={c.min}>
              <span class="swatch" style={{ background: c.colour }} aria-hidden="true" />
              {problemText(c.label)}
            </li>
          ))}
          {missing > 0 && (
            <li>
              <span class="swatch no-data" aria-hidden="true" />
              {t('{count, plural, one {No data (# area)} other {No data (# areas)}}', { count: missing })}
            </li>
          )}
        </ul>
      )}
    </figure>
  );
}

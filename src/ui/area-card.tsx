import { appState } from '../store/state';
import { tappedArea } from './ui-state';
import { t } from '../lib/i18n';
import { formatNumber } from '../lib/i18n/format';

/** A value as a coordinator reads it: numbers with thousands separators, up to three decimals. */
const shown = (value: string | number | null) => (value === null ? '–' : typeof value === 'number' ? formatNumber(value, 3) : value);

/**
 * The small area last tapped on the map: its name and code, the value the layer is coloured by
 * first, then the others joined to it, with the layer's vintage.
 */
export function AreaCard() {
  const tapped = tappedArea.value;
  const overlay = tapped ? appState.overlays.value.find((o) => o.id === tapped.overlayId && o.visible) : undefined;
  const area = overlay?.areas.find((a) => a.code === tapped?.code);
  if (!overlay || !area) return null;
  const field = overlay.valueField;
  const entries = Object.entries(area.values).sort(([a], [b]) => (a === field ? -1 : b === field ? 1 : 0));
  return (
    <section class="area-card" aria-labelledby="area-card-title">
      <header>
        <h2 id="area-card-title">{area.name || area.code}</h2>
        <button type="button" class="close" aria-label={t('Close the small area’s values')} onClick={() => (tappedArea.value = null)}>
          ×
        </button>
      </header>
      <p class="area-meta">
        {area.code} · {overlay.name}
        {overlay.vintage ? ` (${overlay.vintage})` : ''}
      </p>
      <dl>
        {entries.map(([key, value]) => (
          <div key={key} class={key === field ? 'shown-on-map' : undefined}>
            <dt>{key}</dt>
            <dd>{shown(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

import { useState } from 'preact/hooks';
import { CATEGORY_LIST } from '../model/categories';
import type { Neighbourhood } from '../model/neighbourhood';
import { appState } from '../store/state';
import { areaText, neighbourhoodOverlaps } from '../actions/neighbourhoods';
import { CategoryBadge } from './category-badge';
import { BoundaryImportDialog } from './boundary-import-dialog';
import { mapFocus, neighbourhoodCounts, panelTab, query, send } from './ui-state';
import { t } from '../lib/i18n';
import { nameCollator } from '../lib/i18n/format';

/** Zooms to a neighbourhood and filters the asset list to it. */
function show(n: Neighbourhood): void {
  query.value = { ...query.value, neighbourhoodId: n.id };
  mapFocus.value = { geometry: n.geometry };
  panelTab.value = 'assets';
}

function NeighbourhoodRow({ n, overlaps }: { n: Neighbourhood; overlaps: readonly string[] }) {
  const counts = neighbourhoodCounts.value.get(n.id);
  return (
    <li class="neighbourhood-row" aria-label={n.name}>
      <div class="neighbourhood-text">
        <span class="asset-name" dir="auto">
          {n.name}
        </span>
        <span class="asset-meta">{[n.code, areaText(n.geometry), t('{count, plural, one {# asset} other {# assets}}', { count: counts?.total ?? 0 })].filter(Boolean).join(' · ')}</span>
        <ul class="category-counts" aria-label={t('Assets in {name} by category', { name: n.name })}>
          {CATEGORY_LIST.filter((c) => (counts?.byCategory[c.id] ?? 0) > 0).map((c) => (
            <li key={c.id} aria-label={t('{count} {category}', { count: counts?.byCategory[c.id] ?? 0, category: t(c.label) })}>
              <CategoryBadge category={c.id} />
              <span aria-hidden="true">{counts?.byCategory[c.id]}</span>
            </li>
          ))}
        </ul>
        {overlaps.length > 0 && <span class="overlap-note">{t('Overlaps {names}', { names: overlaps.join(', ') })}</span>}
      </div>
      <div class="row-actions">
        <button type="button" aria-label={t('Show {name}', { name: n.name })} onClick={() => show(n)}>
          {t('Show')}
        </button>
        <button type="button" class="secondary" aria-label={t('Edit {name}', { name: n.name })} onClick={() => send({ type: 'edit-neighbourhood', neighbourhood: n })}>
          {t('Edit')}
        </button>
      </div>
    </li>
  );
}

/** The neighbourhoods tab: draw or import boundaries, and each neighbourhood with its counts. */
export function NeighbourhoodList() {
  const [importing, setImporting] = useState(false);
  const byName = nameCollator();
  const areas = [...appState.neighbourhoods.value].sort((a, b) => byName.compare(a.name, b.name));
  const overlaps = neighbourhoodOverlaps(appState.neighbourhoods.value);
  const nameOf = new Map(areas.map((a) => [a.id, a.name]));
  return (
    <section aria-labelledby="neighbourhoods-heading">
      <div class="form-actions">
        <button type="button" class="primary" onClick={() => send({ type: 'draw-neighbourhood' })}>
          {t('Draw neighbourhood')}
        </button>
        <button type="button" onClick={() => setImporting(true)}>
          {t('Import boundaries')}
        </button>
      </div>
      <h2 id="neighbourhoods-heading" class="section-heading">
        {t('Neighbourhoods')} <span class="count">({areas.length})</span>
      </h2>
      {areas.length === 0 && <p class="empty">{t('No neighbourhoods yet. Draw one by tapping its corners on the map, or import boundaries such as ward files.')}</p>}
      <ul class="neighbourhood-list" aria-label={t('Neighbourhoods')}>
        {areas.map((n) => (
          <NeighbourhoodRow key={n.id} n={n} overlaps={(overlaps.get(n.id) ?? []).map((id) => nameOf.get(id) ?? '')} />
        ))}
      </ul>
      {importing && <BoundaryImportDialog onClose={() => setImporting(false)} />}
    </section>
  );
}

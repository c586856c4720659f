import { useState } from 'preact/hooks';
import { CATEGORIES } from '../model/categories';
import { appState } from '../store/state';
import { selectAsset } from '../actions/workspace-actions';
import { CategoryBadge } from './category-badge';
import { sortedFilteredAssets, tableOpen } from './ui-state';
import { t } from '../lib/i18n';
import { formatNumber } from '../lib/i18n/format';
import { STATUS_LABELS } from './value-labels';

const PAGE = 100;

/** Every asset by name; long lists are shown a page at a time so a 20,000-asset workspace stays quick. */
export function AssetList() {
  const [shown, setShown] = useState(PAGE);
  const selected = appState.selectedAssetId.value;
  const total = appState.assets.value.length;
  const assets = sortedFilteredAssets.value;
  if (total === 0) {
    return <p class="empty">{t('No assets yet. Tap “Add asset” to record one, or open the demo workspace from Settings.')}</p>;
  }
  return (
    <section aria-labelledby="assets-heading">
      <div class="list-heading">
        <h2 id="assets-heading" class="section-heading">
          {t('Assets')} <span class="count">({assets.length === total ? formatNumber(total) : t('{shown} of {total}', { shown: formatNumber(assets.length), total: formatNumber(total) })})</span>
        </h2>
        <button type="button" class="secondary small" onClick={() => (tableOpen.value = true)} disabled={assets.length === 0}>
          {t('Show as table')}
        </button>
      </div>
      {assets.length === 0 && <p class="empty">{t('No assets match the search and filters.')}</p>}
      <ul class="asset-list" aria-label={t('Assets')}>
        {assets.slice(0, shown).map((asset) => (
          <li key={asset.id}>
            <button
              type="button"
              class={`asset-row${asset.id === selected ? ' selected' : ''}`}
              aria-pressed={asset.id === selected}
              onClick={() => selectAsset(asset.id === selected ? null : asset.id)}
            >
              <CategoryBadge category={asset.category} />
              <span class="asset-text">
                <span class="asset-name" dir="auto">
                  {asset.name}
                </span>
                <span class="asset-meta">
                  {t(CATEGORIES[asset.category].label)}
                  {asset.type ? ` · ${t(asset.type)}` : ''}
                  {asset.status !== 'active' ? ` · ${t(STATUS_LABELS[asset.status])}` : ''}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {assets.length > shown && (
        <button type="button" class="secondary wide" onClick={() => setShown(shown + PAGE)}>
          {t('Show {count} more of {remaining}', { count: formatNumber(Math.min(PAGE, assets.length - shown)), remaining: formatNumber(assets.length - shown) })}
        </button>
      )}
    </section>
  );
}

import { CATEGORY_LIST } from '../model/categories';
import { appState } from '../store/state';
import { CategoryBadge } from './category-badge';
import { t } from '../lib/i18n';

/** What the marker colours and letters mean, with how many assets of each there are. */
export function Legend() {
  const counts = appState.countsByCategory.value;
  return (
    <section aria-labelledby="legend-heading" class="legend">
      <h2 id="legend-heading" class="section-heading">
        {t('Legend')}
      </h2>
      <ul>
        {CATEGORY_LIST.map((c) => (
          <li key={c.id} title={t(c.description)}>
            <CategoryBadge category={c.id} />
            <span class="legend-label">{t(c.label)}</span>
            <span class="legend-count" aria-label={t('{count} {category}', { count: counts[c.id], category: t(c.label) })}>
              {counts[c.id]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

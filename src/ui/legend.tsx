import { CATEGORY_LIST } from '../model/categories';
import { appState } from '../store/state';
import { CategoryBadge } from './category-badge';

/** What the marker colours and letters mean, with how many assets of each there are. */
export function Legend() {
  const counts = appState.countsByCategory.value;
  return (
    <section aria-labelledby="legend-heading" class="legend">
      <h2 id="legend-heading" class="section-heading">
        Legend
      </h2>
      <ul>
        {CATEGORY_LIST.map((c) => (
          <li key={c.id} title={c.description}>
            <CategoryBadge category={c.id} />
            <span class="legend-label">{c.label}</span>
            <span class="legend-count" aria-label={`${counts[c.id]} ${c.label}`}>
              {counts[c.id]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { CATEGORIES, type CategoryId } from '../model/categories';

/** The marker's look in the DOM: category colour plus its letter, so colour is never the only cue. */
export function CategoryBadge({ category }: { category: CategoryId }) {
  const info = CATEGORIES[category];
  return (
    <span class="badge" style={{ background: info.colour, color: info.ink }} aria-hidden="true">
      {info.letter}
    </span>
  );
}

import { CATEGORY_LIST, type CategoryId } from '../model/categories';
import { t } from '../lib/i18n';

/** A tick box per ABCD category, for choosing which ones a print or an export includes. */
export function CategoryCheckboxes({ selected, onChange }: { selected: ReadonlySet<CategoryId>; onChange: (next: ReadonlySet<CategoryId>) => void }) {
  const toggle = (id: CategoryId, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset class="categories">
      <legend>{t('Categories')}</legend>
      {CATEGORY_LIST.map((c) => (
        <label key={c.id} class="check">
          <input type="checkbox" checked={selected.has(c.id)} onChange={(e) => toggle(c.id, e.currentTarget.checked)} />
          <span>{t(c.label)}</span>
        </label>
      ))}
    </fieldset>
  );
}

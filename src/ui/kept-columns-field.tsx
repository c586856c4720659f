import { t } from '../lib/i18n';

/**
 * The columns an import keeps beyond the asset's own fields, each marked personal or not. Marked
 * columns stay on the device and are held back from exports and prints unless personal data is
 * included. The marks start from the columns' names (model/personal-data) and are the coordinator's
 * to change.
 */
export function KeptColumnsField({ columns, personal, onChange }: { columns: readonly string[]; personal: ReadonlySet<string>; onChange: (next: ReadonlySet<string>) => void }) {
  if (columns.length === 0) return null;
  const toggle = (column: string, checked: boolean) => {
    const next = new Set(personal);
    if (checked) next.add(column);
    else next.delete(column);
    onChange(next);
  };
  return (
    <fieldset class="kept-columns">
      <legend>{t('Other columns kept with each asset')}</legend>
      <p class="field-hint">
        {t(
          'Tick the columns that hold personal data (names, phone numbers, addresses, dates of birth…). They stay on this device and are left out of exports and prints unless you include personal data.',
        )}
      </p>
      <ul>
        {columns.map((column) => (
          <li key={column}>
            <label class="check">
              <input type="checkbox" checked={personal.has(column)} onChange={(e) => toggle(column, e.currentTarget.checked)} />
              <span>{t('\u201c{column}\u201d is personal data', { column })}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

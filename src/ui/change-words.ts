import { readChangeLabel } from '../model/change-labels';
import { t } from '../lib/i18n';
import { formatDay } from '../lib/i18n/format';

/**
 * An undo step's name in the chosen language. Labels are stored in English; the template each was
 * made from (model/change-labels.ts) is found and said again with the same values, dates in the
 * language's own way. A label no template made (from an older version) is shown as stored.
 */
export function changeText(label: string): string {
  const read = readChangeLabel(label);
  if (!read) return label;
  const values = { ...read.values };
  if (typeof values.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(values.date)) values.date = formatDay(values.date, 'short');
  if (values.photo === 'the photo') values.photo = t('the photo');
  return t(read.template, values);
}

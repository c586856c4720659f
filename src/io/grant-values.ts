import { fill, msg } from '../lib/i18n/msg';

/**
 * Reading the values of a grants spreadsheet as people type them: "£1,250.50", "1250", "£2.5k";
 * "03/11/2026", "3 Nov 2026", "2026-11-03". Each reader says why a value is not one, so the
 * import can report the row by number and reason.
 */

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Money in pounds to whole pence. Accepts a £ sign, thousands commas, spaces, "GBP", and a "k"
 * for thousands; refuses anything else (a word, two decimal points, more than two decimals of pence)
 * rather than guess. Negative amounts are refused: a grant is money given.
 */
export function readPounds(text: string): Read<number> {
  const raw = text.trim();
  if (raw === '') return { ok: false, reason: msg('the amount is empty') };
  let t = raw
    .replace(/^GBP\s*/i, '')
    .replace(/\s*GBP$/i, '')
    .replace(/\s+/g, '');
  const negative = /^-|^\(.*\)$/.test(t);
  t = t
    .replace(/^-/, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/^£/, '');
  if (negative) return { ok: false, reason: fill(msg('the amount “{value}” is negative'), { value: raw }) };
  const thousands = /k$/i.test(t);
  if (thousands) t = t.slice(0, -1);
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/.test(t)) return { ok: false, reason: fill(msg('“{value}” is not an amount of money'), { value: raw }) };
  const [whole = '0', fraction = ''] = t.replace(/,/g, '').split('.');
  const pence = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  const value = thousands ? pence * 1000 : pence;
  if (!Number.isSafeInteger(value)) return { ok: false, reason: fill(msg('“{value}” is too large'), { value: raw }) };
  if (value === 0) return { ok: false, reason: msg('the amount is £0') };
  return { ok: true, value };
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number, raw: string): Read<string> {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return { ok: false, reason: fill(msg('“{value}” is not a date in the calendar'), { value: raw }) };
  if (year < 1900 || year > 2100) return { ok: false, reason: fill(msg('“{value}” is not a plausible year for a grant'), { value: raw }) };
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

/**
 * A date as written in the UK: day first ("03/11/2026", "3-11-26", "3.11.2026"), with the month
 * in words ("3 November 2026", "3 Nov 26"), or ISO ("2026-11-03", with or without a time). A two-digit
 * year is 20xx. Never month first: 03/11 is the 3rd of November.
 */
export function readUkDate(text: string): Read<string> {
  const raw = text.trim();
  if (raw === '') return { ok: false, reason: msg('the date is empty') };
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]), raw);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(raw);
  if (m) return isoDate(year(m[3] ?? ''), Number(m[2]), Number(m[1]), raw);
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})$/.exec(raw);
  if (m) {
    const month = MONTHS.indexOf((m[2] ?? '').slice(0, 3).toLowerCase()) + 1;
    if (month === 0) return { ok: false, reason: fill(msg('“{value}” does not name a month'), { value: raw }) };
    return isoDate(year(m[3] ?? ''), month, Number(m[1]), raw);
  }
  return { ok: false, reason: fill(msg('“{value}” is not a date (write it as 03/11/2026, 3 November 2026 or 2026-11-03)'), { value: raw }) };
}

/** A status word as people write it ("Paid", "grant awarded", "withdrawn by applicant"); empty is "awarded". */
export function readStatus(text: string): Read<'applied' | 'awarded' | 'paid' | 'completed' | 'withdrawn'> {
  const t = text.trim().toLowerCase();
  if (t === '') return { ok: true, value: 'awarded' };
  if (/withdr|declin|cancel|rejected/.test(t)) return { ok: true, value: 'withdrawn' };
  if (/complet|closed|finished|done/.test(t)) return { ok: true, value: 'completed' };
  if (/paid|disburs/.test(t)) return { ok: true, value: 'paid' };
  if (/award|approv|agreed|offered/.test(t)) return { ok: true, value: 'awarded' };
  if (/appl|pending|submitted|received/.test(t)) return { ok: true, value: 'applied' };
  return { ok: false, reason: fill(msg('“{value}” is not a status (applied, awarded, paid, completed or withdrawn)'), { value: text.trim() }) };
}

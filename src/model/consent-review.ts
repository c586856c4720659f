import type { Asset } from './asset';

/** UK GDPR storage limitation: consent is re-confirmed after this many months unless set otherwise. */
export const DEFAULT_CONSENT_REVIEW_MONTHS = 24;

/** The date `months` before `today` (YYYY-MM-DD), clamped to the month's last day (31 March → 28/29 February). */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * People whose consent was given more than `months` ago (or given with no date at all), oldest
 * first: the coordinator re-confirms it or anonymises the record.
 */
export function consentToReview(assets: readonly Asset[], today: string, months: number): Asset[] {
  const cutoff = monthsBefore(today, months);
  return assets
    .filter((a) => a.category === 'individuals' && a.person?.consent.status === 'given' && (a.person.consent.date ?? '') < cutoff)
    .sort((a, b) => (a.person?.consent.date ?? '').localeCompare(b.person?.consent.date ?? ''));
}

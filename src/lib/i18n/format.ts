/**
 * Numbers, money, dates and distances in the chosen language's conventions (Intl): Polish
 * groups and decimals as "1 250,50 £", and Urdu and Punjabi have their own month names. The
 * formatters are cached per language: building one is far dearer than using it.
 */
import { locale } from './index';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>(key: string, make: (tag: string) => T): T {
  const tag = locale();
  const full = `${tag}|${key}`;
  let found = cache.get(full) as T | undefined;
  if (!found) {
    found = make(tag);
    cache.set(full, found);
  }
  return found;
}

/** A count or measure, grouped: 12,345 (en-GB), 12 345 (pl). */
export const formatNumber = (value: number, maximumFractionDigits = 0): string => cached(`n${maximumFractionDigits}`, (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits })).format(value);

/** A share as a percentage with one decimal: 74.3% (en-GB), 74,3% (pl). */
export const formatPercent = (share: number): string => cached('pct', (tag) => new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })).format(share);

/** Pounds from whole pence: £1,250.50; whole pounds when there are no pence. Always "£" (not "GBP"). */
export function formatMoney(pence: number): string {
  const whole = pence % 100 === 0;
  return cached(
    `gbp${whole ? 0 : 2}`,
    (tag) => new Intl.NumberFormat(tag, { style: 'currency', currency: 'GBP', currencyDisplay: 'narrowSymbol', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 }),
  ).format(pence / 100);
}

/** A whole-number share: 42% (en-GB, pl), 42٪ where the language writes it so. */
export const formatWholePercent = (share: number): string => cached('pct0', (tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })).format(share);

/** A distance in metres, or kilometres from 1 km: "800 m", "1.2 km". */
export function formatDistance(metres: number): string {
  if (metres < 1000) return cached('m', (tag) => new Intl.NumberFormat(tag, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 })).format(metres);
  return cached('km', (tag) => new Intl.NumberFormat(tag, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 })).format(metres / 1000);
}

/**
 * A calendar day: 3 November 2026 (en-GB), 3 listopada 2026 (pl). A date of record ("2026-11-03") is
 * that day wherever the tablet is; a moment (today's print) is its day on this device.
 */
export function formatDay(when: Date | string, month: 'long' | 'short' = 'long'): string {
  const dateOnly = typeof when === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(when);
  const zone = dateOnly ? { timeZone: 'UTC' } : {};
  return cached(`day-${month}-${dateOnly}`, (tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month, year: 'numeric', ...zone })).format(new Date(when));
}

/** A moment, to the minute, in the device's time zone: 3 Nov 2026, 14:05. */
export const formatMoment = (when: Date | string): string =>
  cached('moment', (tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })).format(new Date(when));

/** Sorts names as the language does, numbers in names by value ("Block 2" before "Block 10"). */
export const nameCollator = (): Intl.Collator => cached('collate', (tag) => new Intl.Collator(tag, { sensitivity: 'base', numeric: true }));

import { z } from 'zod/mini';
import { DateSchema, IdSchema, TimestampSchema, longText, shortText } from './common';
import { PositionSchema } from './geometry';
import { fill, msg } from '../lib/i18n/msg';

/** Where a grant is in its life: asked for, decided, the money sent, the work done, or not going ahead. */
export const INVESTMENT_STATUSES = ['applied', 'awarded', 'paid', 'completed', 'withdrawn'] as const;
export type InvestmentStatus = (typeof INVESTMENT_STATUSES)[number];

/** Grants that count as money awarded (in totals, the chart and a 360Giving file). */
export const AWARDED_STATUSES: readonly InvestmentStatus[] = ['awarded', 'paid', 'completed'];
export const isAwarded = (investment: { status: InvestmentStatus }): boolean => AWARDED_STATUSES.includes(investment.status);

/** The name shown for a grant whose recipient asset was deleted (files keep it in English; the UI says it again). */
export const GONE_RECIPIENT = msg('A recipient no longer on the map');

/**
 * An organisation identifier as the Org-id standard writes it: a list code (GB-CHC for charities in
 * England and Wales, GB-COH for Companies House, GB-SC for Scottish charities…) and the number in
 * that list, kept as text so a company number's leading zeros survive (GB-COH-01234567).
 */
export const OrgIdSchema = z.string().check(z.trim(), z.regex(/^[A-Z]{2}-[A-Z]{2,6}-[A-Za-z0-9][A-Za-z0-9./-]{0,60}$/, msg('An organisation identifier looks like GB-CHC-1234567 or GB-COH-01234567')));

/**
 * Who received the grant: an asset on the map (a group, an institution, or a person with consent),
 * or a group that is not on the map (an unconstituted group), by name and optionally where it meets.
 */
export const RecipientSchema = z.union([
  z.object({ assetId: IdSchema, orgId: z.optional(OrgIdSchema) }),
  z.object({
    name: shortText(200, msg('The recipient’s name')).check(z.minLength(1, msg('Name the recipient'))),
    orgId: z.optional(OrgIdSchema),
    /** Where the group meets or works: the neighbourhood and small area are worked out from it. */
    at: z.optional(PositionSchema),
  }),
]);
export type Recipient = z.output<typeof RecipientSchema>;

/** £1 is 100 pence: amounts are whole pence, so £1,250.50 adds up exactly. */
export const AmountSchema = z
  .int({ error: (issue) => (typeof issue.input === 'number' ? msg('The amount must be whole pence') : msg('The amount must be a number of pence')) })
  .check(z.positive(msg('The amount must be more than £0')));

/** A grant or other investment in a local group, as a funder or programme records it. */
export const InvestmentSchema = z.object({
  id: IdSchema,
  programme: shortText(120, msg('The programme')).check(z.minLength(1, msg('Name the programme, e.g. Microgrants 2026'))),
  amountPence: AmountSchema,
  awardedOn: DateSchema,
  recipient: RecipientSchema,
  /** What the money is for: the grant's title in a 360Giving file. */
  purpose: shortText(500, msg('The purpose')).check(z.minLength(1, msg('Say what the grant is for'))),
  status: z._default(z.enum(INVESTMENT_STATUSES, { error: fill(msg('The status must be one of: {values}'), { values: INVESTMENT_STATUSES.join(', ') }) }), 'awarded'),
  /** What came of it, written after the work. */
  outcome: z._default(longText(msg('The outcome notes')), ''),
  /** Assets the grant supports (a hall it repairs, a garden it plants), beside the recipient. */
  supports: z._default(z.array(IdSchema).check(z.maxLength(50, msg('At most 50 supported assets'))), []),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export type Investment = z.output<typeof InvestmentSchema>;
export type InvestmentInput = z.input<typeof InvestmentSchema>;

const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const WHOLE_POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

/** "£1,250.50"; whole pounds drop the pence ("£2,500") unless `exact`. */
export function formatPounds(pence: number, exact = false): string {
  return (pence % 100 === 0 && !exact ? WHOLE_POUNDS : POUNDS).format(pence / 100);
}

/** Pence as pounds with two decimals, for files: 125050 → "1250.50" (no float rounding on the way). */
export function poundsText(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

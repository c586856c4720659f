import type { Table } from './read-csv';
import { readPounds, readStatus, readUkDate } from './grant-values';
import type { InvestmentStatus } from '../model/investment';
import { fill, msg } from '../lib/i18n/msg';

/** The columns a grants spreadsheet may have, in the order the import's mapping step lists them. */
export const GRANT_FIELDS = ['amount', 'date', 'recipient', 'postcode', 'purpose', 'programme', 'status', 'orgId', 'outcome'] as const;
export type GrantField = (typeof GRANT_FIELDS)[number];
export type GrantColumns = Partial<Record<GrantField, string>>;

export const GRANT_FIELD_LABELS: Record<GrantField, string> = {
  amount: msg('Amount (£)'),
  date: msg('Date awarded'),
  recipient: msg('Recipient'),
  postcode: msg('Recipient’s postcode'),
  purpose: msg('Purpose'),
  programme: msg('Programme'),
  status: msg('Status'),
  orgId: msg('Charity or company number'),
  outcome: msg('Outcome notes'),
};

/** Which are needed: without them a row is not a grant. */
export const REQUIRED_GRANT_FIELDS: readonly GrantField[] = ['amount', 'date', 'recipient'];

// Header words each field is known by, including the 360Giving column titles, so a funder's own
// 360Giving file reads back in.
const HEADER_PATTERNS: Record<GrantField, RegExp> = {
  amount: /^(amount( awarded)?|grant( amount)?|award( amount)?|value|£|amount \(£\)|sum)$/i,
  date: /^(award(ed)? date|date( awarded)?|date of award|decision date|awarded on)$/i,
  recipient: /^(recipient( org(anisation)?)?(:name)?|recipient org:name|organi[sz]ation( name)?|group( name)?|grantee|applicant)$/i,
  postcode: /^(post ?code|recipient('s)? post ?code|recipient org:postal code|postal code)$/i,
  purpose: /^(purpose|title|description|project|what for|project title|grant purpose)$/i,
  programme: /^(programme|program|fund|grant programme(:title)?|scheme)$/i,
  status: /^(status|stage|grant status)$/i,
  orgId: /^(charity (number|no\.?)|company (number|no\.?)|org(anisation)?[ -]?id|recipient org:identifier|registration number)$/i,
  outcome: /^(outcome|outcomes|outcome notes|notes|result)$/i,
};

/** Each field's column, found by its header; a column is used for one field at most. */
export function detectGrantColumns(columns: readonly string[]): GrantColumns {
  const used = new Set<string>();
  const found: GrantColumns = {};
  for (const field of GRANT_FIELDS) {
    const column = columns.find((c) => !used.has(c) && HEADER_PATTERNS[field].test(c.trim()));
    if (column) {
      found[field] = column;
      used.add(column);
    }
  }
  return found;
}

/** One row that reads as a grant: values checked, the recipient still to be found. */
export interface GrantRow {
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  amountPence: number;
  awardedOn: string;
  recipient: string;
  postcode: string;
  purpose: string;
  programme: string;
  status: InvestmentStatus;
  /** A registered number as written: "1234567", "01234567", "GB-CHC-1234567". */
  orgNumber: string;
  outcome: string;
}

export interface RefusedRow {
  row: number;
  reason: string;
}

/**
 * Reads every row with the chosen columns. A row with an amount that is not money, a date that is
 * not a date, no recipient or a status that is not one is refused with its number and reason; the
 * rest are kept. Blank rows are skipped silently.
 */
export function readGrantRows(table: Table, columns: GrantColumns, largestPence: number): { rows: GrantRow[]; refused: RefusedRow[] } {
  const index = (field: GrantField) => (columns[field] ? table.columns.indexOf(columns[field]) : -1);
  const at = Object.fromEntries(GRANT_FIELDS.map((f) => [f, index(f)])) as Record<GrantField, number>;
  const rows: GrantRow[] = [];
  const refused: RefusedRow[] = [];
  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers[i] ?? i + 2;
    const cell = (field: GrantField) => (at[field] >= 0 ? (cells[at[field]] ?? '').trim() : '');
    const amount = readPounds(cell('amount'));
    const date = readUkDate(cell('date'));
    const status = readStatus(cell('status'));
    const reasons: string[] = [];
    if (!amount.ok) reasons.push(amount.reason);
    else if (amount.value > largestPence)
      reasons.push(
        fill(msg('the amount {amount} is over the largest grant the team records ({largest})'), {
          amount: `£${(amount.value / 100).toLocaleString('en-GB')}`,
          largest: `£${(largestPence / 100).toLocaleString('en-GB')}`,
        }),
      );
    if (!date.ok) reasons.push(date.reason);
    if (cell('recipient') === '') reasons.push(msg('the recipient is missing'));
    if (!status.ok) reasons.push(status.reason);
    if (reasons.length > 0 || !amount.ok || !date.ok || !status.ok) {
      refused.push({ row, reason: reasons.join('; ') });
      return;
    }
    rows.push({
      row,
      amountPence: amount.value,
      awardedOn: date.value,
      recipient: cell('recipient'),
      postcode: cell('postcode'),
      purpose: cell('purpose'),
      programme: cell('programme'),
      status: status.value,
      orgNumber: cell('orgId'),
      outcome: cell('outcome'),
    });
  });
  return { rows, refused };
}

/**
 * A registered number as an org-id: "GB-CHC-1234567" kept; a 6–7 digit number is a charity in
 * England and Wales (GB-CHC); 8 characters (leading zeros, or SC/NI prefixes) a company (GB-COH).
 * Anything else is not guessed.
 */
export function orgIdFromNumber(text: string): string | null {
  const t = text.trim().toUpperCase().replace(/\s+/g, '');
  if (t === '') return null;
  if (/^[A-Z]{2}-[A-Z]{2,6}-[A-Z0-9][A-Z0-9./-]*$/.test(t)) return t;
  if (/^\d{6,7}$/.test(t)) return `GB-CHC-${t}`;
  if (/^(\d{8}|(SC|NI|OC|SO|NC|R0)\d{6})$/.test(t)) return `GB-COH-${t}`;
  return null;
}

import { describe, expect, it } from 'vitest';
import { readPounds, readStatus, readUkDate } from '../../../src/io/grant-values';
import { detectGrantColumns, orgIdFromNumber, readGrantRows } from '../../../src/io/read-grants';
import { readCsv } from '../../../src/io/read-csv';
import { readImportFile } from '../../../src/io/prepare-import';
import { formatPounds, poundsText } from '../../../src/model/investment';

const value = <T>(r: { ok: true; value: T } | { ok: false; reason: string }): T | string => (r.ok ? r.value : `refused: ${r.reason}`);

describe('reading grant values as people type them', () => {
  it('reads pounds to whole pence, with £, commas, spaces, GBP and k', () => {
    expect(value(readPounds('£1,250.50'))).toBe(125050);
    expect(value(readPounds(' 2500 '))).toBe(250000);
    expect(value(readPounds('£2.5k'))).toBe(250000);
    expect(value(readPounds('GBP 50'))).toBe(5000);
    expect(value(readPounds('£ 1 000'))).toBe(100000);
    expect(value(readPounds('0.1'))).toBe(10);
    // 0.1 + 0.2 in floating point is not 0.3; pence are added as integers.
    expect((value(readPounds('£0.10'))! as number) + (value(readPounds('£0.20')) as number)).toBe(30);
  });

  it('refuses what is not money, with the reason', () => {
    expect(value(readPounds('two hundred'))).toBe('refused: “two hundred” is not an amount of money');
    expect(value(readPounds('-50'))).toBe('refused: the amount “-50” is negative');
    expect(value(readPounds('(50)'))).toBe('refused: the amount “(50)” is negative');
    expect(value(readPounds('£12.345'))).toMatch(/not an amount/);
    expect(value(readPounds('1,25'))).toMatch(/not an amount/);
    expect(value(readPounds('0'))).toBe('refused: the amount is £0');
    expect(value(readPounds(''))).toBe('refused: the amount is empty');
  });

  it('reads UK dates day first, in words and ISO, and refuses what is not in the calendar', () => {
    expect(value(readUkDate('03/11/2026'))).toBe('2026-11-03');
    expect(value(readUkDate('3-11-26'))).toBe('2026-11-03');
    expect(value(readUkDate('3 November 2026'))).toBe('2026-11-03');
    expect(value(readUkDate('3rd Nov 26'))).toBe('2026-11-03');
    expect(value(readUkDate('2026-11-03T10:00:00Z'))).toBe('2026-11-03');
    expect(value(readUkDate('31/02/2026'))).toBe('refused: “31/02/2026” is not a date in the calendar');
    expect(value(readUkDate('13/13/2026'))).toMatch(/not a date in the calendar/);
    expect(value(readUkDate('soon'))).toMatch(/is not a date \(write it as/);
    expect(value(readUkDate('3 Smarch 2026'))).toBe('refused: “3 Smarch 2026” does not name a month');
  });

  it('reads statuses as written, empty as awarded', () => {
    expect(value(readStatus(''))).toBe('awarded');
    expect(value(readStatus('Paid'))).toBe('paid');
    expect(value(readStatus('Withdrawn by applicant'))).toBe('withdrawn');
    expect(value(readStatus('Application received'))).toBe('applied');
    expect(value(readStatus('maybe'))).toMatch(/is not a status/);
  });

  it('formats pence as pounds, exactly', () => {
    expect(formatPounds(125050)).toBe('£1,250.50');
    expect(formatPounds(250000)).toBe('£2,500');
    expect(poundsText(125050)).toBe('1250.50');
    expect(poundsText(7)).toBe('0.07');
  });

  it('turns registered numbers into org-ids, keeping leading zeros', () => {
    expect(orgIdFromNumber('1234567')).toBe('GB-CHC-1234567');
    expect(orgIdFromNumber('01234567')).toBe('GB-COH-01234567');
    expect(orgIdFromNumber('SC012345')).toBe('GB-COH-SC012345');
    expect(orgIdFromNumber('gb-chc-1099999')).toBe('GB-CHC-1099999');
    expect(orgIdFromNumber('12')).toBeNull();
    expect(orgIdFromNumber('')).toBeNull();
  });
});

describe('reading a grants spreadsheet', () => {
  const csv = [
    'Organisation,Amount,Date awarded,Purpose,Postcode,Status,Charity number',
    'Canal Side Singers,"£1,200.00",03/11/2026,Sheet music,MB5 2AB,Paid,1234567',
    'Tea Dance Group,lots,04/11/2026,Tea,,,',
    ',£300,05/11/2026,Nobody,,,',
    '',
    'Allotment Society,£250,31/02/2026,Seeds,,,',
    'Youth Club,"£150,000",06/11/2026,A typing slip,,,',
  ].join('\n');

  it('finds the columns by their headers, including 360Giving titles', () => {
    const table = readCsv(csv);
    if (!table.ok) throw new Error('unreadable');
    expect(detectGrantColumns(table.value.columns)).toEqual({
      amount: 'Amount',
      date: 'Date awarded',
      recipient: 'Organisation',
      postcode: 'Postcode',
      purpose: 'Purpose',
      status: 'Status',
      orgId: 'Charity number',
    });
    expect(detectGrantColumns(['Identifier', 'Amount Awarded', 'Award Date', 'Recipient Org:Name', 'Recipient Org:Postal Code', 'Title', 'Grant Programme:Title'])).toMatchObject({
      amount: 'Amount Awarded',
      date: 'Award Date',
      recipient: 'Recipient Org:Name',
      postcode: 'Recipient Org:Postal Code',
      purpose: 'Title',
      programme: 'Grant Programme:Title',
    });
  });

  it('keeps the good rows and refuses each bad one by number and reason', () => {
    const table = readCsv(csv);
    if (!table.ok) throw new Error('unreadable');
    const { rows, refused } = readGrantRows(table.value, detectGrantColumns(table.value.columns), 10_000_000);
    expect(rows).toEqual([
      {
        row: 2,
        amountPence: 120000,
        awardedOn: '2026-11-03',
        recipient: 'Canal Side Singers',
        postcode: 'MB5 2AB',
        purpose: 'Sheet music',
        programme: '',
        status: 'paid',
        orgNumber: '1234567',
        outcome: '',
      },
    ]);
    expect(refused).toEqual([
      { row: 3, reason: '“lots” is not an amount of money' },
      { row: 4, reason: 'the recipient is missing' },
      { row: 6, reason: '“31/02/2026” is not a date in the calendar' },
      { row: 7, reason: 'the amount £150,000 is over the largest grant the team records (£100,000)' },
    ]);
  });
});

describe('a grants spreadsheet chosen in Import data', () => {
  it('is recognised by its amounts, dates and recipients with no place, and offered to the grant import', () => {
    const grants = readImportFile(new TextEncoder().encode('Organisation,Amount,Date awarded,Purpose\nCanal Side Singers,£450,12/05/2026,Sheet music\n'), 'grants.csv');
    expect(grants.ok && grants.value.preview.grants).toEqual({ columns: ['Amount', 'Date awarded', 'Organisation'] });
    // With a place it is a list of assets (a funded groups' directory), not a grants table.
    const placed = readImportFile(new TextEncoder().encode('Organisation,Amount,Date awarded,Postcode,Latitude,Longitude\nSingers,£450,12/05/2026,MB5 2AB,53.2,-2.05\n'), 'groups.csv');
    expect(placed.ok && placed.value.preview.grants).toBeUndefined();
  });
});

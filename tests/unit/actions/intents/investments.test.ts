import { describe, expect, it } from 'vitest';
import { deleteInvestment, importGrants, saveInvestment, type InvestmentDetails } from '../../../../src/actions/intents/investments';
import type { Plan } from '../../../../src/actions/intents/intent';
import type { Result } from '../../../../src/lib/result';
import type { GrantRow } from '../../../../src/io/read-grants';
import { area, asset, fixedContext, square, viewWith } from './fixtures';

const ward = area({ name: 'Canal Side', geometry: square(-2.31, 53.44, 0.02) });
const singers = asset({ name: 'Canal Side Singers', category: 'associations', type: 'choir', postcode: 'MB5 2AB', geometry: { type: 'Point', coordinates: [-2.3, 53.45] } });
const singersWest = asset({ name: 'Canal-side singers', category: 'associations', type: 'choir', postcode: 'MB3 1XY', geometry: { type: 'Point', coordinates: [-2.35, 53.45] } });
const hall = asset({ name: 'The St Mary’s Hall', category: 'physical', type: 'hall' });
const person = asset({ name: 'Asha Patel', category: 'individuals', type: 'cook', person: { consent: { status: 'not-asked' } } });
const view = viewWith({ neighbourhoods: [ward], assets: [singers, singersWest, hall, person] });

const planned = <T>(result: Result<Plan<T>>): Plan<T> => {
  if (!result.ok) throw new Error(result.error.map((p) => p.message).join('; '));
  return result.value;
};
const details = (overrides: Partial<InvestmentDetails> = {}): InvestmentDetails => ({
  id: null,
  programme: 'Microgrants 2026',
  amountPence: 125_050,
  awardedOn: '2026-11-03',
  recipient: { assetId: hall.id },
  purpose: 'New chairs for the hall',
  status: 'awarded',
  outcome: '',
  supports: [singers.id, 'not-an-asset'],
  ...overrides,
});
const row = (overrides: Partial<GrantRow>): GrantRow => ({
  row: 2,
  amountPence: 30_000,
  awardedOn: '2026-10-01',
  recipient: 'Canal Side Singers',
  postcode: '',
  purpose: '',
  programme: '',
  status: 'paid',
  orgNumber: '',
  outcome: '',
  ...overrides,
});

describe('investment intents, without a database', () => {
  it('records a grant to an asset as one undoable change, in exact pence', () => {
    const plan = planned(saveInvestment(view, details(), fixedContext()));
    expect(plan.change?.label).toBe('Record a grant of £1,250.50 to “The St Mary’s Hall”');
    expect(plan.value).toMatchObject({ amountPence: 125_050, status: 'awarded', supports: [singers.id] });
    const edited = planned(saveInvestment(viewWith({ ...view, investments: [plan.value] }), details({ id: plan.value.id, status: 'paid' }), fixedContext('2026-12-01T09:00:00.000Z')));
    expect(edited.value).toMatchObject({ id: plan.value.id, status: 'paid', createdAt: plan.value.createdAt, updatedAt: '2026-12-01T09:00:00.000Z' });
    expect(planned(deleteInvestment(viewWith({ ...view, investments: [plan.value] }), { id: plan.value.id }, fixedContext())).change?.investments?.remove).toEqual([plan.value.id]);
  });

  it('refuses an amount over the team’s largest grant, a person without consent, and a missing purpose', () => {
    const big = saveInvestment(view, details({ amountPence: 20_000_000 }), fixedContext());
    expect(!big.ok && big.error[0]).toMatchObject({ field: 'amount', message: expect.stringContaining('more than the largest grant the team records (£100,000)') });
    const unconsented = saveInvestment(view, details({ recipient: { assetId: person.id } }), fixedContext());
    expect(!unconsented.ok && unconsented.error[0]?.message).toContain('has not given consent');
    const noPurpose = saveInvestment(view, details({ purpose: '  ' }), fixedContext());
    expect(!noPurpose.ok && noPurpose.error[0]?.message).toContain('Say what the grant is for');
    const badOrg = saveInvestment(view, details({ recipient: { name: 'Allotment Society', orgId: 'charity 123' } }), fixedContext());
    expect(!badOrg.ok && badOrg.error[0]?.message).toContain('GB-CHC-1234567');
  });

  it('imports rows, matching recipients by name and postcode or placing a group by its postcode, refusing the rest by number', () => {
    const postcodes = new Map<string, readonly [number, number]>([['MB52ZZ', [-2.305, 53.445]]]);
    const plan = planned(
      importGrants(
        view,
        {
          rows: [
            row({ row: 2, recipient: 'canal side singers', postcode: 'mb5 2ab' }),
            row({ row: 3, recipient: 'St Mary’s Hall', orgNumber: '01234567' }),
            row({ row: 5, recipient: 'Lock Keepers’ Allotment Group', postcode: 'MB5 2ZZ', programme: 'Small sparks' }),
            row({ row: 6, recipient: 'Canal Side Singers' }),
            row({ row: 7, recipient: 'Nobody Known', postcode: 'MB9 9QQ' }),
            row({ row: 8, recipient: 'Asha Patel', postcode: 'MB5 2ZZ' }),
            row({ row: 9, recipient: 'St Mary’s Hall', orgNumber: 'twelve' }),
          ],
          refused: [{ row: 4, reason: '“lots” is not an amount of money' }],
          postcodes,
          programme: 'Microgrants 2026',
          fileName: 'grants.csv',
        },
        fixedContext(),
      ),
    );
    expect(plan.change?.label).toBe('Import 4 grants from grants.csv');
    expect(plan.value).toMatchObject({ imported: 4, matched: 2, byPostcode: 2 });
    const put = plan.change?.investments?.put ?? [];
    expect(put[0]?.recipient).toEqual({ assetId: singers.id });
    expect(put[1]?.recipient).toEqual({ assetId: hall.id, orgId: 'GB-COH-01234567' });
    expect(put[2]).toMatchObject({ recipient: { name: 'Lock Keepers’ Allotment Group', at: [-2.305, 53.445] }, programme: 'Small sparks', purpose: 'Grant to Lock Keepers’ Allotment Group' });
    // A person is never matched from a spreadsheet: the row names a group at that postcode.
    expect(put[3]?.recipient).toEqual({ name: 'Asha Patel', at: [-2.305, 53.445] });
    expect(plan.value.refused).toEqual([
      { row: 4, reason: '“lots” is not an amount of money' },
      { row: 6, reason: '“Canal Side Singers” matches 2 assets on the map; give the recipient’s postcode to tell them apart' },
      { row: 7, reason: 'the recipient “Nobody Known” is not on the map, and its postcode “MB9 9QQ” is not in the postcode table' },
      { row: 9, reason: '“twelve” is not a charity or company number (e.g. 1234567, 01234567 or GB-CHC-1234567)' },
    ]);
  });

  it('describes a grant whose row gives no purpose in the words the UI passes (the coordinator’s language)', () => {
    const postcodes = new Map<string, readonly [number, number]>([['MB52ZZ', [-2.305, 53.445]]]);
    const input = { rows: [row({ recipient: 'Lock Keepers', postcode: 'MB5 2ZZ' })], refused: [], postcodes, programme: 'P', fileName: 'g.csv' };
    const polish = planned(importGrants(view, { ...input, purposeOf: (recipient) => `Dotacja dla ${recipient}` }, fixedContext()));
    expect(polish.change?.investments?.put?.[0]?.purpose).toBe('Dotacja dla Lock Keepers');
    const english = planned(importGrants(view, input, fixedContext()));
    expect(english.change?.investments?.put?.[0]?.purpose).toBe('Grant to Lock Keepers');
  });

  it('refuses a file with no importable grant, saying so', () => {
    const result = importGrants(view, { rows: [row({ recipient: 'Nobody' })], refused: [], postcodes: null, programme: 'P', fileName: 'g.csv' }, fixedContext());
    expect(!result.ok && result.error[0]?.message).toBe('No grant could be imported from “g.csv”: every row was refused.');
  });
});

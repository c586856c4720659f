import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forgetPostcodeTable, loadPostcodeTable, restorePostcodeTable } from '../../../src/actions/postcodes';
import { workspace } from '../../../src/actions/workspace';

const TRAFFORD = 'tests/fixtures/trafford/postcodes/trafford_postcodes.csv';
/** The table in use (a function, so that each read sees the current value). */
const inUse = () => workspace.state.postcodeTable.value;

describe('loading a postcode table', () => {
  it('loads the Trafford postcodes, keeps them on the device, and brings them back after a reload', async () => {
    const loaded = await loadPostcodeTable(new File([readFileSync(TRAFFORD)], 'trafford_postcodes.csv'));
    expect(loaded).toEqual({ ok: true, value: { count: 11264, note: null } });
    expect(inUse()?.lookup.get('M154AB')).toEqual([-2.26046, 53.465578]);

    workspace.state.postcodeTable.value = null; // as after a reload
    await restorePostcodeTable();
    expect(inUse()?.fileName).toBe('trafford_postcodes.csv');
    expect(inUse()?.lookup.size).toBe(11264);
    expect(inUse()?.lookup.get('M154AB')).toEqual([-2.26046, 53.465578]);

    await forgetPostcodeTable();
    await restorePostcodeTable();
    expect(inUse()).toBeNull();
  });

  it('skips rows whose coordinates are empty or off the globe, rather than placing them at 0, 0', async () => {
    const csv = 'postcode,lon,lat\nM33 1AA,-2.31,53.42\nM33 2BB,,\nM33 3CC,-2.3,\nM33 4DD,200,53\n';
    const loaded = await loadPostcodeTable(new File([csv], 'few.csv'));
    expect(loaded.ok && loaded.value.count).toBe(1);
    expect([...(inUse()?.lookup.keys() ?? [])]).toEqual(['M331AA']);
  });

  it('refuses a file without postcode or coordinate columns and keeps the table in use', async () => {
    await loadPostcodeTable(new File(['postcode,lon,lat\nM33 1AA,-2.31,53.42\n'], 'one.csv'));
    const refused = await loadPostcodeTable(new File(['name,town\nA,B\n'], 'names.csv'));
    expect(refused).toEqual({ ok: false, error: [{ message: '\u201cnames.csv\u201d needs a postcode column and longitude/latitude columns.' }] });
    expect(inUse()?.fileName).toBe('one.csv');
  });
});

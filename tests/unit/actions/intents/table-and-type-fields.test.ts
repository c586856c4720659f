import { describe, expect, it } from 'vitest';
import { editAssetCell } from '../../../../src/actions/intents/table-edits';
import { addTypeField, removeTypeField } from '../../../../src/actions/intents/type-fields';
import { DEFAULT_SETTINGS } from '../../../../src/model/settings';
import { asset, fixedContext, viewWith } from './fixtures';

const park = asset({ name: 'Lime Park', type: 'park', extra: { playground: 'yes', bowling: '1' } });
const view = viewWith({ assets: [park] });
const edit = (column: Parameters<typeof editAssetCell>[1]['column'], value: string) => editAssetCell(view, { id: park.id, column, value }, fixedContext());

describe('editing one cell of the attribute table', () => {
  it('is one undoable change named after the asset and the column', () => {
    const closed = edit('status', 'closed');
    if (!closed.ok) throw new Error(closed.error[0]?.message);
    expect(closed.value.change?.label).toBe('Edit \u201cLime Park\u201d: status');
    expect(closed.value.change?.assets?.put).toEqual([{ ...park, status: 'closed', updatedAt: '2026-11-29T09:00:00.000Z' }]);
  });

  it('stores a type\u2019s yes/no field in its spelling, removes a blank detail, and names the field', () => {
    const cafe = edit('extra.cafe', 'Y');
    expect(cafe.ok && cafe.value.value.extra).toEqual({ playground: 'yes', bowling: '1', cafe: 'yes' });
    expect(cafe.ok && cafe.value.change?.label).toBe('Edit \u201cLime Park\u201d: Café');
    const blank = edit('extra.bowling', '  ');
    expect(blank.ok && blank.value.value.extra).toEqual({ playground: 'yes' });
  });

  it('refuses what the form refuses, naming the cell, and changes nothing', () => {
    const unnamed = edit('name', '  ');
    expect(unnamed.ok).toBe(false);
    expect(!unnamed.ok && unnamed.error[0]).toMatchObject({ field: 'name', recordId: park.id });
    const badDate = edit('verifiedAt', '31/02/2026');
    expect(!badDate.ok && badDate.error[0]?.field).toBe('verifiedAt');
    const notYesNo = edit('extra.playground', 'sometimes');
    expect(!notYesNo.ok && notYesNo.error[0]?.message).toBe('Playground: \u201csometimes\u201d is not yes or no');
  });

  it('makes no change when the value is what is stored', () => {
    const same = edit('name', 'Lime Park');
    expect(same.ok && same.value.change).toBeUndefined();
  });
});

describe('types and their fields in Settings', () => {
  it('adds a field under a key made from its name, to an existing type or a new one', () => {
    const added = addTypeField(viewWith(), { type: 'Park', label: 'Bowling greens', kind: 'number' }, fixedContext());
    expect(added.ok && added.value.value.find((t) => t.type === 'park')?.fields.at(-1)).toEqual({ key: 'bowling_greens', label: 'Bowling greens', kind: 'number' });
    const library = addTypeField(viewWith(), { type: ' Library ', label: 'Computers', kind: 'number' }, fixedContext());
    expect(library.ok && library.value.settings?.typeFields?.at(-1)).toEqual({ type: 'library', fields: [{ key: 'computers', label: 'Computers', kind: 'number' }] });
  });

  it('refuses a field the type has, a nameless one, and a type left blank', () => {
    expect(addTypeField(viewWith(), { type: 'park', label: 'Caf\u00e9', kind: 'yes-no' }, fixedContext())).toMatchObject({
      ok: false,
      error: [{ message: '\u201cpark\u201d already has a field \u201cCaf\u00e9\u201d.' }],
    });
    expect(addTypeField(viewWith(), { type: 'park', label: '!!', kind: 'text' }, fixedContext()).ok).toBe(false);
    expect(addTypeField(viewWith(), { type: ' ', label: 'Parking', kind: 'text' }, fixedContext()).ok).toBe(false);
  });

  it('removes a field, and the type with its last field', () => {
    const withoutCafe = removeTypeField(viewWith(), { type: 'park', key: 'cafe' }, fixedContext());
    expect(withoutCafe.ok && withoutCafe.value.value.find((t) => t.type === 'park')?.fields.map((f) => f.key)).toEqual(['playground', 'toilets']);
    let settings = DEFAULT_SETTINGS;
    for (const key of ['meeting_day', 'age_range']) {
      const next = removeTypeField(viewWith({ settings }), { type: 'Group', key }, fixedContext());
      if (!next.ok) throw new Error('removing a field cannot fail');
      settings = { ...settings, typeFields: next.value.value };
    }
    expect(settings.typeFields.map((t) => t.type)).toEqual(['park', 'community centre']);
  });
});

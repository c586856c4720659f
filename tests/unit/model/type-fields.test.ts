import { describe, expect, it } from 'vitest';
import { assetFromDraft, EMPTY_DRAFT, fieldErrors } from '../../../src/model/asset-draft';
import { DEFAULT_TYPE_FIELDS, fieldKey, fieldsOfType, fieldValue, readYesNo } from '../../../src/model/type-fields';
import { SettingsSchema } from '../../../src/model/settings';

const parkFields = fieldsOfType(DEFAULT_TYPE_FIELDS, 'Park');
const hallFields = fieldsOfType(DEFAULT_TYPE_FIELDS, 'community centre');
const context = {
  id: '00000000-0000-4000-8000-000000000001',
  now: '2026-11-30T10:00:00.000Z',
  geometry: { type: 'Point' as const, coordinates: [-2.3, 53.45] as [number, number] },
  neighbourhoodIds: [],
};

describe('a type\u2019s fields', () => {
  it('are found by type ignoring case and accents, and a new workspace starts with parks, groups and community centres', () => {
    expect(parkFields.map((f) => f.key)).toEqual(['playground', 'toilets', 'cafe']);
    expect(fieldsOfType(DEFAULT_TYPE_FIELDS, 'allotment')).toEqual([]);
    expect(SettingsSchema.parse({}).typeFields.map((t) => t.type)).toEqual(['park', 'group', 'community centre']);
  });

  it('read yes and no however a spreadsheet wrote them, and numbers with thousands commas', () => {
    expect(['1', 'Y', 'TRUE', 'yes', '\u2713'].map(readYesNo)).toEqual(['yes', 'yes', 'yes', 'yes', 'yes']);
    expect(['0', 'n', 'False', 'No'].map(readYesNo)).toEqual(['no', 'no', 'no', 'no']);
    expect(readYesNo('sometimes')).toBeNull();
    const capacity = hallFields[0];
    if (!capacity) throw new Error('community centres have a capacity');
    expect(fieldValue(capacity, '1,200')).toEqual({ value: '1200' });
    expect(fieldValue(capacity, 'lots')).toEqual({ problem: 'Capacity (people): \u201clots\u201d is not a number' });
    expect(fieldKey('Meeting day')).toBe('meeting_day');
    expect(fieldKey(' Caf\u00e9 ')).toBe('cafe');
  });
});

describe('details in the asset form', () => {
  it('are stored in the field\u2019s spelling, blanks dropped, other details kept as typed', () => {
    const built = assetFromDraft(
      { ...EMPTY_DRAFT, name: 'Lime Park', category: 'physical', type: 'park', extra: { playground: 'Y', toilets: '', cafe: 'no', parking: ' 20 spaces ' } },
      { ...context, typeFields: parkFields },
    );
    expect(built.ok && built.value.extra).toEqual({ playground: 'yes', cafe: 'no', parking: '20 spaces' });
  });

  it('refuse a value a field cannot hold, under that field', () => {
    const built = assetFromDraft({ ...EMPTY_DRAFT, name: 'Hall', category: 'physical', type: 'community centre', extra: { capacity: 'big' } }, { ...context, typeFields: hallFields });
    expect(!built.ok && fieldErrors(built.error)).toEqual({ 'extra.capacity': 'Capacity (people): \u201cbig\u201d is not a number' });
  });
});

import { describe, expect, it } from 'vitest';
import { AssetSchema } from '../../../src/model/asset';
import { DEFAULT_TYPE_FIELDS } from '../../../src/model/type-fields';
import { cellText, holds, sortedIds, tableColumns } from '../../../src/ui/attribute-table-model';
import { makeAsset } from '../factories';

const a = (name: string, type: string, extra: Record<string, string> = {}) => AssetSchema.parse(makeAsset({ name, type, extra }));
const assets = [a('Lime Park', 'park', { playground: 'no' }), a('Ash Park', 'park', { playground: 'yes', cafe: '1' }), a('Knit group', 'group', { meeting_day: 'Tuesday' }), a('Elm Park', 'park')];
const names = new Map<string, string>();
const columns = tableColumns(assets, DEFAULT_TYPE_FIELDS);
const column = (id: string) => columns.find((c) => c.id === id) ?? columns[0];
const order = (id: string, descending = false) => sortedIds(assets, columns, { column: id as 'name', descending }, names).map((x) => assets.find((y) => y.id === x)?.name);

describe('the attribute table', () => {
  it('has the common columns, then the fields of the types in the list', () => {
    expect(columns.map((c) => c.label)).toEqual(['Name', 'Category', 'Type', 'Status', 'Neighbourhoods', 'Last verified', 'Playground', 'Toilets', 'Café', 'Meeting day', 'Age range']);
    expect(
      tableColumns(assets.slice(2, 3), DEFAULT_TYPE_FIELDS)
        .map((c) => c.label)
        .slice(6),
    ).toEqual(['Meeting day', 'Age range']);
  });

  it('shows a field only for assets whose type has it, yes/no as words', () => {
    const cafe = column('extra.cafe');
    if (!cafe) throw new Error('parks have a café column');
    expect(assets.map((x) => holds(x, cafe, DEFAULT_TYPE_FIELDS))).toEqual([true, true, false, true]);
    expect(cellText(assets[1]!, cafe, names)).toBe('Yes');
  });

  it('sorts text ignoring case, yes before no, empty cells last either way, ties in list order', () => {
    expect(order('name')).toEqual(['Ash Park', 'Elm Park', 'Knit group', 'Lime Park']);
    expect(order('name', true)).toEqual(['Lime Park', 'Knit group', 'Elm Park', 'Ash Park']);
    expect(order('extra.playground')).toEqual(['Ash Park', 'Lime Park', 'Knit group', 'Elm Park']);
    expect(order('extra.playground', true)).toEqual(['Lime Park', 'Ash Park', 'Knit group', 'Elm Park']);
  });
});

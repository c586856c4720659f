import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, MAX_DETAIL_VALUES, filterAssets, matchesQuery, prepareSearchText, queryMatcher, vocabulary } from '../../../src/model/asset-query';
import { AssetSchema } from '../../../src/model/asset';
import { makeAsset } from '../factories';

const area = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const assets = [
  AssetSchema.parse(makeAsset({ name: 'Longford Park', tags: ['walking', 'Football'], neighbourhoodIds: [area], extra: { playground: 'yes', cafe: 'no', managed_by: 'Friends of Longford' } })),
  AssetSchema.parse(makeAsset({ name: 'Caf\u00e9 Nero', category: 'economic', type: 'caf\u00e9', description: 'Hosts the knit group', status: 'closed' })),
  AssetSchema.parse(makeAsset({ name: 'Walking Netball', category: 'associations', type: 'sports club', tags: ['netball'], extra: { playground: '0', cafe: '1' } })),
];
const names = (q: Partial<typeof EMPTY_QUERY>) => assets.filter((a) => matchesQuery(a, { ...EMPTY_QUERY, ...q })).map((a) => a.name);

describe('matchesQuery', () => {
  it('matches every word in name, description or tags, ignoring case and accents', () => {
    expect(names({ text: 'walking' })).toEqual(['Longford Park', 'Walking Netball']);
    expect(names({ text: 'CAFE knit' })).toEqual(['Caf\u00e9 Nero']);
    expect(names({ text: 'football park' })).toEqual(['Longford Park']);
  });

  it('reads an edited record afresh: the store hands out a new object, and its text is folded anew', () => {
    const matches = queryMatcher({ ...EMPTY_QUERY, text: 'nero' });
    const [, cafe] = assets;
    expect(matches(cafe!)).toBe(true);
    const renamed = { ...cafe!, name: 'Caf\u00e9 Roma' };
    expect(matches(renamed)).toBe(false);
    expect(queryMatcher({ ...EMPTY_QUERY, text: 'roma' })(renamed)).toBe(true);
    // The first object's answer is unchanged by the second's.
    expect(matches(cafe!)).toBe(true);
  });

  it('filters by category, type, tag, status and neighbourhood together', () => {
    expect(names({ category: 'economic' })).toEqual(['Caf\u00e9 Nero']);
    expect(names({ type: 'Sports Club' })).toEqual(['Walking Netball']);
    expect(names({ tag: 'football' })).toEqual(['Longford Park']);
    expect(names({ status: 'closed' })).toEqual(['Caf\u00e9 Nero']);
    expect(names({ neighbourhoodId: area })).toEqual(['Longford Park']);
    expect(names({ text: 'walking', category: 'associations' })).toEqual(['Walking Netball']);
  });

  it('finds details: their values, and the name of each that says yes (not of those that say no)', () => {
    expect(names({ text: 'friends' })).toEqual(['Longford Park']);
    expect(names({ text: 'playground' })).toEqual(['Longford Park']);
    expect(names({ text: 'cafe' })).toEqual(['Caf\u00e9 Nero', 'Walking Netball']);
    expect(names({ text: 'managed' })).toEqual([]);
  });

  it('filters by a detail, with any value or one value', () => {
    expect(names({ detail: 'playground' })).toEqual(['Longford Park', 'Walking Netball']);
    expect(names({ detail: 'playground', detailValue: 'Yes' })).toEqual(['Longford Park']);
    expect(names({ detail: 'managed_by' })).toEqual(['Longford Park']);
    expect(names({ detail: 'nothing' })).toEqual([]);
  });

  it('lists the types, tags and details in use, and the values of each detail', () => {
    expect(vocabulary(assets)).toEqual({
      types: ['caf\u00e9', 'park', 'sports club'],
      tags: ['Football', 'netball', 'walking'],
      details: [
        { key: 'cafe', values: ['1', 'no'] },
        { key: 'managed_by', values: ['Friends of Longford'] },
        { key: 'playground', values: ['0', 'yes'] },
      ],
    });
  });

  it('does not list the values of a detail with too many to choose from', () => {
    const many = Array.from({ length: MAX_DETAIL_VALUES + 1 }, (_, i) => AssetSchema.parse(makeAsset({ name: `Site ${i}`, extra: { address: `${i} High Street` } })));
    expect(vocabulary(many).details).toEqual([{ key: 'address', values: [] }]);
    expect(vocabulary(many.slice(1)).details[0]?.values).toHaveLength(MAX_DETAIL_VALUES);
  });
});

/** Runs a step-wise job to the end: how many times it paused, and what it gave. */
function runSteps<T>(steps: Generator<void, T>): { pauses: number; result: T } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { pauses, result: next.value };
    pauses += 1;
  }
}

describe('filterAssets', () => {
  it('finds what the matcher finds, in the list\u2019s order, with or without words', () => {
    const queries = [
      { text: 'walking' },
      { text: 'CAFE knit' },
      { text: 'cafe' },
      { category: 'economic' as const },
      { text: 'walking', category: 'associations' as const },
      { text: 'nothing like it' },
      {},
    ];
    for (const q of queries) {
      const query = { ...EMPTY_QUERY, ...q };
      expect(filterAssets(assets, query)).toEqual(assets.filter(queryMatcher(query)));
    }
    expect(filterAssets(assets, { ...EMPTY_QUERY, text: 'walking' }).map((a) => a.name)).toEqual(['Longford Park', 'Walking Netball']);
  });

  it('reads a list the store replaced afresh: an edited record is found by its new text, not its old', () => {
    const before = [...assets];
    for (const _ of prepareSearchText(before, 1)) void _; // the index of the list as it was
    expect(filterAssets(before, { ...EMPTY_QUERY, text: 'nero' })).toHaveLength(1);
    const after = before.map((a) => (a.name === 'Caf\u00e9 Nero' ? { ...a, name: 'Caf\u00e9 Roma' } : a));
    expect(filterAssets(after, { ...EMPTY_QUERY, text: 'nero' })).toEqual([]);
    expect(filterAssets(after, { ...EMPTY_QUERY, text: 'roma' }).map((a) => a.name)).toEqual(['Caf\u00e9 Roma']);
    // The old list's index is its own.
    expect(filterAssets(before, { ...EMPTY_QUERY, text: 'nero' })).toHaveLength(1);
  });
});

describe('sorting a large list by name in steps', () => {
  it('gives exactly the order of the one-go sort, keeping equal names in their first order', async () => {
    const { sortByName, sortByNameInSteps } = await import('../../../src/model/asset-query');
    const names = ['Zoë', 'zoe', 'Ávila', 'avila', 'Bakery', 'bakery', 'Élan', 'elan', 'Café', 'cafe'];
    const items = Array.from({ length: 2_345 }, (_, i) => ({ name: names[(i * 7) % names.length] as string, i }));
    const { pauses, result } = runSteps(sortByNameInSteps(items, 100));
    expect(pauses).toBeGreaterThan(24); // 24 runs, then the merges: one step each
    expect(result.map((x) => x.i)).toEqual(sortByName(items).map((x) => x.i));
  });
});

describe('the vocabulary in steps', () => {
  it('gives the one-go answer, a step per slice of assets', async () => {
    const { vocabulary, vocabularyInSteps } = await import('../../../src/model/asset-query');
    const kinds = ['park', 'Park', 'café', 'hall', ''];
    const many = Array.from({ length: 1_050 }, (_, i) => ({
      ...(assets[i % assets.length] as (typeof assets)[number]),
      type: kinds[Math.floor(i / 3) % kinds.length] as string,
      tags: i % 100 === 0 ? [`tag ${i}`] : [],
    }));
    const { pauses, result } = runSteps(vocabularyInSteps(many, 100));
    expect(pauses).toBe(10); // 11 slices: a pause between each
    expect(result).toEqual(vocabulary(many));
    expect(result.types).toEqual(['café', 'hall', 'park', 'Park']);
    expect(result.tags).toHaveLength(11);
  });
});

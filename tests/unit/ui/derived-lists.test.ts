import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_QUERY } from '../../../src/model/asset-query';
import { appState } from '../../../src/store/state';
import { filteredAssets, query, sortedFilteredAssets, startDerivedLists } from '../../../src/ui/ui-state';
import { asset } from '../actions/intents/fixtures';
import type { Asset } from '../../../src/model/asset';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Waits until the list's order has been worked out (large lists are sorted over several tasks). */
async function listSettled(): Promise<readonly Asset[]> {
  for (let i = 0; i < 200 && sortedFilteredAssets.value.length !== filteredAssets.value.length; i += 1) await settle();
  for (let i = 0; i < 20; i += 1) await settle();
  return sortedFilteredAssets.value;
}

const byName = (items: readonly Asset[]) => items.map((a) => a.name);

describe('the list and the map follow the query', () => {
  let stop = () => {};
  beforeEach(() => {
    query.value = EMPTY_QUERY;
    appState.assets.value = [];
    stop = startDerivedLists();
  });
  afterEach(() => stop());

  it('hands on the same list while a longer search still matches the same assets', () => {
    appState.assets.value = [asset({ name: 'Walking group' }), asset({ name: 'Walkers club' }), asset({ name: 'Choir' })];
    query.value = { ...EMPTY_QUERY, text: 'walk' };
    const first = filteredAssets.value;
    expect(byName(first)).toEqual(['Walking group', 'Walkers club']);
    query.value = { ...EMPTY_QUERY, text: 'wal' };
    expect(filteredAssets.value).toBe(first);
    query.value = { ...EMPTY_QUERY, text: 'walki' };
    expect(byName(filteredAssets.value)).toEqual(['Walking group']);
    expect(filteredAssets.value).not.toBe(first);
    // An edit to a listed asset is a new list, with the edited record in it.
    const [walking] = appState.assets.value;
    const renamed = { ...walking!, name: 'Walking group (Tuesdays)' };
    appState.assets.value = appState.assets.value.map((a) => (a === walking ? renamed : a));
    expect(filteredAssets.value).toEqual([renamed]);
  });

  it('orders a large filtered list by name from the whole workspace\u2019s order, as a sort would', async () => {
    const names = Array.from({ length: 12_000 }, (_, i) => `Group ${String((i * 7919) % 12_000).padStart(5, '0')} ${i % 3 === 0 ? 'walking' : 'choir'}`);
    appState.assets.value = names.map((name) => asset({ name }));
    const all = await listSettled();
    expect(all).toHaveLength(12_000);
    const sorted = [...names].sort();
    expect(byName(all)).toEqual(sorted);

    // In the next task, not over several: the whole workspace's order with the rest left out.
    query.value = { ...EMPTY_QUERY, text: 'walking' };
    await settle();
    expect(byName(sortedFilteredAssets.value)).toEqual(sorted.filter((n) => n.endsWith('walking')));
    query.value = { ...EMPTY_QUERY, text: 'choir' };
    await settle();
    expect(byName(sortedFilteredAssets.value)).toEqual(sorted.filter((n) => n.endsWith('choir')));

    // After the assets change the old order no longer applies: the list is sorted afresh.
    appState.assets.value = [...appState.assets.value, asset({ name: 'Aardvark choir' })];
    const resorted = await listSettled();
    expect(byName(resorted)).toEqual(['Aardvark choir', ...sorted.filter((n) => n.endsWith('choir'))]);
  });
});

import { foldForMatch } from '../lib/fold';
import type { Asset } from './asset';
import type { CategoryId } from './categories';
import { readYesNo } from './type-fields';

/** What the coordinator is looking for in the asset list. Empty fields match everything. */
export interface AssetQuery {
  text: string;
  category: CategoryId | '';
  type: string;
  tag: string;
  neighbourhoodId: string;
  status: Asset['status'] | '';
  /** A detail (a key of `extra`: a type's field or an imported column) the asset must have… */
  detail: string;
  /** …with this value ('' for any value). */
  detailValue: string;
}

export const EMPTY_QUERY: AssetQuery = { text: '', category: '', type: '', tag: '', neighbourhoodId: '', status: '', detail: '', detailValue: '' };

const fold = foldForMatch;

/**
 * The words an asset's details add to what search looks through: every value, and the name of each
 * detail that says yes, so "playground" finds the parks that have one (and not those that do not).
 */
function detailWords(extra: Readonly<Record<string, string>>): string {
  let words = '';
  for (const key in extra) {
    const value = extra[key] ?? '';
    words += ` ${value}`;
    if (readYesNo(value) === 'yes') words += ` ${key.replace(/_/g, ' ')}`;
  }
  return words;
}

/** Equal ignoring case and accents, or both the same yes or no however written ("1" and "yes"). */
function sameDetailValue(a: string, b: string): boolean {
  if (fold(a) === fold(b)) return true;
  const yesNo = readYesNo(a);
  return yesNo !== null && yesNo === readYesNo(b);
}

/**
 * True when the asset matches every part of the query; text matches name, description, tags and
 * details (see `detailWords`).
 */
export function matchesQuery(asset: Asset, query: AssetQuery): boolean {
  return queryMatcher(query)(asset);
}

/**
 * The query made ready to test many assets: its words and values folded once, not once per asset.
 * Filtering 100,000 assets on each key typed in "Search assets" folded the query and every asset's
 * text each time, about 100 ms a key; now each asset's text is folded once (`searchText`).
 */
export function queryMatcher(query: AssetQuery): (asset: Asset) => boolean {
  const words = queryWords(query);
  const others = otherCriteria(query);
  return (asset) => others(asset) && containsAll(searchText(asset), words);
}

/**
 * The assets that match, in the list's order: `queryMatcher` over the list, but the words are looked
 * for in the list's text index (`prepareSearchText`), a plain array read in order. Looking each
 * asset's text up by record (a WeakMap) took 45–50 ms for 100,000 assets, most of each key typed in
 * "Search assets"; the index takes 7–10 ms.
 */
export function filterAssets(assets: readonly Asset[], query: AssetQuery): Asset[] {
  const words = queryWords(query);
  const others = otherCriteria(query);
  if (words.length === 0) return assets.filter(others);
  const texts = textIndex(assets);
  const out: Asset[] = [];
  for (let i = 0; i < assets.length; i += 1) {
    const asset = assets[i] as Asset;
    if (containsAll(texts[i] as string, words) && others(asset)) out.push(asset);
  }
  return out;
}

const queryWords = (query: AssetQuery): string[] => fold(query.text).split(/\s+/).filter(Boolean);

function containsAll(haystack: string, words: readonly string[]): boolean {
  for (const word of words) if (!haystack.includes(word)) return false;
  return true;
}

/** Every part of the query but its words. */
function otherCriteria(query: AssetQuery): (asset: Asset) => boolean {
  const type = query.type ? fold(query.type) : '';
  const tag = query.tag ? fold(query.tag) : '';
  return (asset) => {
    if (query.category && asset.category !== query.category) return false;
    if (query.status && asset.status !== query.status) return false;
    if (type && fold(asset.type) !== type) return false;
    if (tag && !asset.tags.some((t) => fold(t) === tag)) return false;
    if (query.neighbourhoodId && !asset.neighbourhoodIds.includes(query.neighbourhoodId)) return false;
    if (query.detail) {
      const value = asset.extra[query.detail];
      if (value === undefined || value.trim() === '') return false;
      if (query.detailValue && !sameDetailValue(value, query.detailValue)) return false;
    }
    return true;
  };
}

/**
 * Folds the assets' searchable text ahead of the first search, a slice at a time (yielding between
 * slices), so the first key typed in a large workspace does not pay for all of it; then keeps the
 * list's text index that `filterAssets` reads.
 */
export function* prepareSearchText(assets: readonly Asset[], slice = 10_000): Generator<void, void> {
  if (textIndexes.has(assets)) return;
  const texts = new Array<string>(assets.length);
  for (let i = 0; i < assets.length; i += 1) {
    texts[i] = searchText(assets[i] as Asset);
    if ((i + 1) % slice === 0) yield;
  }
  textIndexes.set(assets, texts);
}

/** Each asset's searchable text, folded; records are replaced, never changed, so it stays right. */
const searchTexts = new WeakMap<Asset, string>();

/**
 * Each list's searchable texts, by position. The store replaces the list whenever a record changes,
 * so an index never goes stale; an edit re-folds only the records it replaced (`searchTexts`).
 */
const textIndexes = new WeakMap<readonly Asset[], string[]>();

function textIndex(assets: readonly Asset[]): string[] {
  let texts = textIndexes.get(assets);
  if (texts === undefined) {
    texts = assets.map(searchText);
    textIndexes.set(assets, texts);
  }
  return texts;
}

function searchText(asset: Asset): string {
  let text = searchTexts.get(asset);
  if (text === undefined) {
    text = fold(`${asset.name} ${asset.description} ${asset.tags.join(' ')}${detailWords(asset.extra)}`);
    searchTexts.set(asset, text);
  }
  return text;
}

export function isEmptyQuery(query: AssetQuery): boolean {
  return Object.values(query).every((v) => v === '');
}

/** The words in use, for the filter menus: types, tags, and each detail's values (at most `MAX_DETAIL_VALUES`). */
export interface Vocabulary {
  types: string[];
  tags: string[];
  details: { key: string; values: string[] }[];
}

/** Beyond this many different values a detail (an address, a name) is not a useful menu. */
export const MAX_DETAIL_VALUES = 30;

/** The distinct types, tags and details in use, sorted, for the filter menus. */
export function vocabulary(assets: readonly Asset[]): Vocabulary {
  const steps = vocabularyInSteps(assets, Infinity);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same as `vocabulary`, a step per `slice` assets, so that a caller can spread 100,000 of them
 * over tasks. A run of the same type (an import's rows often share one) is looked up once.
 */
export function* vocabularyInSteps(assets: readonly Asset[], slice = 10_000): Generator<void, Vocabulary> {
  const types = new Set<string>();
  const tags = new Set<string>();
  const details = new Map<string, Set<string>>();
  let last = '';
  for (let start = 0; start < assets.length; start += slice) {
    const end = Math.min(assets.length, start + slice);
    for (let i = start; i < end; i += 1) {
      const a = assets[i] as Asset;
      if (a.type && a.type !== last) types.add((last = a.type));
      for (const t of a.tags) tags.add(t);
      for (const key in a.extra) {
        const values = details.get(key) ?? new Set<string>();
        if (values.size === 0) details.set(key, values);
        // One past the limit marks a detail with too many values to list (it can still be filtered by "any value").
        if (values.size <= MAX_DETAIL_VALUES && a.extra[key]?.trim()) values.add(a.extra[key].trim());
      }
    }
    if (end < assets.length) yield;
  }
  const sort = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
  const listed = [...details].map(([key, values]) => ({ key, values: values.size > MAX_DETAIL_VALUES ? [] : sort(values) }));
  return { types: sort(types), tags: sort(tags), details: listed.sort((a, b) => a.key.localeCompare(b.key)) };
}

type Keyed<T> = { key: string; item: T };
const byKey = <T>(a: Keyed<T>, b: Keyed<T>) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Assets by name, ignoring case and accents. Each name is folded once and compared as plain text:
 * ten times faster than a collator compare per pair when an import brings 100,000 names.
 */
export function sortByName<T extends { name: string }>(items: readonly T[]): T[] {
  return items
    .map((item): Keyed<T> => ({ key: nameKey(item), item }))
    .sort(byKey)
    .map((k) => k.item);
}

/**
 * The same order as `sortByName`, worked out in steps a caller can spread over tasks, so that
 * sorting 100,000 names never holds the page: sorted runs of `run` items, then pairwise merges.
 */
export function* sortByNameInSteps<T extends { name: string }>(items: readonly T[], run = 10_000): Generator<void, T[]> {
  let runs: Keyed<T>[][] = [];
  for (let start = 0; start < items.length; start += run) {
    runs.push(
      items
        .slice(start, start + run)
        .map((item) => ({ key: nameKey(item), item }))
        .sort(byKey),
    );
    yield;
  }
  while (runs.length > 1) {
    const merged: Keyed<T>[][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      const right = runs[i + 1];
      merged.push(right ? yield* mergeRuns(runs[i] as Keyed<T>[], right, run) : (runs[i] as Keyed<T>[]));
    }
    runs = merged;
  }
  const sorted = runs[0] ?? [];
  const out: T[] = new Array<T>(sorted.length);
  for (let k = 0; k < sorted.length; k += 1) {
    out[k] = (sorted[k] as Keyed<T>).item;
    if (k % (run * 4) === run * 4 - 1) yield;
  }
  return out;
}

/**
 * Merges two sorted runs, yielding after every `step` items placed; on equal keys the left one's
 * item comes first, as a stable sort keeps it.
 */
function* mergeRuns<T>(left: readonly Keyed<T>[], right: readonly Keyed<T>[], step: number): Generator<void, Keyed<T>[]> {
  const out: Keyed<T>[] = new Array<Keyed<T>>(left.length + right.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length) {
    out[k++] = byKey(right[j] as Keyed<T>, left[i] as Keyed<T>) < 0 ? (right[j++] as Keyed<T>) : (left[i++] as Keyed<T>);
    if (k % step === 0) yield;
  }
  while (i < left.length) out[k++] = left[i++] as Keyed<T>;
  while (j < right.length) out[k++] = right[j++] as Keyed<T>;
  yield;
  return out;
}

/**
 * An item's name folded for sorting. Worked out afresh each sort: remembering it per record (a
 * WeakMap) cost more than it saved, since growing that map to 100,000 entries after an import
 * held the page for up to a tenth of a second at a time.
 */
function nameKey(item: { name: string }): string {
  return /[^ -~]/.test(item.name) ? fold(item.name) : item.name.toLowerCase(); // plain printable ASCII needs no folding
}

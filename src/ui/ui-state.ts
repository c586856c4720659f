import type { InvestmentSymbol } from '../map/features';
import { computed, effect, signal } from '@preact/signals';
import type { Asset } from '../model/asset';
import { transition, type Mode, type ModeEvent } from './mode-machine';
import { CATEGORY_IDS, type CategoryId } from '../model/categories';
import { EMPTY_QUERY, filterAssets, isEmptyQuery, prepareSearchText, sortByName, sortByNameInSteps, vocabulary, vocabularyInSteps, type AssetQuery } from '../model/asset-query';
import { appState } from '../store/state';
import { connectionLines } from '../model/connections';
import { findAsset, prepareLinkIndex } from '../model/asset-links';

export type { Mode, FormMode, BoundaryMode, NeighbourhoodFormMode, NeighbourhoodFields, ModeEvent } from './mode-machine';

export const mode = signal<Mode>({ kind: 'browse' });

/** Changes the mode by what the user did (mode-machine.ts): the one way components change it. */
export function send(event: ModeEvent): void {
  mode.value = transition(mode.value, event);
}

/** The area the map shows now, for "print the current map area". */
export const mapViewBounds = signal<[number, number, number, number] | null>(null);
export const printOpen = signal(false);
/** Whether the review of team conflicts is open (from the top bar's "Conflicts (N)"). */
export const conflictsOpen = signal(false);

/** Whether the device says it has a network: the online street map is drawn (and credited) only then. */
export const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);

/** Follows the device going on and off line; returns the stop. */
export function watchOnline(): () => void {
  const update = () => (online.value = navigator.onLine);
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  return () => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  };
}
/** The attribute table of the current list is open over the map and panel. */
export const tableOpen = signal(false);
export const query = signal<AssetQuery>(EMPTY_QUERY);
/** A short message after an action, with Undo where it can be undone. */
export const toast = signal<{ message: string; undoable: boolean } | null>(null);

/** The list filtered last, handed on again while the same assets match (see `filteredAssets`). */
let lastFiltered: readonly Asset[] = [];

/**
 * The assets the query matches, in the workspace's order. While a key typed leaves the same assets
 * matching ("Asset" to "Asset " among 100,000 called "Asset …"), the list already handed on is
 * handed on again: the same array, so the list's order, the map's markers and the count are not
 * worked out again for nothing.
 */
export const filteredAssets = computed(() => {
  const assets = appState.assets.value;
  const next = isEmptyQuery(query.value) ? assets : filterAssets(assets, query.value);
  if (next !== assets && sameItems(next, lastFiltered)) return lastFiltered;
  lastFiltered = next;
  return next;
});

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A result worked out a step per task (see sortByNameInSteps), so that the page is never held for
 * long, and handed on when done. Starting again, or setting a result at once, drops a run still
 * going: an older list must not land over a newer one.
 */
class InSteps<T> {
  private latest = 0;
  constructor(private readonly done: (result: T) => void) {}
  now(result: T): void {
    this.latest += 1;
    this.done(result);
  }
  start(steps: Generator<void, T>): void {
    const run = ++this.latest;
    const step = () => {
      if (run !== this.latest) return;
      const next = steps.next();
      if (next.done) this.done(next.value);
      else setTimeout(step, 0);
    };
    setTimeout(step, 0);
  }
}

/** Up to this many assets are sorted or summed up at once; more (after a big import) in steps. */
const AT_ONCE = 5_000;

/** The list's order, worked out once per change of data or query, not on every render. */
export const sortedFilteredAssets = signal<readonly Asset[]>([]);
const listOrder = new InSteps<Asset[]>((sorted) => (sortedFilteredAssets.value = sorted));

/**
 * The whole workspace in the list's order, kept from the last time the list showed it all. A large
 * filtered list is then that order with the rest left out, in one task, instead of a sort in steps
 * (at 100,000 assets, each change of filter sorted its tens of thousands of matches over several tasks).
 */
let workspaceOrder: { of: readonly Asset[]; sorted: readonly Asset[] } | null = null;

function* remembered(steps: Generator<void, Asset[]>, items: readonly Asset[]): Generator<void, Asset[]> {
  const sorted = yield* steps;
  if (items === appState.assets.peek()) workspaceOrder = { of: items, sorted };
  return sorted;
}

/**
 * `items` (a part of `order`, the same records) in `order`'s order: one step, in a task of its own
 * (`InSteps.start`) so that the key or filter change that asked for it is answered first. Done in
 * the change's own task, with the list drawn there too, the app's handlers took 150–160 ms (p95) at
 * 100,000 assets in the interaction benchmark, against 50–80 ms this way.
 */
// eslint-disable-next-line require-yield -- one step, run by InSteps like the sorts
function* inOrderOf(order: readonly Asset[], items: readonly Asset[]): Generator<void, Asset[]> {
  const wanted = new Set(items);
  return order.filter((asset) => wanted.has(asset));
}

/** The types and tags in use, for the filter menus; worked out again only when assets change. */
export const assetVocabulary = signal(vocabulary([]));
const vocabularyOfAssets = new InSteps<ReturnType<typeof vocabulary>>((words) => (assetVocabulary.value = words));

/**
 * Keeps the list's order and the filter menus' words in step with the data, from start-up
 * (main.tsx) until the returned function stops it. A larger list shows its previous order for the
 * few frames its sort takes.
 */
export function startDerivedLists(): () => void {
  const stopOrder = effect(() => {
    const items = filteredAssets.value;
    const all = appState.assets.peek();
    if (items.length <= AT_ONCE) listOrder.now(sortByName(items));
    else if (workspaceOrder?.of === all) listOrder.start(inOrderOf(workspaceOrder.sorted, items));
    else listOrder.start(remembered(sortByNameInSteps(items), items));
  });
  const stopWords = effect(() => {
    const assets = appState.assets.value;
    if (assets.length <= AT_ONCE) vocabularyOfAssets.now(vocabulary(assets));
    else vocabularyOfAssets.start(vocabularyInSteps(assets));
  });
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stopLinks = effect(() => {
    const assets = appState.assets.value;
    clearTimeout(idle);
    if (assets.length <= AT_ONCE) return;
    // After the list and the menus have had their turn: tasks of their own, off the input's path.
    idle = setTimeout(() => {
      prepareLinkIndex(assets);
      const steps = prepareSearchText(assets);
      const step = () => {
        if (!steps.next().done) idle = setTimeout(step, 0);
      };
      idle = setTimeout(step, 0);
    }, 500);
  });
  return () => (stopOrder(), stopWords(), stopLinks(), clearTimeout(idle));
}

export const selectedAsset = computed(() => {
  const id = appState.selectedAssetId.value;
  // With nothing selected, no need to walk the list (100,000 records after a large import).
  return id === null ? null : findAsset(appState.assets.value, id);
});

/** True while the form holds input that has not been saved: updates must not reload the page then. */
export const hasUnsavedInput = computed(() => mode.value.kind === 'form' && mode.value.dirty);

/** Which list the side panel shows. */
export const panelTab = signal<'assets' | 'neighbourhoods' | 'plans' | 'investment' | 'layers' | 'coverage'>('assets');

/** Whether links between assets are drawn on the map (Layers → "Show connections"). */
export const showConnections = signal(false);
/** The links drawn: between the assets the list shows, worked out once per change (map and key share it). */
export const shownConnections = computed(() => (showConnections.value ? connectionLines(filteredAssets.value) : []));

/** The neighbourhood whose action group and plan the Plans tab shows (null: the first with one). */
export const planNeighbourhoodId = signal<string | null>(null);
/** Whether the photo walks' photos (all but those set aside) are drawn on the map. */
export const showWalkPhotos = signal(true);
/** The neighbourhood whose photo walk sheet is open for printing (null: none). */
export const walkSheetNeighbourhoodId = signal<string | null>(null);
/** The programme the Investment tab, its map symbols and its print show ('' for every programme). */
export const investmentProgramme = signal('');
/** Whether money awarded per neighbourhood is drawn on the map while the Investment tab is open. */
export const showInvestmentOnMap = signal(true);
/** The discs of money per neighbourhood, set by the Investment tab from its figures. */
export const investmentSymbols = signal<readonly InvestmentSymbol[]>([]);
/** A grants spreadsheet chosen in "Import data", for the Investment tab's grant import to take up. */
export const grantsFile = signal<File | null>(null);
/** Whether the Investment tab's chart and table are open for printing. */
export const investmentPrintOpen = signal(false);
/** The action group whose plan is open for printing (null: none). */
export const planPrintGroupId = signal<string | null>(null);

/** Assets an action builds on, ringed on the map while that action is open in the Plans tab. */
export const planHighlight = signal<readonly string[]>([]);

/** The coverage analysis on the map and in the Coverage tab (null: the latest run), and which parts show. */
export const shownAnalysisId = signal<string | null>(null);
export const coverageLayers = signal<{ gaps: boolean; surface: boolean }>({ gaps: true, surface: false });
export const shownAnalysis = computed(() => {
  const all = appState.analyses.value;
  return all.find((a) => a.id === shownAnalysisId.value) ?? all[all.length - 1] ?? null;
});

/** Per neighbourhood: how many assets it holds, in all and by category. */
export const neighbourhoodCounts = computed(() => {
  const counts = new Map<string, { total: number; byCategory: Record<CategoryId, number> }>();
  for (const n of appState.neighbourhoods.value) counts.set(n.id, { total: 0, byCategory: Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number> });
  for (const asset of appState.assets.value) {
    for (const id of asset.neighbourhoodIds) {
      const entry = counts.get(id);
      if (!entry) continue;
      entry.total += 1;
      entry.byCategory[asset.category] += 1;
    }
  }
  return counts;
});

/** Asks the map to frame a place (set by the panels; the map panel follows it). */
/** The small area of a context layer last tapped on the map, whose values are shown over it. */
export const tappedArea = signal<{ overlayId: string; code: string } | null>(null);
export const mapFocus = signal<{ geometry: { coordinates: unknown } } | null>(null);

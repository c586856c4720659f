import type { WalkPhoto } from '../model/walk-photo';
import type { Investment } from '../model/investment';
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Asset } from '../model/asset';
import type { Neighbourhood } from '../model/neighbourhood';
import type { Overlay } from '../model/overlay';
import type { Analysis } from '../model/coverage';
import type { BasemapInfo } from '../model/basemap';
import type { Photo } from '../model/photo';
import type { Action, ActionGroup, Meeting } from '../model/action-plan';
import type { InterruptedImport } from '../model/import-journal';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import { CATEGORY_IDS, type CategoryId } from '../model/categories';
import { RECORD_KINDS, type RecordKind, type RecordKinds } from '../model/change';

export type StoreStatus =
  | { kind: 'loading' }
  | { kind: 'ready' }
  /** Another tab of the app is the editing tab; this one shows only the offer to take over. */
  | { kind: 'elsewhere' }
  | { kind: 'blocked'; message: string }
  | { kind: 'outdated'; message: string }
  | { kind: 'failed'; message: string };

/** Everything the UI reads. The store writes it; components only read it and call actions. */
export interface AtlasState {
  status: Signal<StoreStatus>;
  assets: Signal<readonly Asset[]>;
  neighbourhoods: Signal<readonly Neighbourhood[]>;
  overlays: Signal<readonly Overlay[]>;
  /** Photo records hold Blob handles; the image bytes stay on disk until shown. */
  photos: Signal<readonly Photo[]>;
  /** Saved coverage analyses, newest last. */
  analyses: Signal<readonly Analysis[]>;
  actionGroups: Signal<readonly ActionGroup[]>;
  meetings: Signal<readonly Meeting[]>;
  actions: Signal<readonly Action[]>;
  /** Photo walk photos, with their image Blobs. */
  walkPhotos: Signal<readonly WalkPhoto[]>;
  /** Grants and other investments. */
  investments: Signal<readonly Investment[]>;
  settings: Signal<Settings>;
  /** Records on disk that failed validation when read: shown to the user, never silently dropped. */
  unreadable: Signal<readonly string[]>;
  undoLabel: Signal<string | null>;
  redoLabel: Signal<string | null>;
  /**
   * Counts moves of the undo history's head (a change, an undo or redo, a cleared history): a
   * message's Undo stays only while the change it names is still the one Undo would take back.
   */
  undoStep: Signal<number>;
  /** The last store failure, for a message the user can dismiss. */
  lastError: Signal<{ message: string; details: readonly string[] } | null>;
  selectedAssetId: Signal<string | null>;
  /** A postcode → [lon, lat] table loaded for placing imported rows and counting homes; kept on the device. */
  postcodeTable: Signal<{ fileName: string; lookup: ReadonlyMap<string, readonly [number, number]> } | null>;
  countsByCategory: ReadonlySignal<Record<CategoryId, number>>;
  /** An import found cut short on start (tab closed, crash): the coordinator keeps or removes what it saved. */
  interruptedImport: Signal<InterruptedImport | null>;
  /** The basemap file stored on this device, if any (kept apart from the records). */
  basemap: Signal<{ file: File; info: BasemapInfo } | null>;
}

export function createAtlasState(): AtlasState {
  const assets = signal<readonly Asset[]>([]);
  return {
    status: signal<StoreStatus>({ kind: 'loading' }),
    assets,
    neighbourhoods: signal<readonly Neighbourhood[]>([]),
    overlays: signal<readonly Overlay[]>([]),
    photos: signal<readonly Photo[]>([]),
    analyses: signal<readonly Analysis[]>([]),
    actionGroups: signal<readonly ActionGroup[]>([]),
    meetings: signal<readonly Meeting[]>([]),
    actions: signal<readonly Action[]>([]),
    walkPhotos: signal<readonly WalkPhoto[]>([]),
    investments: signal<readonly Investment[]>([]),
    settings: signal<Settings>(DEFAULT_SETTINGS),
    unreadable: signal<readonly string[]>([]),
    undoLabel: signal<string | null>(null),
    redoLabel: signal<string | null>(null),
    undoStep: signal(0),
    lastError: signal(null),
    selectedAssetId: signal<string | null>(null),
    postcodeTable: signal(null),
    basemap: signal<{ file: File; info: BasemapInfo } | null>(null),
    interruptedImport: signal<InterruptedImport | null>(null),
    countsByCategory: computed(() => {
      // Counted by position in the short list of ids, not by property name: an imported record's
      // category is a fresh string from the worker, and using it as a key hashes each of them,
      // which made this count of 100,000 records many times slower.
      const tally = CATEGORY_IDS.map(() => 0);
      for (const asset of assets.value) {
        const at = CATEGORY_IDS.indexOf(asset.category);
        if (at >= 0) tally[at] = (tally[at] ?? 0) + 1;
      }
      return Object.fromEntries(CATEGORY_IDS.map((id, at) => [id, tally[at] ?? 0])) as Record<CategoryId, number>;
    }),
  };
}

/** The app's one state, shared by the store (writer) and the UI (reader). */
export const appState: AtlasState = createAtlasState();

/** Every record the state holds now, by kind. */
export function recordsOf(state: AtlasState): { [K in RecordKind]: readonly RecordKinds[K][] } {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, state[kind].value])) as { [K in RecordKind]: readonly RecordKinds[K][] };
}

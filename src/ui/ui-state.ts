import { computed, signal } from '@preact/signals';
import type { AssetDraft } from '../model/asset-draft';
import type { AssetGeometry } from '../model/geometry';
import { EMPTY_QUERY, matchesQuery, type AssetQuery } from '../model/asset-query';
import { appState } from '../store/state';

/** What the panel and the map are doing right now. Only the UI owns this; nothing of it is stored. */
export type Mode =
  | { kind: 'browse' }
  | { kind: 'placing'; purpose: 'add' }
  | { kind: 'placing'; purpose: 'move'; assetId: string }
  | { kind: 'form'; assetId?: string; geometry: AssetGeometry | null; draft: AssetDraft; dirty: boolean; accuracy?: number };

export const mode = signal<Mode>({ kind: 'browse' });
export const query = signal<AssetQuery>(EMPTY_QUERY);
/** A short message after an action, with Undo where it can be undone. */
export const toast = signal<{ message: string; undoable: boolean } | null>(null);

export const filteredAssets = computed(() => appState.assets.value.filter((a) => matchesQuery(a, query.value)));
export const selectedAsset = computed(() => appState.assets.value.find((a) => a.id === appState.selectedAssetId.value) ?? null);

/** True while the form holds input that has not been saved: updates must not reload the page then. */
export const hasUnsavedInput = computed(() => mode.value.kind === 'form' && mode.value.dirty);

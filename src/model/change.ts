import type { Analysis } from './coverage';
import type { Asset } from './asset';
import type { Neighbourhood } from './neighbourhood';
import type { Overlay } from './overlay';
import type { Photo } from './photo';

/** The kinds of record that changes (and undo) apply to. */
export interface RecordKinds {
  assets: Asset;
  neighbourhoods: Neighbourhood;
  overlays: Overlay;
  /** Photos carry their image Blob, so deleting an asset and undoing it brings its photos back. */
  photos: Photo;
  /** Saved coverage analyses: their question, date and answer. */
  analyses: Analysis;
}
export type RecordKind = keyof RecordKinds;
export const RECORD_KINDS: readonly RecordKind[] = ['assets', 'neighbourhoods', 'overlays', 'photos', 'analyses'];

export interface KindChange<T> {
  put?: readonly T[];
  remove?: string[];
}

/**
 * One user intent as data ("add asset", "import 32 parks"): records to put and ids to remove, per kind.
 * The store applies it in one transaction and records its inverse for undo.
 */
export type Change = { label: string } & { [K in RecordKind]?: KindChange<RecordKinds[K]> };

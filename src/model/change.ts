import type { Analysis } from './coverage';
import type { Asset } from './asset';
import type { Neighbourhood } from './neighbourhood';
import type { Overlay } from './overlay';
import type { Photo } from './photo';
import type { Action, ActionGroup, Meeting } from './action-plan';
import type { WalkPhoto } from './walk-photo';
import type { Investment } from './investment';

/** The kinds of record that changes (and undo) apply to. */
export interface RecordKinds {
  assets: Asset;
  neighbourhoods: Neighbourhood;
  overlays: Overlay;
  /** Photos carry their image Blob, so deleting an asset and undoing it brings its photos back. */
  photos: Photo;
  /** Saved coverage analyses: their question, date and answer. */
  analyses: Analysis;
  /** A neighbourhood's action group: its partners. */
  actionGroups: ActionGroup;
  /** Meetings of an action group: date, who came, notes. */
  meetings: Meeting;
  /** The actions of a local action plan. */
  actions: Action;
  /** Photos residents took on a photo walk, with their caption, theme, place and the coordinator's decision. */
  walkPhotos: WalkPhoto;
  /** Grants and other investments in local groups: amount, recipient, programme, status. */
  investments: Investment;
}
export type RecordKind = keyof RecordKinds;
export const RECORD_KINDS: readonly RecordKind[] = ['assets', 'neighbourhoods', 'overlays', 'photos', 'analyses', 'actionGroups', 'meetings', 'actions', 'walkPhotos', 'investments'];

/** Every record of every kind: a whole workspace's records, as a backup or a restore holds them. */
export type RecordSets = { [K in RecordKind]: RecordKinds[K][] };

/** Each kind's list copied, so what is written later does not change it. */
export function copyOfRecords(records: { [K in RecordKind]: readonly RecordKinds[K][] }): RecordSets {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, [...records[kind]]])) as RecordSets;
}

/** A workspace with no records. */
export function emptyRecords(): RecordSets {
  return { assets: [], neighbourhoods: [], overlays: [], photos: [], analyses: [], actionGroups: [], meetings: [], actions: [], walkPhotos: [], investments: [] };
}

export interface KindChange<T> {
  put?: readonly T[];
  remove?: string[];
}

/**
 * One user intent as data ("add asset", "import 32 parks"): records to put and ids to remove, per kind.
 * The store applies it in one transaction and records its inverse for undo.
 */
export type Change = { label: string } & { [K in RecordKind]?: KindChange<RecordKinds[K]> };

import type { Change, RecordKind, RecordKinds } from '../../model/change';
import type { Settings } from '../../model/settings';
import type { Result } from '../../lib/result';

/** What an intent may read: the workspace's records of every kind and its settings, as they are now. */
export type WorkspaceView = { readonly [K in RecordKind]: readonly RecordKinds[K][] } & { readonly settings: Settings };

/** What an intent may not work out for itself, so a test can fix it: the time and new ids. */
export interface IntentContext {
  /** ISO date-time of the intent, used for every createdAt/updatedAt it writes. */
  now: string;
  newId: () => string;
}

/**
 * What an intent decided: the change to apply (one undoable step), and what the caller gets back.
 * `forget` lists people whose earlier versions must leave the undo history with this change (so it
 * cannot be undone); `settings` are preferences to update after the change.
 */
export interface Plan<T> {
  change?: Change;
  forget?: readonly string[];
  settings?: Partial<Settings>;
  value: T;
}

/**
 * One user intent as a pure function: the workspace and the user's input in, a plan or the problems
 * that refuse it out. No database, no clock, no DOM: `actions/run-intent.ts` applies the plan.
 */
export type Intent<I, T> = (view: WorkspaceView, input: I, context: IntentContext) => Result<Plan<T>>;

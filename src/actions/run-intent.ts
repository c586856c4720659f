import type { Change } from '../model/change';
import type { Settings } from '../model/settings';
import { err, ok, problemsFrom, type Problem, type Result } from '../lib/result';
import { newId } from '../lib/id';
import type { Intent, IntentContext, WorkspaceView } from './intents/intent';

/** Why a write failed, as the store says it (a sentence and details); a `StoreError` is one. */
interface WriteFailure {
  message: string;
  details: readonly string[];
}
type Written = Promise<Result<void, WriteFailure>>;

/** What the runner applies plans through: the store's `Workspace`, or a fake in a test. */
export interface IntentTarget {
  view(): WorkspaceView;
  apply(change: Change): Written;
  forget(change: Change, assetIds: readonly string[]): Written;
  updateSettings(patch: Partial<Settings>): Written;
}

/** The context of an intent run by a person now: the clock and random ids. */
const liveContext = (): IntentContext => ({ now: new Date().toISOString(), newId });

const problemsOf = (failure: WriteFailure): Problem[] => problemsFrom([failure.message, ...failure.details]);

/**
 * Runs an intent: asks it for a plan against the target's current view, then applies the change
 * (forgetting people when the plan says so) and any settings. A refusal, or a failed write, leaves
 * the workspace as it was and comes back as problems.
 */
export async function runIntent<I, T>(target: IntentTarget, intent: Intent<I, T>, input: I, context: IntentContext = liveContext()): Promise<Result<T>> {
  const planned = intent(target.view(), input, context);
  if (!planned.ok) return planned;
  const { change, forget, settings, value } = planned.value;
  if (change) {
    const applied = forget && forget.length > 0 ? await target.forget(change, forget) : await target.apply(change);
    if (!applied.ok) return err(problemsOf(applied.error));
  }
  if (settings) {
    const updated = await target.updateSettings(settings);
    if (!updated.ok) return err(problemsOf(updated.error));
  }
  return ok(value);
}

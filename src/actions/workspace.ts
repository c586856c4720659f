import { Workspace } from '../store/workspace';
import { appState, recordsOf } from '../store/state';
import { EditingTab } from '../store/editing-tab';
import type { Result } from '../lib/result';
import type { Intent, WorkspaceView } from './intents/intent';
import { runIntent, type IntentTarget } from './run-intent';

/** The app's one workspace over the app's one state. Actions are the only callers. */
export const workspace = new Workspace(appState);

/** The workspace's records and settings as they are now, for an intent to read. */
export function viewOf(ws: Workspace): WorkspaceView {
  return { ...recordsOf(ws.state), settings: ws.state.settings.value };
}

/** A `Workspace` as the target the intent runner applies plans through. */
function intentTarget(ws: Workspace): IntentTarget {
  return {
    view: () => viewOf(ws),
    apply: (change) => ws.apply(change),
    forget: (change, ids) => ws.forget(change, ids),
    updateSettings: (patch) => ws.updateSettings(patch),
  };
}

const appTarget = intentTarget(workspace);

/** Runs a pure intent (actions/intents) against the app's workspace. */
export const run = <I, T>(intent: Intent<I, T>, input: I): Promise<Result<T>> => runIntent(appTarget, intent, input);

/**
 * Whether this tab is the one that edits (store/editing-tab). When another tab takes over, this
 * one stops reading and writing at once and offers to take back.
 */
export const editingTab = new EditingTab(() => {
  void workspace.connection.suspend();
  appState.status.value = { kind: 'elsewhere' };
});

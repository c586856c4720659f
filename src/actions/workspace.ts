import { Workspace } from '../store/workspace';
import { appState } from '../store/state';
import { EditingTab } from '../store/editing-tab';

/** The app's one workspace over the app's one state. Actions are the only callers. */
export const workspace = new Workspace(appState);

/**
 * Whether this tab is the one that edits (store/editing-tab). When another tab takes over, this
 * one stops reading and writing at once and offers to take back.
 */
export const editingTab = new EditingTab(() => {
  void workspace.connection.suspend();
  appState.status.value = { kind: 'elsewhere' };
});

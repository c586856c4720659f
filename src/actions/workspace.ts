import { Workspace } from '../store/workspace';
import { appState } from '../store/state';

/** The app's one workspace over the app's one state. Actions are the only callers. */
export const workspace = new Workspace(appState);

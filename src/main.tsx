import './zod-without-eval';
import { render } from 'preact';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './ui/styles.css';
import { App } from './ui/app';
import { startWorkspace } from './actions/workspace-actions';
import { startDerivedLists, watchOnline } from './ui/ui-state';
import { startLanguage } from './ui/language-choice';
import { registerScriptFaces } from './map/fonts';

const root = document.getElementById('app');
if (!root) throw new Error('index.html always has #app');
// Start-up, in order: the derived lists follow the data, the app draws, the workspace loads.
startDerivedLists();
watchOnline();
// Urdu, Punjabi and Bengali faces, fetched only when some text on the page is in their script.
registerScriptFaces();
// The language first (its catalogue is a small chunk, cached offline), so the first screen is already in it.
void startLanguage().finally(() => {
  render(<App />, root);
  void startWorkspace();
});

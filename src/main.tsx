import './zod-without-eval';
import { render } from 'preact';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './ui/styles.css';
import { App } from './ui/app';
import { startWorkspace } from './actions/workspace-actions';

const root = document.getElementById('app');
if (!root) throw new Error('index.html always has #app');
render(<App />, root);
void startWorkspace();

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import config from '../../eslint.config.js';

const SRC = resolve('src');

/** Which of our folders each layer may import (DESIGN.md §2). `store/state` is the UI's window on the store. */
const ALLOWED: Record<string, readonly string[]> = {
  lib: ['lib'],
  model: ['lib', 'model'],
  geo: ['lib', 'model', 'geo'],
  io: ['lib', 'model', 'geo', 'io'],
  store: ['lib', 'model', 'geo', 'io', 'store'],
  // Team sharing: the only layer that speaks to PouchDB; it reaches the store through apply().
  sync: ['lib', 'model', 'geo', 'io', 'store', 'sync'],
  // The import worker writes its batches through store/ (its own connection), off the main thread.
  workers: ['lib', 'model', 'geo', 'io', 'store', 'workers'],
  map: ['lib', 'model', 'map'],
  // Actions start workers and speak their message protocol (workers/*-protocol.ts).
  actions: ['lib', 'model', 'geo', 'io', 'store', 'sync', 'actions', 'workers'],
  // Intents are pure (state and input in, a plan out): no store, no workers, no DOM, so they run in
  // a unit test, a worker or the command line. actions/run-intent.ts applies their plans.
  'actions/intents': ['lib', 'model', 'geo', 'io', 'actions/intents'],
  ui: ['lib', 'model', 'actions', 'map', 'ui', 'store/state'],
};
/** Third-party packages only some layers may use. */
const PACKAGE_OWNERS: Record<string, readonly string[]> = {
  idb: ['store'],
  'maplibre-gl': ['map'],
  'terra-draw': ['map'],
  pmtiles: ['map'],
  '@turf': ['geo'],
  'pouchdb-browser': ['sync'],
};
/** Browser globals that pure layers must not touch (they run in node and in workers). */
const NO_DOM = ['lib', 'model', 'geo', 'io', 'actions/intents'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const importsOf = (text: string): string[] => [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');

/** Every import in src/ that breaks the layer rules, as "file → import (reason)". */
export function layerViolations(files: readonly { path: string; text: string }[]): string[] {
  const problems: string[] = [];
  for (const { path, text } of files) {
    const where = relative(SRC, path);
    const layer = where.startsWith('actions/intents/') ? 'actions/intents' : (where.split('/')[0] ?? '');
    const allowed = ALLOWED[layer];
    if (!allowed) continue; // src/main.tsx wires everything together
    for (const spec of importsOf(text)) {
      if (spec.startsWith('.')) {
        const target = relative(SRC, resolve(dirname(path), spec));
        if (target.startsWith('..')) continue; // data/ and other top-level files
        const ok = allowed.some((a) => target === a || target.startsWith(`${a}/`) || target === `${a}.ts`);
        if (!ok) problems.push(`${relative(SRC, path)} → ${spec} (${layer} may not import ${target.split('/')[0]})`);
      } else {
        for (const [pkg, owners] of Object.entries(PACKAGE_OWNERS)) {
          if ((spec === pkg || spec.startsWith(`${pkg}/`)) && !owners.includes(layer)) problems.push(`${relative(SRC, path)} → ${spec} (only ${owners.join(', ')} may)`);
        }
      }
    }
    if (NO_DOM.includes(layer) && /\b(document|window|localStorage|indexedDB)\./.test(text)) problems.push(`${relative(SRC, path)} uses the DOM (${layer} must stay pure)`);
  }
  return problems;
}

describe('layers (DESIGN.md §2)', () => {
  it('src/ keeps to the import rules', () => {
    const files = sourceFiles(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    expect(files.length).toBeGreaterThan(20);
    expect(layerViolations(files)).toEqual([]);
  });

  it('catches a UI file importing idb or the store internals, and geo touching the DOM', () => {
    const found = layerViolations([
      { path: join(SRC, 'ui/bad.tsx'), text: "import { openDB } from 'idb';\nimport { Workspace } from '../store/workspace';" },
      { path: join(SRC, 'geo/bad.ts'), text: "export const w = () => document.body;\nimport { x } from '../store/state';" },
      { path: join(SRC, 'map/bad.ts'), text: "import { appState } from '../store/state';" },
      { path: join(SRC, 'actions/intents/bad.ts'), text: "import { appState } from '../../store/state';\nimport { intent } from './good';" },
    ]);
    expect(found).toEqual([
      'ui/bad.tsx → idb (only store may)',
      'ui/bad.tsx → ../store/workspace (ui may not import store)',
      'geo/bad.ts → ../store/state (geo may not import store)',
      'geo/bad.ts uses the DOM (geo must stay pure)',
      'map/bad.ts → ../store/state (map may not import store)',
      'actions/intents/bad.ts → ../../store/state (actions/intents may not import store)',
    ]);
  });
});

describe('one place for the UI\u2019s modes', () => {
  it('only ui-state.ts sets the mode: components send events to the mode machine', () => {
    const writers = sourceFiles(join(SRC, 'ui')).filter((path) => /\bmode\.value\s*=[^=]/.test(readFileSync(path, 'utf8')));
    expect(writers.map((path) => relative(SRC, path))).toEqual(['ui/ui-state.ts']);
  });
});

describe('lint rules', () => {
  const eslint = new ESLint();
  const messagesFor = async (code: string, filePath: string) => (await eslint.lintText(code, { filePath }))[0]?.messages.map((m) => m.message) ?? [];

  it('forbids HTML built from data, but allows literal HTML', async () => {
    const bad = await messagesFor('export function show(el: HTMLElement, name: string) { el.innerHTML = name; }\n', 'src/ui/bad.ts');
    expect(bad.join('\n')).toContain('Never assign HTML built from data');
    const setHtml = await messagesFor('export function show(p: { setHTML(s: string): void }, name: string) { p.setHTML(name); }\n', 'src/map/bad.ts');
    expect(setHtml.join('\n')).toContain('setHTML/insertAdjacentHTML with non-literal content is forbidden');
    expect(await messagesFor("export function clear(el: HTMLElement) { el.innerHTML = ''; }\n", 'src/ui/ok.ts')).toEqual([]);
    const escaped = await messagesFor('export const Note = () => <p>Don\\u2019t</p>;\n', 'src/ui/bad.tsx');
    expect(escaped.join('\n')).toContain('escape in JSX text is shown literally');
  });

  it('keeps every word a user reads in the catalogue: text, accessible names and hints go through t()', async () => {
    const untranslated = 'User-visible text must go through t()';
    expect((await messagesFor('export const A = () => <button type="button">Save</button>;\n', 'src/ui/new.tsx')).join()).toContain(untranslated);
    expect((await messagesFor('export const A = () => <input aria-label="Search assets" />;\n', 'src/ui/new.tsx')).join()).toContain(untranslated);
    expect((await messagesFor("export const A = (p: { on: boolean }) => <p>{p.on ? 'Hide list' : 'Show list'}</p>;\n", 'src/ui/new.tsx')).join()).toContain(untranslated);
    const translated = "import { t } from '../lib/i18n';\nexport const A = () => <button type=\"button\" class=\"primary wide\" aria-label={t('Close')}>{t('Save')}</button>;\n";
    expect(await messagesFor(translated, 'src/ui/new.tsx')).toEqual([]);
  });

  it('keeps every refusal in the catalogue: refuse() takes a marked template, never a bare string', async () => {
    const bare = "import { refuse } from '../lib/result';\nexport const f = (file: string) => refuse(`${file} is not an image.`);\n";
    expect((await messagesFor(bare, 'src/io/bad.ts')).join()).toContain('A refusal must be marked for the catalogue');
    const marked =
      "import { refuse } from '../lib/result';\nimport { fill, msg } from '../lib/i18n/msg';\nexport const f = (file: string) => refuse(fill(msg('“{file}” is not an image.'), { file }));\n";
    expect(await messagesFor(marked, 'src/io/good.ts')).toEqual([]);
  });

  it('keeps every report in the catalogue: a notice, a row’s reason or a check’s message is a marked template', async () => {
    const pushed = 'export const f = (notices: string[], n: number) => notices.push(`${n} features were converted.`);\n';
    expect((await messagesFor(pushed, 'src/io/bad.ts')).join()).toContain('A sentence shown to the coordinator must be marked');
    const reason = "export const f = () => ({ row: 2, reason: 'the recipient is missing' });\n";
    expect((await messagesFor(reason, 'src/io/bad.ts')).join()).toContain('A sentence shown to the coordinator must be marked');
    const marked =
      "import { fill, msg } from '../lib/i18n/msg';\nexport const f = (notices: string[], n: number) => notices.push(fill(msg('{count} features were converted.'), { count: n }));\nexport const g = () => ({ row: 2, reason: msg('the recipient is missing'), type: 'failed' });\n";
    expect(await messagesFor(marked, 'src/io/good.ts')).toEqual([]);
  });

  it('holds every UI file to the rule: none is exempt', () => {
    const ui = (config as { files?: string[]; ignores?: string[]; rules?: Record<string, unknown> }[]).filter(
      (entry) => entry.files?.includes('src/ui/**/*.tsx') && entry.rules?.['no-restricted-syntax'],
    );
    expect(ui).toHaveLength(1);
    expect(ui[0]?.ignores).toBeUndefined();
  });

  it('forbids maplibre-gl outside src/map and idb outside src/store', async () => {
    expect((await messagesFor("import { Map } from 'maplibre-gl';\nexport { Map };\n", 'src/ui/bad.ts')).join()).toContain('Only src/map may import');
    expect((await messagesFor("import { openDB } from 'idb';\nexport { openDB };\n", 'src/actions/bad.ts')).join()).toContain('Only src/store may import idb');
  });
});

describe('one way to every database', () => {
  it('opens IndexedDB only in store/connection.ts, so every database gets the same upgrade, tab and quota handling', () => {
    const openers = sourceFiles(SRC)
      .filter((path) => /\bopenDB\s*(<[^>]*>)?\s*\(|indexedDB\.open\s*\(/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(SRC, path));
    expect(openers).toEqual(['store/connection.ts']);
  });
});

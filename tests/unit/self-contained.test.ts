import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A plain clone must pass its tests with nothing beside it, so no file a user or CI reads may name
 * a path that climbs out of the repository. Relative paths are resolved from the file that names
 * them and from the repository root (tests and scripts run with the root as working directory).
 */
const ROOT = resolve('.');
const SCANNED = ['src', 'tests', 'scripts', '.ci', 'README.md', 'vite.config.ts', 'vitest.config.ts', 'vitest.e2e.config.ts', 'package.json'];
const LAYERS = new Set(readdirSync(join(ROOT, 'src')));
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|md|py|sh|html|css)$|^run$/;

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => (name === 'node_modules' || name === 'artifacts' ? [] : files(join(path, name))));
}

/** Every `../…` run of path segments in a text, with its line number. */
function parentPaths(text: string): { line: number; path: string }[] {
  const found: { line: number; path: string }[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/(?:\.\.\/)+[\w./-]*/g)) found.push({ line: index + 1, path: match[0] });
  });
  return found;
}

/**
 * True when `path` leaves the repository: read from its file's folder, or read from the root (as
 * `readFileSync` in a test does) when its first named folder or module does not exist beside the file.
 */
function leaves(file: string, path: string): boolean {
  const inside = (target: string) => {
    const rel = relative(ROOT, target);
    return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep));
  };
  const fromFile = resolve(ROOT, dirname(file), path);
  if (!inside(fromFile)) return true;
  const firstFolder = path.match(/^(?:\.\.\/)+[\w.-]*/)?.[0] ?? path;
  // `../store/state` is how a module of one layer names another (also in the architecture test's samples).
  if (LAYERS.has(firstFolder.replace(/^(\.\.\/)+/, ''))) return false;
  const besideFile = resolve(ROOT, dirname(file), firstFolder);
  return !inside(resolve(ROOT, path)) && !['', '.ts', '.tsx'].some((ext) => existsSync(besideFile + ext));
}

describe('the repository stands alone', () => {
  it('finds a path that leaves the repository when one is written', () => {
    // Built from parts so that this file does not name such a path itself.
    const up = '..' + '/';
    expect(parentPaths(`readFileSync('${up}shared/data/x.csv')`).map((p) => p.path)).toEqual([`${up}shared/data/x.csv`]);
    expect(leaves('tests/unit/a.test.ts', `${up}shared/data/x.csv`)).toBe(true);
    expect(leaves('tests/unit/a.test.ts', `${up.repeat(4)}shared/data/`)).toBe(true);
    expect(leaves('tests/unit/a.test.ts', '../fixtures/x')).toBe(false);
    expect(leaves('tests/unit/a.test.ts', '../../src/store/workspace')).toBe(false);
  });

  it('names no path outside the repository in src, tests, scripts, README or CI', () => {
    const offenders = SCANNED.flatMap(files)
      .filter((file) => TEXT.test(file.split(sep).pop() ?? ''))
      .flatMap((file) =>
        parentPaths(readFileSync(join(ROOT, file), 'utf8'))
          .filter(({ path }) => leaves(file, path))
          .map(({ line, path }) => `${file}:${line} ${path}`),
      );
    expect(offenders).toEqual([]);
  });
});

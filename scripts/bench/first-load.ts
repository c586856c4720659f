/**
 * Issue 23's first-load figure: the JavaScript a first visit runs before the map (the entry and its
 * whole static import closure in a fresh production build), gzip level 9, chunk by chunk; the app's
 * share as a ratio to MapLibre's chunk measured in the same build, and against the issue's aim. The
 * chunks loaded on first use are listed after.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const DIST = 'dist';
const AIM_KB = 100;

const gzipKb = (file: string) => gzipSync(readFileSync(join(DIST, 'assets', file)), { level: 9 }).length / 1000; // kB as the issue counts them
const staticImports = (file: string) => [...readFileSync(join(DIST, 'assets', file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)].map((m) => m[1] as string);

export async function benchFirstLoad(): Promise<void> {
  await build({ logLevel: 'warn' });
  const entry = /src="\/assets\/([\w.-]+\.js)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1];
  if (!entry) throw new Error('The built index.html names no entry script');
  const initial = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (initial.has(file)) continue;
    initial.add(file);
    queue.push(...staticImports(file));
  }
  const rows = [...initial].map((file) => ({ file, kb: gzipKb(file) })).sort((a, b) => b.kb - a.kb);
  const mapLibre = rows.filter((r) => r.file.startsWith('maplibre')).reduce((sum, r) => sum + r.kb, 0);
  const app = rows.filter((r) => !r.file.startsWith('maplibre')).reduce((sum, r) => sum + r.kb, 0);
  console.log('\nFirst load: JavaScript run before the map (gzip -9)');
  for (const r of rows) console.log(`  ${r.kb.toFixed(1).padStart(7)} KB  ${r.file}`);
  console.log(
    `  app ${app.toFixed(1)} KB = ${(app / mapLibre).toFixed(2)}× MapLibre's ${mapLibre.toFixed(1)} KB; aim ≤ ${AIM_KB} KB: ${app <= AIM_KB ? 'met' : `${(app - AIM_KB).toFixed(1)} KB over`}`,
  );
  const later = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js') && !initial.has(f) && !f.includes('worker'))
    .map((file) => ({ file, kb: gzipKb(file) }))
    .sort((a, b) => b.kb - a.kb);
  console.log(`Loaded on first use (${later.length} chunks, ${later.reduce((s, r) => s + r.kb, 0).toFixed(1)} KB), largest:`);
  for (const r of later.slice(0, 8)) console.log(`  ${r.kb.toFixed(1).padStart(7)} KB  ${r.file}`);
}

/**
 * The message catalogues (npm run i18n; `--check` in npm run check).
 *
 * 1. Extracts every message from src/: the English text of each `t('…')` and `msg('…')` call in a file
 *    that imports them from lib/i18n, with the files it is used in.
 * 2. Writes src/lib/i18n/po/messages.pot (the template) and brings each language's PO file up to
 *    date: new messages are added untranslated, messages no longer used are dropped, translations
 *    and their "fuzzy" (draft) flags are kept.
 * 3. Compiles each PO file to src/lib/i18n/catalogues/<code>.ts with Lingui's ICU compiler, and the
 *    English messages that carry values or plurals to catalogues/en-GB.ts.
 *
 * With --check it writes nothing and fails when any of those files is out of date, when a language
 * lacks a translation of any message, when a translation's {values} differ from the English, or when
 * a language's `draft` mark in languages.ts disagrees with its PO file's fuzzy flags.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import PO from 'pofile';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { LANGUAGES, SOURCE_LANGUAGE } from '../src/lib/i18n/languages.ts';
import { SIMPLE_MESSAGE, SIMPLE_PLURAL } from '../src/lib/i18n/msg.ts';

const SRC = 'src';
const DIR = 'src/lib/i18n';
const POT = `${DIR}/po/messages.pot`;
const check = process.argv.includes('--check');
const problems: string[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.tsx?$/.test(name) ? [path] : [];
    });
}

/** The names `t` and `msg` are bound to from lib/i18n in this file (they may be renamed on import). */
function translators(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/\/i18n(\/msg)?$/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) if (['t', 'msg'].includes((element.propertyName ?? element.name).text)) names.add(element.name.text);
    }
  }
  return names;
}

/** Every message in src/, in the order first met, with the files that use it. */
function extract(): Map<string, Set<string>> {
  const messages = new Map<string, Set<string>>();
  for (const path of sourceFiles(SRC)) {
    if (path.startsWith(`${DIR}/`)) continue;
    const text = readFileSync(path, 'utf8');
    if (!/\b(t|msg)\(/.test(text)) continue;
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const names = translators(file);
    if (!names.size) continue;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && names.has(node.expression.text)) {
        const first = node.arguments[0];
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          const uses = messages.get(first.text) ?? new Set<string>();
          uses.add(relative('.', path));
          messages.set(first.text, uses);
        } else if (node.expression.text === 'msg' || (first && ts.isTemplateExpression(first))) {
          const { line } = file.getLineAndCharacterOfPosition(node.getStart());
          problems.push(`${path}:${line + 1}: ${node.expression.text}() needs the English text written out, with {values} for what changes`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return messages;
}

/** The names of the {values} a message uses, plural and select arguments included. */
function argumentNames(message: string): string[] {
  const names = new Set<string>();
  const walk = (tokens: unknown): void => {
    if (!Array.isArray(tokens)) return;
    for (const token of tokens) {
      if (!Array.isArray(token)) continue;
      const [name, , format] = token as [string, string?, Record<string, unknown>?];
      names.add(name);
      if (format && typeof format === 'object') for (const branch of Object.values(format)) walk(branch);
    }
  };
  walk(compileMessage(message));
  return [...names].sort();
}

function header(language: string): PO {
  const po = new PO();
  po.headers = { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': '8bit', 'Project-Id-Version': 'Asset Atlas', Language: language };
  return po;
}

function template(messages: Map<string, Set<string>>): string {
  const po = header('');
  po.comments = ['Asset Atlas messages, extracted from src/ by `npm run i18n`. Do not edit: translate in <language>.po.'];
  for (const [id, uses] of messages) {
    const item = new PO.Item();
    item.msgid = id;
    item.references = [...uses];
    if (/\{/.test(id)) item.extractedComments = ['ICU MessageFormat: keep the {names} as they are; translate the words inside plural {…} branches.'];
    po.items.push(item);
  }
  return po.toString() + '\n';
}

/** The language's PO file brought up to the template: its translations kept, unused ones dropped. */
function updated(code: string, existing: string | null, messages: Map<string, Set<string>>): { text: string; po: PO } {
  const old = existing ? PO.parse(existing) : header(code);
  const byId = new Map(old.items.filter((i) => !i.obsolete).map((i) => [i.msgid, i]));
  const po = header(code);
  po.comments = old.comments.length ? old.comments : [`Asset Atlas, ${code}. A translation marked "fuzzy" is a draft no fluent speaker has reviewed yet.`];
  for (const [id, uses] of messages) {
    const item = new PO.Item();
    const before = byId.get(id);
    item.msgid = id;
    item.references = [...uses];
    item.msgstr = before?.msgstr.length ? before.msgstr : [''];
    item.flags = before?.flags ?? {};
    item.comments = before?.comments ?? [];
    if (/\{/.test(id)) item.extractedComments = ['ICU MessageFormat: keep the {names} as they are; translate the words inside plural {…} branches.'];
    po.items.push(item);
  }
  return { text: po.toString() + '\n', po };
}

function catalogueModule(compiled: Record<string, unknown>, note: string): string {
  return [
    `// Generated by \`npm run i18n\` from ${note}. Do not edit.`,
    "import type { Messages } from '@lingui/core';",
    '',
    `const messages: Messages = ${JSON.stringify(compiled, null, 1)};`,
    '',
    'export default messages;',
    '',
  ].join('\n');
}

/** Writes the file, or with --check reports that it is out of date. */
function put(path: string, text: string): void {
  let before: string | null = null;
  try {
    before = readFileSync(path, 'utf8');
  } catch {
    before = null;
  }
  if (before === text) return;
  if (check) problems.push(`${path} is out of date: run npm run i18n`);
  else writeFileSync(path, text);
}

const messages = extract();
put(POT, template(messages));

const english: Record<string, unknown> = {};
// Plain `{name}` values are filled in by t() itself (lib/i18n, compileSimple); only plurals, selects
// and formats need the compiled form at run time.
for (const id of messages.keys()) if (id.includes('{') && !SIMPLE_MESSAGE.test(id) && !SIMPLE_PLURAL.test(id)) english[id] = compileMessage(id);
put(`${DIR}/catalogues/${SOURCE_LANGUAGE}.ts`, catalogueModule(english, 'the English messages with plurals'));

for (const language of LANGUAGES) {
  if (language.code === SOURCE_LANGUAGE) continue;
  const path = `${DIR}/po/${language.code}.po`;
  let existing: string | null = null;
  try {
    existing = readFileSync(path, 'utf8');
  } catch {
    existing = null;
  }
  const { text, po } = updated(language.code, existing, messages);
  put(path, text);
  const compiled: Record<string, unknown> = {};
  let drafts = 0;
  for (const item of po.items) {
    const translation = item.msgstr[0] ?? '';
    if (!translation.trim()) {
      problems.push(`${path}: no translation of “${item.msgid}”`);
      continue;
    }
    if (item.flags.fuzzy) drafts++;
    try {
      const expected = argumentNames(item.msgid).join(', ');
      const found = argumentNames(translation).join(', ');
      if (expected !== found) problems.push(`${path}: “${item.msgid}” has {${found}} in its translation, not {${expected}}`);
      compiled[item.msgid] = compileMessage(translation);
    } catch (error) {
      problems.push(`${path}: the translation of “${item.msgid}” is not valid ICU MessageFormat (${String(error)})`);
    }
  }
  if (language.draft !== drafts > 0) problems.push(`${path}: ${drafts} draft translations, but languages.ts marks ${language.code} draft: ${language.draft}`);
  put(`${DIR}/catalogues/${language.code}.ts`, catalogueModule(compiled, `po/${language.code}.po`));
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${messages.size} messages; catalogues ${check ? 'up to date' : 'written'} for ${LANGUAGES.map((l) => l.code).join(', ')}.`);

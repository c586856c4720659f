// Lint rules that keep the layers of DESIGN.md §2 apart and keep user text out of HTML.
// The full import matrix (which of our folders may import which) is checked by
// tests/unit/architecture.test.ts; here ESLint forbids the third-party imports per folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const htmlSinks = [
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/][right.type!='Literal']",
    message: 'Never assign HTML built from data: user text must reach the DOM as text (JSX, textContent).',
  },
  {
    selector:
      "CallExpression[callee.property.name=/^(setHTML|insertAdjacentHTML|setHTMLUnsafe)$/]:not([arguments.0.type='Literal']):not([arguments.1.type='Literal'][callee.property.name='insertAdjacentHTML'])",
    message: 'setHTML/insertAdjacentHTML with non-literal content is forbidden: use setDOMContent or JSX.',
  },
  {
    // JSX text does not process escapes: "\u2019" would be shown to the user as six characters.
    selector: 'JSXText[value=/\\\\u[0-9a-fA-F]{4}/]',
    message: 'A \\u escape in JSX text is shown literally: type the character itself, or use a JS string.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'dangerouslySetInnerHTML is forbidden: user text must reach the DOM as text.',
  },
];

// Every word a user reads goes through the catalogue (src/lib/i18n): text between tags, the
// accessible names and hints of controls, and strings shown from {…} in JSX. Class names, ids and
// other attributes are not user text and are not checked.
const LETTERS = '/[A-Za-z]{2}/';
const untranslated = 'User-visible text must go through t() from src/lib/i18n, so it is in the catalogue (npm run i18n).';
export const uiText = [
  { selector: `JSXText[value=${LETTERS}]`, message: untranslated },
  {
    selector: `JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt|label|hint|legend|what)$/] > Literal[value=${LETTERS}]`,
    message: untranslated,
  },
  { selector: `JSXAttribute[name.name=/^(aria-label|title|placeholder|alt|label|hint)$/] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${LETTERS}]`, message: untranslated },
  // Shown between tags: {'text'}, {on ? 'this' : 'that'}, {n > 1 && 'these'}, {`text ${value}`}.
  ...['', ':matches(ConditionalExpression, LogicalExpression) > '].flatMap((operator) => [
    { selector: `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > ${operator}Literal[value=${LETTERS}]`, message: untranslated },
    { selector: `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > ${operator}TemplateLiteral > TemplateElement[value.raw=${LETTERS}]`, message: untranslated },
  ]),
];
/**
 * A refusal is a sentence a coordinator reads: written as a marked template, `refuse(msg('…'))` or
 * `refuse(fill(msg('… {file} …'), { file }))`, so the catalogue holds it and the UI says it in the
 * chosen language (src/ui/problem-words.ts). A literal or template string here would stay English.
 */
export const refusalText = [
  {
    selector: "CallExpression[callee.name='refuse'][arguments.0.type=/^(Literal|TemplateLiteral)$/]",
    message: 'A refusal must be marked for the catalogue: refuse(msg(…)) or refuse(fill(msg(…), values)).',
  },
];

/**
 * A sentence made outside the UI (an import notice, a row's reason, a check's message) is shown to
 * the coordinator: it must be a marked template too, so the UI can say it in the chosen language.
 */
const REPORTS = '/(notices|problems|reasons|notes|refused)$/';
const REPORT_KEYS = '/^(reason|message|problem|note)$/';
const SENTENCE = '/[A-Za-z]+ [A-Za-z]+/';
const markReport = 'A sentence shown to the coordinator must be marked for the catalogue: msg(…) or fill(msg(…), values).';
export const reportText = [
  { selector: `CallExpression[callee.property.name=/^(push|unshift)$/][callee.object.name=${REPORTS}][arguments.0.type='TemplateLiteral']`, message: markReport },
  { selector: `CallExpression[callee.property.name=/^(push|unshift)$/][callee.object.name=${REPORTS}][arguments.0.value=${SENTENCE}]`, message: markReport },
  { selector: `Property[key.name=${REPORT_KEYS}][value.type='TemplateLiteral']`, message: markReport },
  { selector: `Property[key.name=${REPORT_KEYS}][value.value=${SENTENCE}]`, message: markReport },
];

const packagesOnlyIn = (message, ...names) => names.map((name) => ({ name, message }));
const mapOnly = packagesOnlyIn('Only src/map may import the map libraries.', 'maplibre-gl', 'terra-draw', 'terra-draw-maplibre-gl-adapter', 'pmtiles');
const storeOnly = packagesOnlyIn('Only src/store may import idb.', 'idb');
const turfOnly = [{ name: '@turf/turf', message: 'Turf belongs in src/geo (pure analysis).' }];
// Classic zod's method API cannot be tree-shaken: it added 16 KB (gzip) to every first visit.
const zodMini = [{ name: 'zod', message: "Import from 'zod/mini' (z.optional(s), s.check(z.maxLength(n))): classic zod adds 16 KB to the first load." }];

const restrictImports = (paths, patterns = []) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'dev-dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...htmlSinks],
    },
  },
  { files: ['src/**/*.ts'], rules: { 'no-restricted-syntax': ['error', ...htmlSinks, ...refusalText, ...reportText] } },
  { files: ['src/lib/**', 'src/model/**'], rules: restrictImports([...mapOnly, ...storeOnly, ...turfOnly, ...zodMini]) },
  {
    files: ['src/geo/**'],
    rules: restrictImports([...mapOnly, ...storeOnly, ...zodMini]),
    languageOptions: { globals: { ...globals.worker, document: 'off', window: 'off' } },
  },
  { files: ['src/io/**', 'src/workers/**', 'src/actions/**'], rules: restrictImports([...mapOnly, ...storeOnly, ...zodMini]) },
  { files: ['src/store/**'], rules: restrictImports([...mapOnly, ...turfOnly, ...zodMini]) },
  { files: ['src/map/**'], rules: restrictImports([...storeOnly, ...turfOnly, ...zodMini]) },
  { files: ['src/ui/**'], rules: restrictImports([...mapOnly, ...storeOnly, ...turfOnly, ...zodMini]) },
  { files: ['src/*.ts', 'src/*.tsx', 'src/sync/**'], rules: restrictImports(zodMini) },
  { files: ['src/ui/**/*.tsx'], rules: { 'no-restricted-syntax': ['error', ...htmlSinks, ...refusalText, ...uiText] } },
);

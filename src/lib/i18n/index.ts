/**
 * Translation. Every user-visible message is written in English (UK) in the code, as `t('Add
 * asset')` or, with ICU MessageFormat for values and plurals, `t('{count, plural, one {# asset}
 * other {# assets}}', { count })`. The English text is the message's id, as in gettext, so the code
 * reads as it always did and translators see the sentence they translate.
 *
 * Lingui's core (about 2.5 KB) formats the messages: ICU plural rules through Intl.PluralRules (Polish
 * has one/few/many), and numbers and dates in the language's own conventions. Catalogues are compiled
 * from the PO files at `npm run i18n` (src/lib/i18n/catalogues/*.ts) and each language's is loaded
 * only when chosen. English needs no catalogue for plain text: only its messages with values or
 * plurals are compiled, in catalogues/en-GB.ts.
 *
 * `t` reads a signal, so a component that calls it while rendering re-renders when the language
 * changes, with its state (a half-filled form) kept.
 */
import { setupI18n, type Messages } from '@lingui/core';
import { signal } from '@preact/signals-core';
import englishMessages from './catalogues/en-GB';
import { languageOf, SOURCE_LANGUAGE, type LanguageCode, type TranslatedCode } from './languages';
import { SIMPLE_MESSAGE, SIMPLE_PLURAL } from './msg';

export type MessageValues = Record<string, string | number | Date | null | undefined>;

const i18n = setupI18n({ locale: SOURCE_LANGUAGE, messages: { [SOURCE_LANGUAGE]: englishMessages } });
const active = signal<LanguageCode>(SOURCE_LANGUAGE);

/** Each translated language's compiled catalogue, a chunk of its own. */
const CATALOGUES: Record<TranslatedCode, () => Promise<{ default: Messages }>> = {
  ur: () => import('./catalogues/ur'),
  pl: () => import('./catalogues/pl'),
  pa: () => import('./catalogues/pa'),
};

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const LTR_LETTER = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}]/u;

/**
 * A value in the other direction from the sentence (an English asset name in an Urdu sentence, an
 * Urdu name in an English one) is wrapped in first-strong isolates (U+2068 … U+2069), so it neither
 * reorders the words around it nor takes the sentence's punctuation to its own side.
 */
function isolated(values: MessageValues | undefined, rtl: boolean): MessageValues | undefined {
  if (!values) return values;
  let out: MessageValues | undefined;
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'string') continue;
    // In a right-to-left sentence a formatted number or sum ("£20,300", "1,250.50") is kept left to
    // right as a whole (U+2066 … U+2069), or its currency sign would drift to the other side.
    const figure = rtl && /\d/.test(value) && !RTL_LETTER.test(value) && !LTR_LETTER.test(value);
    if (!figure && !(rtl ? LTR_LETTER : RTL_LETTER).test(value)) continue;
    out ??= { ...values };
    out[key] = figure ? `\u2066${value}\u2069` : `\u2068${value}\u2069`;
  }
  return out ?? values;
}

const simple = new Map<string, readonly (string | [string])[]>();

/**
 * An English message with plain `{name}` values, split into text and names as Lingui's compiler
 * would: the English catalogue then holds only plurals and selects, keeping the first download small.
 */
function compileSimple(source: string): readonly (string | [string])[] {
  let compiled = simple.get(source);
  if (!compiled) {
    compiled = source
      .split(/(\{\w+\})/)
      .filter(Boolean)
      .map((part) => (part.startsWith('{') ? [part.slice(1, -1)] : part));
    simple.set(source, compiled);
  }
  return compiled;
}

const englishRules = new Intl.PluralRules(SOURCE_LANGUAGE);
const englishNumbers = new Intl.NumberFormat(SOURCE_LANGUAGE);

/** An English two-form plural filled as Lingui would: the form by the count, `#` as the count in UK digits. */
function englishPlural([, name = '', one = '', other = '']: RegExpExecArray, values: MessageValues): string {
  const count = Number(values[name]);
  const form = englishRules.select(count) === 'one' ? one : other;
  const shown = englishNumbers.format(count);
  return compileSimple(form)
    .map((part) => (typeof part === 'string' ? part.replace(/#/g, shown) : String(values[part[0]] ?? '')))
    .join('');
}

/** The message in the chosen language, with its values put in. */
export function t(source: string, values?: MessageValues): string {
  const code = active.value; // read, so the rendering component follows a change of language
  const shown = isolated(values, languageOf(code).dir === 'rtl');
  if (source in i18n.messages) return i18n._(source, shown);
  if (!values) return source; // plain English with no translation: as written
  const plural = SIMPLE_PLURAL.exec(source);
  if (plural) return englishPlural(plural, shown ?? values);
  if (!SIMPLE_MESSAGE.test(source)) return source;
  return compileSimple(source)
    .map((part) => (typeof part === 'string' ? part : String(shown?.[part[0]] ?? '')))
    .join('');
}

export { msg } from './msg';

/** The language the app speaks now. */
export const currentLanguage = (): LanguageCode => active.value;
/** The BCP 47 tag for Intl in the language now chosen. */
export const locale = (): string => active.value;
export const textDirection = (): 'ltr' | 'rtl' => languageOf(active.value).dir;

/** Loads the language's catalogue (once; the service worker keeps it offline) and switches to it. */
export async function switchLanguage(code: LanguageCode): Promise<void> {
  if (code === 'en-GB') {
    i18n.activate(code);
  } else {
    const { default: messages } = await CATALOGUES[code]();
    // English's compiled messages lie under the language's: an untranslated message still gets its values.
    i18n.load(code, { ...englishMessages, ...messages });
    i18n.activate(code);
  }
  active.value = code;
}

/** The messages the chosen language's catalogue holds (none for English, the source). */
export const catalogueIds = (): readonly string[] => (active.value === SOURCE_LANGUAGE ? [] : Object.keys(i18n.messages));

/** Subscribes to language changes (outside components), e.g. to relabel the map. Returns the unsubscribe. */
export function onLanguageChange(listener: (code: LanguageCode) => void): () => void {
  return active.subscribe(listener);
}

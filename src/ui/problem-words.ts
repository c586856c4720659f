import type { Problem } from '../lib/result';
import { FIELD_LABELS } from '../model/problems';
import { catalogueIds, currentLanguage, t } from '../lib/i18n';
import { readBack, readersOf } from '../lib/i18n/read-back';

const LABELS = new Set(Object.values(FIELD_LABELS));
/** Values that are themselves words of the catalogue (a field's name), said in the chosen language too. */
const WORD_VALUES = new Set(['label', 'field', 'kind']);
/** Values that are themselves sentences made elsewhere (a file's own problem inside "“file”: …", how a row was placed). */
const SENTENCE_VALUES = new Set(['problem', 'how']);
const FILE_PREFIX = /^(\u201c[^\u201d]*\u201d): (.+)$/s;

let cache: { language: string; readers: ReturnType<typeof readersOf> } | null = null;
const readers = () => {
  if (cache?.language !== currentLanguage()) cache = { language: currentLanguage(), readers: readersOf(catalogueIds(), 6) };
  return cache.readers;
};

/**
 * A problem's sentence in the chosen language. Problems are made in English where t() is not loaded
 * (the model's checks, a worker, an intent); the sentence is found in the catalogue as it is, or as
 * the template it was filled from (`fill`), or as "Field › Field: check" from a schema. A sentence
 * the catalogue does not hold is shown as it is.
 */
export function problemText(message: string): string {
  const direct = t(message);
  if (direct !== message || catalogueIds().length === 0) return direct;
  const colon = message.indexOf(': ');
  if (colon > 0) {
    const where = message.slice(0, colon).split(' \u203a ');
    if (where.every((w) => LABELS.has(w))) return `${where.map((w) => t(w)).join(' \u203a ')}: ${problemText(message.slice(colon + 2))}`;
  }
  const file = FILE_PREFIX.exec(message);
  if (file) return `${file[1]}: ${problemText(file[2] ?? '')}`;
  // Several problems joined into one line ("the amount is empty; the date is empty"): each is said
  // again, when each is known; otherwise the line is one sentence with a semicolon in it.
  if (message.includes('; ')) {
    const parts = message.split('; ').map((part) => [part, problemText(part)] as const);
    if (parts.every(([part, said]) => said !== part)) return parts.map(([, said]) => said).join('; ');
  }
  const read = readBack(message, readers());
  if (!read) {
    // A check behind a place no label names ("counts › assets: …", a schema's raw path): the check
    // is said again, the place is left as written.
    const rest = colon > 0 ? problemText(message.slice(colon + 2)) : '';
    return colon > 0 && rest !== message.slice(colon + 2) ? `${message.slice(0, colon)}: ${rest}` : message;
  }
  const say = (key: string, value: string | number) => (typeof value !== 'string' ? value : WORD_VALUES.has(key) ? t(value) : SENTENCE_VALUES.has(key) ? problemText(value) : value);
  const values = Object.fromEntries(Object.entries(read.values).map(([key, value]) => [key, say(key, value)]));
  return t(read.template, values);
}

/** The problems as one paragraph, in the chosen language. */
export const problemsText = (problems: readonly Problem[]): string => problems.map((p) => problemText(p.message)).join(' ');

/** The problems' sentences, one per line of a list, in the chosen language. */
export const problemLines = (problems: readonly Problem[]): string[] => problems.map((p) => problemText(p.message));

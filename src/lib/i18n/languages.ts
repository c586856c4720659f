/**
 * The languages the app speaks. English (UK) is the source: every message is written in it, and a
 * catalogue (src/lib/i18n/po/<code>.po) gives each other language. A language is `draft` until a
 * fluent speaker has reviewed its catalogue (README, "Languages"); the menu says so.
 *
 * Punjabi is shipped in Gurmukhi (pa, CLDR's default script for Punjabi): it is the script of GCSE
 * and A-level Punjabi in England and of most gurdwaras and Sikh community groups here, while most
 * readers of Shahmukhi (Punjabi in Arabic script) in Bradford and Manchester read Urdu, which is
 * shipped too. Shahmukhi can be added as `pa-Arab` with its own catalogue.
 */
export const LANGUAGES = [
  { code: 'en-GB', name: 'English (UK)', englishName: 'English (UK)', dir: 'ltr', draft: false },
  { code: 'ur', name: 'اردو', englishName: 'Urdu', dir: 'rtl', draft: true },
  { code: 'pl', name: 'Polski', englishName: 'Polish', dir: 'ltr', draft: true },
  { code: 'pa', name: 'ਪੰਜਾਬੀ', englishName: 'Punjabi (Gurmukhi)', dir: 'ltr', draft: true },
] as const;

export type Language = (typeof LANGUAGES)[number];
export type LanguageCode = Language['code'];
export const SOURCE_LANGUAGE: LanguageCode = 'en-GB';
/** The languages that have a catalogue to load (all but the source). */
export type TranslatedCode = Exclude<LanguageCode, 'en-GB'>;

export const isLanguageCode = (value: unknown): value is LanguageCode => LANGUAGES.some((l) => l.code === value);
export const languageOf = (code: LanguageCode): Language => LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];

/**
 * The first of the device's preferred languages (navigator.languages) that the app speaks, matched
 * by its primary subtag ("pl-PL" → Polish, "ur-PK" → Urdu, "en-US" → English (UK)); English (UK)
 * when none is.
 */
export function pickLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    // Punjabi in Arabic script (pa-Arab, pa-PK) is Shahmukhi, not the Gurmukhi catalogue: Urdu is closer.
    if (primary === 'pa' && /arab|-pk$/i.test(tag)) return 'ur';
    const match = LANGUAGES.find((l) => l.code.toLowerCase().split('-')[0] === primary);
    if (match) return match.code;
  }
  return SOURCE_LANGUAGE;
}

import { currentLanguage, switchLanguage } from '../lib/i18n';
import { isLanguageCode, languageOf, pickLanguage, type LanguageCode } from '../lib/i18n/languages';

/** The language chosen on this tablet. A device's choice, not the team's: each reader has their own. */
const KEY = 'asset-atlas.language';

function storedLanguage(): LanguageCode | null {
  try {
    const value = localStorage.getItem(KEY);
    return isLanguageCode(value) ? value : null;
  } catch {
    return null; // storage refused (private mode): the device's language still applies
  }
}

/** Sets the page's language and direction, so the browser shapes, hyphenates and mirrors the layout. */
function applyToPage(code: LanguageCode): void {
  document.documentElement.lang = code;
  document.documentElement.dir = languageOf(code).dir;
}

/**
 * At start-up: the language chosen before, or the device's first preferred language the app
 * speaks, or English (UK). A catalogue that fails to load leaves the app in English, not blank.
 */
export async function startLanguage(): Promise<void> {
  const code = storedLanguage() ?? pickLanguage(navigator.languages ?? [navigator.language]);
  try {
    await switchLanguage(code);
    applyToPage(code);
  } catch {
    applyToPage(currentLanguage());
  }
}

/** The coordinator's choice in Settings → Language: switched at once, no reload, and remembered. */
export async function chooseLanguage(code: LanguageCode): Promise<void> {
  await switchLanguage(code);
  applyToPage(code);
  try {
    localStorage.setItem(KEY, code);
  } catch {
    // not remembered, but switched: said nowhere, as there is nothing the reader could do about it
  }
}

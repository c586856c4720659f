import { useState } from 'preact/hooks';
import { currentLanguage, t } from '../lib/i18n';
import { isLanguageCode, LANGUAGES } from '../lib/i18n/languages';
import { chooseLanguage } from './language-choice';

/**
 * Settings → Language. Each language is named in itself (a reader finds "اردو", not "Urdu"), with its
 * English name beside it for the coordinator, and "(draft translation)" until a fluent speaker has
 * reviewed it.
 */
export function LanguageSection() {
  const [failure, setFailure] = useState<string | null>(null);
  const choose = (value: string) => {
    if (!isLanguageCode(value)) return;
    setFailure(null);
    chooseLanguage(value).catch((error: unknown) =>
      setFailure(t('That language could not be loaded ({reason}). The app stays in the language it was in.', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };
  return (
    <section aria-labelledby="language-title">
      <h2 class="section-heading" id="language-title">
        {t('Language')}
      </h2>
      <label class="field">
        <span>{t('Language')}</span>
        <select value={currentLanguage()} onChange={(e) => choose(e.currentTarget.value)}>
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name === l.englishName ? l.name : `${l.name} — ${l.englishName}`}
              {l.draft ? ` ${t('(draft translation)')}` : ''}
            </option>
          ))}
        </select>
      </label>
      <p class="hint">{t('The words of the app, the map and the printed sheets. What people have typed stays as they typed it.')}</p>
      {failure && (
        <p class="warning" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { anonymisePerson, reconfirmConsent } from '../actions/asset-actions';
import { clearUndoHistory, setConsentReviewMonths } from '../actions/workspace-actions';
import { consentToReview } from '../model/consent-review';
import { appState } from '../store/state';
import { ForgetPersonConfirm, anonymousName } from './forget-person-confirm';
import { t } from '../lib/i18n';
import { formatDay } from '../lib/i18n/format';

const todayIso = () => new Date().toISOString().slice(0, 10);

/** Settings → Privacy: consent due for review, and the undo history that keeps earlier versions. */
export function PrivacySection() {
  const settings = appState.settings.value;
  const due = consentToReview(appState.assets.value, todayIso(), settings.consentReviewMonths);
  const [anonymising, setAnonymising] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const person = due.find((a) => a.id === anonymising);
  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading" class="section-heading">
        {t('Privacy')}
      </h2>
      <h3 id="consent-review-heading">{t('Consent to review')}</h3>
      <p>
        {due.length === 0
          ? t('{months, plural, one {No one’s consent is older than # month.} other {No one’s consent is older than # months.}}', { months: settings.consentReviewMonths })
          : `${t('{count, plural, one {# person’s consent was recorded} other {# people’s consent was recorded}}', { count: due.length })} ${t('{months, plural, one {more than # month ago.} other {more than # months ago.}}', { months: settings.consentReviewMonths })} ${t('Ask again, then re-confirm it, or anonymise the record.')}`}
      </p>
      {due.length > 0 && (
        <ul class="consent-review" aria-labelledby="consent-review-heading">
          {due.map((a) => (
            <li key={a.id}>
              <span>
                {a.name} <small>{t('consent of {date}', { date: a.person?.consent.date ? formatDay(a.person.consent.date) : t('no date') })}</small>
              </span>
              <button
                type="button"
                class="secondary"
                aria-label={t('Re-confirm consent of {name}', { name: a.name })}
                onClick={() => void reconfirmConsent(a.id, todayIso()).then((ok) => ok && setMessage(t('Consent of “{name}” re-confirmed today.', { name: a.name })))}
              >
                {t('Re-confirm')}
              </button>
              <button type="button" class="secondary" aria-label={t('Anonymise {name}', { name: a.name })} onClick={() => setAnonymising(a.id)}>
                {t('Anonymise')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {person && (
        <ForgetPersonConfirm
          action="anonymise"
          name={person.name}
          onCancel={() => setAnonymising(null)}
          onConfirm={() => {
            setAnonymising(null);
            void anonymisePerson(person.id, anonymousName(person)).then((ok) => ok && setMessage(t('“{name}” was anonymised.', { name: person.name })));
          }}
        />
      )}
      <div class="field">
        <label for="consent-review-months">{t('Review consent after (months)')}</label>
        <input id="consent-review-months" type="number" min={1} max={120} value={settings.consentReviewMonths} onChange={(e) => void setConsentReviewMonths(Number(e.currentTarget.value))} />
      </div>
      <h3>{t('Undo history')}</h3>
      <p>{t('Undo keeps up to 100 earlier versions of your records on this device, records about people included. Clearing it keeps your records as they are now.')}</p>
      {confirmClear ? (
        <div class="warning" role="alert">
          <p>{t('Clear the undo history? No change made before now can be undone.')}</p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => {
                setConfirmClear(false);
                void clearUndoHistory().then((ok) => setMessage(ok ? t('The undo history was cleared.') : t('The undo history could not be cleared.')));
              }}
            >
              {t('Clear it now')}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirmClear(false)}>
              {t('Keep it')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="secondary" onClick={() => setConfirmClear(true)}>
          {t('Clear undo history')}
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}

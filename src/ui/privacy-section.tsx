import { useState } from 'preact/hooks';
import { anonymisePerson, reconfirmConsent } from '../actions/asset-actions';
import { clearUndoHistory, setConsentReviewMonths } from '../actions/workspace-actions';
import { consentToReview } from '../model/consent-review';
import { appState } from '../store/state';
import { countOf } from '../lib/count';
import { ForgetPersonConfirm } from './forget-person-confirm';

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
        Privacy
      </h2>
      <h3 id="consent-review-heading">Consent to review</h3>
      <p>
        {due.length === 0
          ? `No one’s consent is older than ${countOf(settings.consentReviewMonths, 'month')}.`
          : `${due.length} ${due.length === 1 ? 'person’s' : 'people’s'} consent was recorded more than ${countOf(settings.consentReviewMonths, 'month')} ago. Ask again, then re-confirm it, or anonymise the record.`}
      </p>
      {due.length > 0 && (
        <ul class="consent-review" aria-labelledby="consent-review-heading">
          {due.map((a) => (
            <li key={a.id}>
              <span>
                {a.name} <small>consent of {a.person?.consent.date ?? 'no date'}</small>
              </span>
              <button
                type="button"
                class="secondary"
                aria-label={`Re-confirm consent of ${a.name}`}
                onClick={() => void reconfirmConsent(a.id, todayIso()).then((ok) => ok && setMessage(`Consent of \u201c${a.name}\u201d re-confirmed today.`))}
              >
                Re-confirm
              </button>
              <button type="button" class="secondary" aria-label={`Anonymise ${a.name}`} onClick={() => setAnonymising(a.id)}>
                Anonymise
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
            void anonymisePerson(person.id).then((ok) => ok && setMessage(`\u201c${person.name}\u201d was anonymised.`));
          }}
        />
      )}
      <div class="field">
        <label for="consent-review-months">Review consent after (months)</label>
        <input id="consent-review-months" type="number" min={1} max={120} value={settings.consentReviewMonths} onChange={(e) => void setConsentReviewMonths(Number(e.currentTarget.value))} />
      </div>
      <h3>Undo history</h3>
      <p>Undo keeps up to 100 earlier versions of your records on this device, records about people included. Clearing it keeps your records as they are now.</p>
      {confirmClear ? (
        <div class="warning" role="alert">
          <p>Clear the undo history? No change made before now can be undone.</p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => {
                setConfirmClear(false);
                void clearUndoHistory().then((ok) => setMessage(ok ? 'The undo history was cleared.' : 'The undo history could not be cleared.'));
              }}
            >
              Clear it now
            </button>
            <button type="button" class="secondary" onClick={() => setConfirmClear(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="secondary" onClick={() => setConfirmClear(true)}>
          Clear undo history
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}

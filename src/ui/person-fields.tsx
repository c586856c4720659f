import type { AssetDraft, FieldErrors } from '../model/asset-draft';
import { mentionsSensitiveDetails } from '../model/asset-draft';
import { CONSENT_VALUES } from '../model/asset';
import { Field, describedBy } from './form-fields';
import { TagsField } from './tags-field';
import { personVocabulary } from '../model/who-could-help';
import { appState } from '../store/state';
import { useMemo } from 'preact/hooks';
import { msg, t } from '../lib/i18n';

const CONSENT_LABELS: Record<(typeof CONSENT_VALUES)[number], string> = {
  given: msg('Given'),
  'not-asked': msg('Not yet asked'),
  withdrawn: msg('Withdrawn'),
};

/** What ABCD asks a resident about, each a list of free tags. */
const PERSON_LISTS = [
  { key: 'gifts', label: msg('Gifts and skills'), hint: msg('Separate with commas, e.g. cooking, Urdu, bike repair') },
  { key: 'cares', label: msg('Cares about'), hint: msg('e.g. green spaces, young people') },
  { key: 'shares', label: msg('Would share or teach'), hint: msg('e.g. teach sewing, lend tools') },
] as const;

/** The personal-data part of the form, shown only for the individuals category. */
export function PersonFields({ draft, errors, update }: { draft: AssetDraft; errors: FieldErrors; update: (patch: Partial<AssetDraft>) => void }) {
  const sensitive = mentionsSensitiveDetails(`${draft.name} ${draft.description} ${draft.tags} ${draft.gifts} ${draft.cares} ${draft.shares}`);
  const words = useMemo(() => personVocabulary(appState.assets.peek()), []);
  return (
    <fieldset class="person">
      <legend>{t('About this person')}</legend>
      <p class="notice">
        {t(
          'This is personal data. Record gifts and skills only — never health, faith, ethnicity or other sensitive details — and only with their consent. People are shown at a public place or as part of their neighbourhood, never at their home.',
        )}
      </p>
      {sensitive && (
        <p class="warning" role="alert">
          {t('This record seems to mention sensitive details (health, faith or similar). Please remove them.')}
        </p>
      )}
      <Field id="consent" label={t('Consent')} error={errors.consentStatus}>
        <select
          id="consent"
          value={draft.consentStatus}
          onChange={(e) => update({ consentStatus: e.currentTarget.value as AssetDraft['consentStatus'] })}
          {...describedBy('consent', errors.consentStatus)}
        >
          <option value="">{t('Choose…')}</option>
          {CONSENT_VALUES.map((v) => (
            <option key={v} value={v}>
              {t(CONSENT_LABELS[v])}
            </option>
          ))}
        </select>
      </Field>
      {draft.consentStatus === 'given' && (
        <>
          <Field id="consent-date" label={t('Consent date')} error={errors.consentDate}>
            <input id="consent-date" type="date" value={draft.consentDate} onInput={(e) => update({ consentDate: e.currentTarget.value })} {...describedBy('consent-date', errors.consentDate)} />
          </Field>
          <Field id="consent-purpose" label={t('Consent given for')} error={errors.consentPurpose} hint={t('e.g. to be contacted about community activity')}>
            <input
              id="consent-purpose"
              value={draft.consentPurpose}
              onInput={(e) => update({ consentPurpose: e.currentTarget.value })}
              {...describedBy('consent-purpose', errors.consentPurpose, 'hint')}
            />
          </Field>
          <label class="check">
            <input type="checkbox" checked={draft.consentTeam} onChange={(e) => update({ consentTeam: e.currentTarget.checked })} />
            <span>
              {t('They agreed to be shared with the team')}
              <small>{t('Only then, and only if the team shares people records, does this record go to the team’s other tablets.')}</small>
            </span>
          </label>
        </>
      )}
      {PERSON_LISTS.map(({ key, label, hint }) => (
        <TagsField key={key} id={`person-${key}`} label={t(label)} value={draft[key]} onChange={(value) => update({ [key]: value })} suggestions={words[key]} hint={t(hint)} error={errors[key]} />
      ))}
      {draft.consentStatus === 'given' && (
        <label class="check">
          <input type="checkbox" checked={draft.connector} onChange={(e) => update({ connector: e.currentTarget.checked })} />
          <span>
            {t('Community connector')}
            <small>{t('Someone who links neighbours to the groups and places around them.')}</small>
          </span>
        </label>
      )}
      <Field id="show-at" label={t('Show on the map')}>
        <select id="show-at" value={draft.showAt} onChange={(e) => update({ showAt: e.currentTarget.value as AssetDraft['showAt'] })}>
          <option value="neighbourhood">{t('In their neighbourhood only (no pin)')}</option>
          <option value="public-place">{t('At the public place I chose (not a home)')}</option>
        </select>
      </Field>
    </fieldset>
  );
}

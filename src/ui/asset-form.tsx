import { findAsset } from '../model/asset-links';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_LIST, type CategoryId } from '../model/categories';
import { COST_VALUES, STATUS_VALUES } from '../model/asset';
import { fieldErrors, type AssetDraft, type FieldErrors } from '../model/asset-draft';

import { saveAssetDraft } from '../actions/asset-actions';
import { Field, describedBy } from './form-fields';
import { PersonFields } from './person-fields';
import { LinksField } from './links-field';
import { DetailsField } from './details-field';
import { appState } from '../store/state';
import { personalExtraKeys } from '../model/personal-data';
import type { Asset } from '../model/asset';
import { PhotosField } from './photos-field';
import { LocationSummary } from './location-summary';
import { mode, send, toast } from './ui-state';
import { clearSavedDraft } from './draft-autosave';
import { msg, t } from '../lib/i18n';
import { COST_LABELS, STATUS_LABELS } from './value-labels';
import { problemsText } from './problem-words';

const FIELD_NAMES: Partial<Record<keyof FieldErrors, string>> = {
  name: msg('Name'),
  category: msg('Category'),
  email: msg('Email'),
  website: msg('Website'),
  geometry: msg('Location'),
  consentStatus: msg('Consent'),
  consentDate: msg('Consent date'),
};

/** What a web address starts with, in every language. */
const URL_START = 'https://';

/** How the summary of problems names a field: "Capacity (people)" for the detail `extra.capacity`. */
function fieldName(field: keyof FieldErrors): string {
  if (!field.startsWith('extra.')) return t(FIELD_NAMES[field] ?? field);
  const key = field.slice('extra.'.length);
  return appState.settings.value.typeFields.flatMap((t) => t.fields).find((f) => f.key === key)?.label ?? key;
}

/** The details of the stored asset that hold personal data, to label them so in the form. */
const personalOf = (asset: Asset | undefined): string[] => (asset ? personalExtraKeys(asset) : []);

/** Add or edit an asset. Everything typed stays in the form until it is saved or cancelled. */
export function AssetForm() {
  const current = mode.value;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [storeMessage, setStoreMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLParagraphElement>(null);
  // After a refused save, take the coordinator to the list of what to fix (it may be scrolled away).
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);
  if (current.kind !== 'form') return null;
  const { draft } = current;
  const update = (patch: Partial<AssetDraft>) => {
    send({ type: 'draft-edited', patch });
    // A field the coordinator has changed no longer shows its old error (any detail, for the details).
    const changed = (k: string) => k in patch || ('extra' in patch && k.startsWith('extra.'));
    if (Object.keys(errors).some(changed)) setErrors(Object.fromEntries(Object.entries(errors).filter(([k]) => !changed(k))) as FieldErrors);
  };
  const text = (field: 'name' | 'type' | 'tags' | 'openingTimes' | 'contactName' | 'phone' | 'email' | 'website') => ({
    id: `asset-${field}`,
    value: draft[field],
    onInput: (e: Event) => update({ [field]: (e.currentTarget as HTMLInputElement).value }),
    ...describedBy(`asset-${field}`, errors[field]),
  });
  const save = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    const outcome = await saveAssetDraft({ draft, assetId: current.assetId, isNew: current.isNew, geometry: current.geometry, photos: current.photos });
    setSaving(false);
    if (outcome.ok) {
      clearSavedDraft();
      send({ type: 'done' });
      const { asset, forgotten } = outcome.value;
      toast.value = forgotten
        ? { message: t('Saved “{name}”: consent withdrawn, so their earlier details were removed from the undo history', { name: asset.name }), undoable: false }
        : { message: t('Saved “{name}”', { name: asset.name }), undoable: true };
    } else {
      setErrors(fieldErrors(outcome.error));
      const elsewhere = outcome.error.filter((p) => !p.field);
      // A problem the model marked for the catalogue is shown in the chosen language.
      setStoreMessage(elsewhere.length > 0 ? problemsText(elsewhere) : null);
      setAttempt(attempt + 1);
    }
  };
  const cancel = () => {
    clearSavedDraft();
    send({ type: 'cancel' });
  };
  const problems = Object.keys(errors) as (keyof FieldErrors)[];
  const category = draft.category as CategoryId | '';
  return (
    <form class="asset-form" onSubmit={save} noValidate aria-labelledby="asset-form-title">
      <h2 id="asset-form-title">{current.isNew ? t('New asset') : t('Edit asset')}</h2>
      {problems.length > 0 && (
        <p class="form-problems" role="alert" tabIndex={-1} ref={summary}>
          {t('{count, plural, one {Check this field: {fields}.} other {Check these # fields: {fields}.}}', { count: problems.length, fields: problems.map(fieldName).join(', ') })}
        </p>
      )}
      {storeMessage && (
        <p class="form-problems" role="alert" tabIndex={-1} ref={problems.length === 0 ? summary : undefined}>
          {storeMessage}
        </p>
      )}
      <LocationSummary />
      <Field id="asset-name" label={t('Name')} error={errors.name}>
        <input {...text('name')} autoComplete="off" required />
      </Field>
      <Field id="asset-category" label={t('Category')} error={errors.category}>
        <select
          id="asset-category"
          value={draft.category}
          onChange={(e) => update({ category: e.currentTarget.value as AssetDraft['category'] })}
          {...describedBy('asset-category', errors.category)}
          required
        >
          <option value="">{t('Choose…')}</option>
          {CATEGORY_LIST.map((c) => (
            <option key={c.id} value={c.id}>
              {t(c.label)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="asset-type" label={t('Type')} hint={t('Pick a suggestion or type your own')}>
        <input {...text('type')} list="type-suggestions" autoComplete="off" />
        {/* The suggestions in the reader's language: what is picked is then typed data, kept as picked. */}
        <datalist id="type-suggestions">{category && CATEGORIES[category].suggestedTypes.map((type) => <option key={type} value={t(type)} />)}</datalist>
      </Field>
      {category === 'individuals' && <PersonFields draft={draft} errors={errors} update={update} />}
      {category === 'associations' && (
        <label class="check">
          <input type="checkbox" checked={draft.connector} onChange={(e) => update({ connector: e.currentTarget.checked })} />
          <span>
            {t('Community connector')}
            <small>{t('A group that links neighbours to the groups and places around them.')}</small>
          </span>
        </label>
      )}
      <Field id="asset-description" label={t('Description')}>
        <textarea id="asset-description" rows={3} value={draft.description} onInput={(e) => update({ description: e.currentTarget.value })} />
      </Field>
      <Field id="asset-tags" label={t('Tags')} hint={t('Separate with commas, e.g. walking, football, dance, chair exercise')}>
        <input {...text('tags')} {...describedBy('asset-tags', undefined, 'hint')} autoComplete="off" />
      </Field>
      <DetailsField draft={draft} errors={errors} update={update} personal={personalOf(current.isNew ? undefined : (findAsset(appState.assets.value, current.assetId) ?? undefined))} />
      <div class="field-row">
        <Field id="asset-cost" label={t('Cost')}>
          <select id="asset-cost" value={draft.cost} onChange={(e) => update({ cost: e.currentTarget.value as AssetDraft['cost'] })}>
            <option value="">{t('Not known')}</option>
            {COST_VALUES.map((c) => (
              <option key={c} value={c}>
                {t(COST_LABELS[c])}
              </option>
            ))}
          </select>
        </Field>
        <Field id="asset-status" label={t('Status')}>
          <select id="asset-status" value={draft.status} onChange={(e) => update({ status: e.currentTarget.value as AssetDraft['status'] })}>
            {STATUS_VALUES.map((s) => (
              <option key={s} value={s}>
                {t(STATUS_LABELS[s])}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="asset-opening" label={t('Opening times')}>
        <input id="asset-opening" value={draft.openingTimes} onInput={(e) => update({ openingTimes: e.currentTarget.value })} />
      </Field>
      <Field id="asset-accessibility" label={t('Accessibility notes')}>
        <textarea id="asset-accessibility" rows={2} value={draft.accessibility} onInput={(e) => update({ accessibility: e.currentTarget.value })} />
      </Field>
      <fieldset>
        <legend>{t('Contact')}</legend>
        <Field id="asset-contactName" label={t('Contact name')}>
          <input {...text('contactName')} />
        </Field>
        <Field id="asset-phone" label={t('Phone')}>
          <input {...text('phone')} type="tel" />
        </Field>
        <Field id="asset-email" label={t('Email')} error={errors.email}>
          <input {...text('email')} type="email" />
        </Field>
        <Field id="asset-website" label={t('Website')} error={errors.website}>
          <input {...text('website')} type="url" placeholder={URL_START} />
        </Field>
      </fieldset>
      <Field id="asset-verified" label={t('Last verified')}>
        <input id="asset-verified" type="date" value={draft.verifiedAt} onInput={(e) => update({ verifiedAt: e.currentTarget.value })} />
      </Field>
      <PhotosField />
      <LinksField draft={draft} selfId={current.assetId} update={update} />
      <div class="form-actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('Save')}
        </button>
        <button type="button" class="secondary" onClick={cancel}>
          {t('Cancel')}
        </button>
      </div>
    </form>
  );
}

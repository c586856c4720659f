import { useState } from 'preact/hooks';
import type { AssetDraft, FieldErrors } from '../model/asset-draft';
import { fieldsOfType, readYesNo, type TypeField } from '../model/type-fields';
import { appState } from '../store/state';
import { describedBy, Field } from './form-fields';
import { t } from '../lib/i18n';

interface DetailsFieldProps {
  draft: AssetDraft;
  errors: FieldErrors;
  update: (patch: Partial<AssetDraft>) => void;
  /** Columns an import marked as personal data, labelled so in the form. */
  personal: readonly string[];
}

const controlId = (key: string) => `asset-extra-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** One of the type's own fields: yes/no as a choice, a number, or text. */
function TypeFieldControl({ field, value, error, onChange }: { field: TypeField; value: string; error: string | undefined; onChange: (value: string) => void }) {
  const id = controlId(field.key);
  if (field.kind === 'yes-no') {
    const read = readYesNo(value);
    return (
      <Field id={id} label={field.label} error={error}>
        <select id={id} value={read ?? value} onChange={(e) => onChange(e.currentTarget.value)} {...describedBy(id, error)}>
          <option value="">{t('Not known')}</option>
          <option value="yes">{t('Yes')}</option>
          <option value="no">{t('No')}</option>
          {/* A value an import brought that is not a yes or no is kept, not lost, until changed. */}
          {value !== '' && read === null && <option value={value}>{value}</option>}
        </select>
      </Field>
    );
  }
  return (
    <Field id={id} label={field.label} error={error}>
      <input id={id} value={value} inputMode={field.kind === 'number' ? 'decimal' : undefined} autoComplete="off" onInput={(e) => onChange(e.currentTarget.value)} {...describedBy(id, error)} />
    </Field>
  );
}

/**
 * The asset's details: the fields its type carries (Settings → Types and their fields), then any
 * other detail, such as a column an import kept, each editable and removable, and "Add a detail".
 */
export function DetailsField({ draft, errors, update, personal }: DetailsFieldProps) {
  const [newName, setNewName] = useState('');
  const [newValue, setNewValue] = useState('');
  const fields = fieldsOfType(appState.settings.value.typeFields, draft.type);
  const own = new Set(fields.map((f) => f.key));
  const others = Object.keys(draft.extra).filter((k) => !own.has(k));
  const set = (key: string, value: string) => update({ extra: { ...draft.extra, [key]: value } });
  const remove = (key: string) => update({ extra: Object.fromEntries(Object.entries(draft.extra).filter(([k]) => k !== key)) });
  const name = newName.trim();
  const taken = name !== '' && name in draft.extra;
  const add = () => {
    if (name === '' || taken) return;
    set(name, newValue);
    setNewName('');
    setNewValue('');
  };
  return (
    <>
      {fields.length > 0 && (
        <fieldset>
          <legend>{t('Details for {type}', { type: t(draft.type.trim().toLowerCase()) })}</legend>
          <div class="field-row">
            {fields.map((f) => (
              <TypeFieldControl key={f.key} field={f} value={draft.extra[f.key] ?? ''} error={errors[`extra.${f.key}`]} onChange={(v) => set(f.key, v)} />
            ))}
          </div>
        </fieldset>
      )}
      <fieldset>
        <legend>{fields.length > 0 ? t('Other details') : t('Details')}</legend>
        {others.length === 0 && <p class="hint">{t('None yet. Imported columns appear here, and you can add your own.')}</p>}
        {others.map((key) => (
          <div class="detail-row" key={key}>
            <Field id={controlId(key)} label={personal.includes(key) ? t('{detail} (personal)', { detail: key }) : key}>
              <input id={controlId(key)} value={draft.extra[key] ?? ''} autoComplete="off" onInput={(e) => set(key, e.currentTarget.value)} />
            </Field>
            <button type="button" class="secondary" aria-label={t('Remove “{detail}”', { detail: key })} onClick={() => remove(key)}>
              {t('Remove')}
            </button>
          </div>
        ))}
        <div class="detail-row">
          <Field id="asset-new-detail-name" label={t('New detail')} error={taken ? t('The asset already has a detail of that name') : undefined}>
            <input id="asset-new-detail-name" value={newName} placeholder={t('e.g. parking')} autoComplete="off" onInput={(e) => setNewName(e.currentTarget.value)} />
          </Field>
          <Field id="asset-new-detail-value" label={t('Its value')}>
            <input
              id="asset-new-detail-value"
              value={newValue}
              autoComplete="off"
              onInput={(e) => setNewValue(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())}
            />
          </Field>
          <button type="button" class="secondary" onClick={add} disabled={name === '' || taken}>
            {t('Add detail')}
          </button>
        </div>
      </fieldset>
    </>
  );
}

import { useState } from 'preact/hooks';
import { FIELD_KINDS, type FieldKind } from '../model/type-fields';
import { addTypeField, removeTypeField } from '../actions/workspace-actions';

import { appState } from '../store/state';
import { assetVocabulary } from './ui-state';
import { describedBy, Field } from './form-fields';
import { msg, t } from '../lib/i18n';
import { problemsText } from './problem-words';

const KIND_TEXT: Record<FieldKind, string> = { 'yes-no': msg('Yes or no'), number: msg('Number'), text: msg('Text') };

/**
 * Settings → "Types and their fields": what the team records for each type (a park's playground,
 * a group's meeting day). The asset form shows them, filters offer them, and an import fills them
 * from columns of the same name.
 */
export function TypeFieldsSection() {
  const definitions = appState.settings.value.typeFields;
  const [type, setType] = useState('');
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<FieldKind>('yes-no');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const add = async (event: Event) => {
    event.preventDefault();
    const added = await addTypeField({ type, label, kind });
    if (!added.ok) {
      setProblem(problemsText(added.error));
      setDone(null);
      return;
    }
    setProblem(null);
    setDone(t('Added “{field}” to {type}.', { field: label.trim(), type: type.trim().toLowerCase() }));
    setLabel('');
  };
  const types = [...new Set([...definitions.map((d) => d.type), ...assetVocabulary.value.types])];
  return (
    <section aria-labelledby="type-fields-title">
      <h2 class="section-heading" id="type-fields-title">
        {t('Types and their fields')}
      </h2>
      <p class="hint">
        {t(
          'What you record for each type of asset. The form shows them, filters offer them, and an import fills them from columns of the same name. Removing a field keeps the values already recorded, as other details.',
        )}
      </p>
      {definitions.map((d) => (
        <div class="type-fields" key={d.type}>
          <h3>{t(d.type)}</h3>
          <ul>
            {d.fields.map((f) => (
              <li key={f.key}>
                <span>
                  {f.label} <small>({t(KIND_TEXT[f.kind]).toLocaleLowerCase()})</small>
                </span>
                <button type="button" class="secondary" aria-label={t('Remove “{field}” from {type}', { field: f.label, type: d.type })} onClick={() => void removeTypeField(d.type, f.key)}>
                  {t('Remove')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <form class="add-type-field" onSubmit={(e) => void add(e)} aria-label={t('Add a field to a type')}>
        <div class="field-row">
          <Field id="type-field-type" label={t('Type')}>
            <input id="type-field-type" value={type} list="type-field-types" autoComplete="off" placeholder={t('e.g. park')} onInput={(e) => setType(e.currentTarget.value)} />
            <datalist id="type-field-types">
              {types.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </Field>
          <Field id="type-field-label" label={t('Field name')} error={problem ?? undefined}>
            <input
              id="type-field-label"
              value={label}
              autoComplete="off"
              placeholder={t('e.g. Parking')}
              onInput={(e) => setLabel(e.currentTarget.value)}
              {...describedBy('type-field-label', problem ?? undefined)}
            />
          </Field>
          <Field id="type-field-kind" label={t('Kind')}>
            <select id="type-field-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as FieldKind)}>
              {FIELD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(KIND_TEXT[k])}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <button type="submit" class="secondary">
          {t('Add field')}
        </button>
        {done && <p role="status">{done}</p>}
      </form>
    </section>
  );
}

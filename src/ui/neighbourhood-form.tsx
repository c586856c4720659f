import { useEffect, useRef, useState } from 'preact/hooks';
import { type Problem } from '../lib/result';
import { areaText, deleteNeighbourhood, saveNeighbourhood } from '../actions/neighbourhoods';
import { Field, describedBy } from './form-fields';
import { mode, panelTab, send, toast, type NeighbourhoodFields } from './ui-state';
import { t } from '../lib/i18n';
import { problemsText, problemText } from './problem-words';

/** Names a new neighbourhood or edits one: name, code, notes, its boundary, or delete it. */
export function NeighbourhoodForm() {
  const current = mode.value;
  const [errors, setErrors] = useState<readonly Problem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (current.kind !== 'neighbourhood-form') return null;
  const { fields } = current;
  const set = (patch: Partial<NeighbourhoodFields>) => send({ type: 'neighbourhood-edited', patch });
  const nameError = errors.find((p) => p.field === 'name')?.message.replace(/^Name: /, '');
  const save = async (event: Event) => {
    event.preventDefault();
    const saved = await saveNeighbourhood(current.neighbourhoodId, fields, current.geometry);
    if (!saved.ok) return setErrors(saved.error);
    send({ type: 'done' });
    panelTab.value = 'neighbourhoods';
    toast.value = { message: t('Saved neighbourhood “{name}”', { name: saved.value.name }), undoable: true };
  };
  const remove = async () => {
    if (!current.neighbourhoodId) return;
    const name = fields.name;
    if (await deleteNeighbourhood(current.neighbourhoodId)) {
      send({ type: 'done' });
      toast.value = { message: t('Deleted neighbourhood “{name}”', { name }), undoable: true };
    }
  };
  const editBoundary = () => send({ type: 'edit-boundary' });
  return (
    <form class="asset-form" onSubmit={save} aria-labelledby="neighbourhood-form-title" noValidate>
      <h2 id="neighbourhood-form-title" ref={heading} tabIndex={-1}>
        {current.neighbourhoodId ? t('Edit “{name}”', { name: fields.name || t('neighbourhood') }) : t('New neighbourhood')}
      </h2>
      <p class="hint">{t('Area {area}. Assets inside it are counted automatically.', { area: areaText(current.geometry) })}</p>
      {current.notices.map((n) => (
        <p class="notice" key={n}>
          {problemText(n)}
        </p>
      ))}
      {errors.length > 0 && !nameError && (
        <p class="form-problems" role="alert">
          {problemsText(errors)}
        </p>
      )}
      <Field id="nb-name" label={t('Neighbourhood name')} error={nameError}>
        <input id="nb-name" value={fields.name} maxLength={200} required onInput={(e) => set({ name: e.currentTarget.value })} {...describedBy('nb-name', nameError)} />
      </Field>
      <Field id="nb-code" label={t('Code')} hint={t('Optional: an official code, such as a ward code E05000819')}>
        <input id="nb-code" value={fields.code} maxLength={40} onInput={(e) => set({ code: e.currentTarget.value })} {...describedBy('nb-code', undefined, 'hint')} />
      </Field>
      <Field id="nb-notes" label={t('Notes')}>
        <textarea id="nb-notes" rows={3} value={fields.notes} onInput={(e) => set({ notes: e.currentTarget.value })} />
      </Field>
      <div class="form-actions">
        <button type="submit" class="primary">
          {t('Save neighbourhood')}
        </button>
        <button type="button" class="secondary" onClick={() => send({ type: 'cancel' })}>
          {t('Cancel')}
        </button>
      </div>
      <div class="form-actions">
        <button type="button" onClick={editBoundary}>
          {t('Edit boundary')}
        </button>
        {current.neighbourhoodId && (
          <button type="button" class="danger" onClick={() => void remove()}>
            {t('Delete neighbourhood')}
          </button>
        )}
      </div>
    </form>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import { msg, t } from '../lib/i18n';

export type ForgetAction = 'anonymise' | 'delete';

const WHAT_GOES: Record<ForgetAction, string> = {
  anonymise: msg(
    'This removes their name, description, contact details, address, location, photos, imported columns, consent details and sensitive notes from this device, including every earlier version in the undo history. Their type and tags are kept, so the skill still counts in the neighbourhood.',
  ),
  delete: msg('This removes the record, its photos and every earlier version of it in the undo history from this device.'),
};

/** Says what removing a person's data removes, and that it cannot be undone, before it is done. */
export function ForgetPersonConfirm({ action, name, onConfirm, onCancel }: { action: ForgetAction; name: string; onConfirm: () => void; onCancel: () => void }) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), [action]);
  return (
    <div class="warning" role="alertdialog" aria-labelledby="forget-title" aria-describedby="forget-text">
      <p id="forget-title">
        <b>{action === 'anonymise' ? t('Anonymise “{name}”?', { name }) : t('Delete “{name}”?', { name })}</b>
      </p>
      <p id="forget-text">
        {t(WHAT_GOES[action])} {t('This cannot be undone.')}
      </p>
      <div class="form-actions">
        <button type="button" ref={confirm} class="primary danger" onClick={onConfirm}>
          {action === 'anonymise' ? t('Anonymise now') : t('Delete for good')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('Keep the record')}
        </button>
      </div>
    </div>
  );
}

/** What an anonymised person's record is called from then on, in the chosen language: only their type stays. */
export const anonymousName = (person: { type: string }): string => t('Anonymous resident ({type})', { type: person.type ? t(person.type) : t('person') });

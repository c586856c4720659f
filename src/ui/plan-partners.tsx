import { useState } from 'preact/hooks';
import type { ActionGroup } from '../model/action-plan';
import { appState } from '../store/state';
import { addMember, removeMember, type NewMember } from '../actions/action-plans';
import type { Problem } from '../lib/result';
import { Field, describedBy } from './form-fields';
import { AssetPicker } from './asset-picker';
import { errorFor } from './action-form';
import { memberNamer } from './plan-text';
import { toast } from './ui-state';
import { t } from '../lib/i18n';

/** Adds a partner: an asset from the map (a group, an institution, a person who agreed), or a named partner. */
function PartnerForm({ group, onDone }: { group: ActionGroup; onDone: () => void }) {
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState('');
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const add = async (member: NewMember, label: string) => {
    const added = await addMember(group.id, member);
    if (!added.ok) return setProblems(added.error);
    setProblems([]);
    toast.value = { message: t('Added \u201c{name}\u201d to the group', { name: label }), undoable: true };
    setName('');
    setOrganisation('');
    setRole('');
  };
  const nameError = errorFor(problems, 'partner-name');
  const pickError = errorFor(problems, 'partner');
  return (
    <div class="plan-form" role="group" aria-label={t('Add partner')}>
      <h5>{t('From the map')}</h5>
      <AssetPicker
        id="partner-search"
        label={t('Find a partner on the map')}
        verb={t('Add')}
        none={t('No asset is called that (people only with their consent).')}
        accept={(a) => !group.members.some((m) => m.assetId === a.id) && (a.category !== 'individuals' || a.person?.consent.status === 'given')}
        onPick={(a) => void add({ assetId: a.id, role }, a.name)}
      />
      {pickError && (
        <p class="field-error" role="alert">
          {pickError}
        </p>
      )}
      <h5>{t('Or by name')}</h5>
      <Field id="partner-name" label={t('Partner name')} error={nameError}>
        <input id="partner-name" value={name} onInput={(e) => setName(e.currentTarget.value)} {...describedBy('partner-name', nameError)} />
      </Field>
      <Field id="partner-organisation" label={t('Organisation')}>
        <input id="partner-organisation" value={organisation} onInput={(e) => setOrganisation(e.currentTarget.value)} />
      </Field>
      <Field id="partner-role" label={t('Role in the group')}>
        <input id="partner-role" value={role} placeholder={t('e.g. chair, host, funder')} onInput={(e) => setRole(e.currentTarget.value)} />
      </Field>
      <div class="form-actions">
        <button type="button" class="primary" onClick={() => void add({ name, organisation, role }, name.trim())}>
          {t('Add partner')}
        </button>
        <button type="button" onClick={onDone}>
          {t('Done')}
        </button>
      </div>
    </div>
  );
}

/** The group's partners, with their roles; individuals appear only with their consent (the intents see to it). */
export function PlanPartners({ group }: { group: ActionGroup }) {
  const [adding, setAdding] = useState(false);
  const nameOf = memberNamer(group, appState.assets.value);
  return (
    <section class="plan-partners" aria-labelledby="plan-partners-heading">
      <div class="section-heading-row">
        <h4 id="plan-partners-heading" class="section-heading">
          {t('Partners')} <span class="count">({group.members.length})</span>
        </h4>
        {!adding && (
          <button type="button" onClick={() => setAdding(true)}>
            {t('Add partner')}
          </button>
        )}
      </div>
      {adding && <PartnerForm group={group} onDone={() => setAdding(false)} />}
      {group.members.length === 0 && !adding && <p class="empty">{t('No partners yet: add the groups, institutions and people who will act together.')}</p>}
      <ul class="links" aria-label={t('Partners')}>
        {group.members.map((m) => (
          <li key={m.id}>
            <span>
              {nameOf(m.id)}
              {m.role ? <small> · {m.role}</small> : null}
            </span>
            <button
              type="button"
              class="secondary"
              aria-label={t('Remove {name}', { name: nameOf(m.id) })}
              onClick={() =>
                void removeMember(group.id, m.id, nameOf(m.id)).then((r) => r.ok && (toast.value = { message: t('Removed \u201c{name}\u201d from the group', { name: nameOf(m.id) }), undoable: true }))
              }
            >
              {t('Remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

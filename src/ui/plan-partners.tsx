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
    toast.value = { message: `Added \u201c${label}\u201d to the group`, undoable: true };
    setName('');
    setOrganisation('');
    setRole('');
  };
  const nameError = errorFor(problems, 'partner-name');
  const pickError = errorFor(problems, 'partner');
  return (
    <div class="plan-form" role="group" aria-label="Add partner">
      <h5>From the map</h5>
      <AssetPicker
        id="partner-search"
        label="Find a partner on the map"
        verb="Add"
        none="No asset is called that (people only with their consent)."
        accept={(a) => !group.members.some((m) => m.assetId === a.id) && (a.category !== 'individuals' || a.person?.consent.status === 'given')}
        onPick={(a) => void add({ assetId: a.id, role }, a.name)}
      />
      {pickError && (
        <p class="field-error" role="alert">
          {pickError}
        </p>
      )}
      <h5>Or by name</h5>
      <Field id="partner-name" label="Partner name" error={nameError}>
        <input id="partner-name" value={name} onInput={(e) => setName(e.currentTarget.value)} {...describedBy('partner-name', nameError)} />
      </Field>
      <Field id="partner-organisation" label="Organisation">
        <input id="partner-organisation" value={organisation} onInput={(e) => setOrganisation(e.currentTarget.value)} />
      </Field>
      <Field id="partner-role" label="Role in the group">
        <input id="partner-role" value={role} placeholder="e.g. chair, host, funder" onInput={(e) => setRole(e.currentTarget.value)} />
      </Field>
      <div class="form-actions">
        <button type="button" class="primary" onClick={() => void add({ name, organisation, role }, name.trim())}>
          Add partner
        </button>
        <button type="button" onClick={onDone}>
          Done
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
          Partners <span class="count">({group.members.length})</span>
        </h4>
        {!adding && (
          <button type="button" onClick={() => setAdding(true)}>
            Add partner
          </button>
        )}
      </div>
      {adding && <PartnerForm group={group} onDone={() => setAdding(false)} />}
      {group.members.length === 0 && !adding && <p class="empty">No partners yet: add the groups, institutions and people who will act together.</p>}
      <ul class="links" aria-label="Partners">
        {group.members.map((m) => (
          <li key={m.id}>
            <span>
              {nameOf(m.id)}
              {m.role ? <small> · {m.role}</small> : null}
            </span>
            <button
              type="button"
              class="secondary"
              aria-label={`Remove ${nameOf(m.id)}`}
              onClick={() => void removeMember(group.id, m.id, nameOf(m.id)).then((r) => r.ok && (toast.value = { message: `Removed \u201c${nameOf(m.id)}\u201d from the group`, undoable: true }))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

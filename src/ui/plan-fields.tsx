import type { ActionGroup } from '../model/action-plan';
import { ACTION_STATUSES } from '../model/action-plan';
import { STATUS_LABELS } from './plan-text';

interface ChoiceSelectProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** The first option, meaning "none" or "all" (value ''); left out when a choice is required. */
  empty?: string;
  choices: readonly (readonly [value: string, label: string])[];
}

/** A select of plain choices, with an optional first option for none or all. */
export function ChoiceSelect({ id, value, onChange, empty, choices }: ChoiceSelectProps) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      {empty !== undefined && <option value="">{empty}</option>}
      {choices.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </select>
  );
}

/** The group's partners as choices, by the name the plan shows. */
export const memberChoices = (group: ActionGroup, nameOf: (id: string) => string) => group.members.map((m) => [m.id, nameOf(m.id)] as const);
export const themeChoices = (themes: readonly string[]) => themes.map((t) => [t, t] as const);
export const STATUS_CHOICES = ACTION_STATUSES.map((s) => [s, STATUS_LABELS[s]] as const);

/** A plan form's closing buttons: save (the form's submit) and cancel. */
export function SaveOrCancel({ save, onCancel }: { save: string; onCancel: () => void }) {
  return (
    <div class="form-actions">
      <button type="submit" class="primary">
        {save}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

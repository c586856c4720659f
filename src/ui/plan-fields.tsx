import type { ActionGroup } from '../model/action-plan';
import { ACTION_STATUSES } from '../model/action-plan';
import { STATUS_LABELS } from './plan-text';
import { t } from '../lib/i18n';

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
/** Themes are the coordinator's words, except the default ones, which read in the chosen language. */
export const themeChoices = (themes: readonly string[]) => themes.map((theme) => [theme, t(theme)] as const);
/** Read when the form renders, so the words follow the chosen language. */
export const statusChoices = () => ACTION_STATUSES.map((s) => [s, t(STATUS_LABELS[s])] as const);

/** A plan form's closing buttons: save (the form's submit) and cancel. */
export function SaveOrCancel({ save, onCancel }: { save: string; onCancel: () => void }) {
  return (
    <div class="form-actions">
      <button type="submit" class="primary">
        {save}
      </button>
      <button type="button" onClick={onCancel}>
        {t('Cancel')}
      </button>
    </div>
  );
}

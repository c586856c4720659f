import { useState } from 'preact/hooks';
import { appState } from '../store/state';
import { downloadPlanCsv, startActionGroup } from '../actions/action-plans';

import { Field, describedBy } from './form-fields';
import { mapFocus, planHighlight, planNeighbourhoodId, planPrintGroupId, toast } from './ui-state';
import type { Neighbourhood } from '../model/neighbourhood';
import { PlanActions } from './plan-actions';
import { PlanPartners } from './plan-partners';
import { PlanMeetings } from './plan-meetings';
import { PlanConnections } from './plan-connections';
import { WhoCouldHelp } from './who-could-help';
import { WalkReview } from './walk-review';
import { t } from '../lib/i18n';
import { nameCollator } from '../lib/i18n/format';
import { problemLines } from './problem-words';

/** No action group yet for this neighbourhood: say what one is for, and start it. */
function StartGroup({ neighbourhoodId, neighbourhoodName }: { neighbourhoodId: string; neighbourhoodName: string }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const start = async () => {
    const started = await startActionGroup(neighbourhoodId, name.trim() || t('{neighbourhood} action group', { neighbourhood: neighbourhoodName }));
    if (!started.ok) return setError(problemLines(started.error).join(' '));
    toast.value = { message: t('Started “{name}”', { name: started.value.name }), undoable: true };
  };
  return (
    <div class="plan-start">
      <p class="empty">
        {t('{name} has no action group yet. An action group brings local partners together to agree a plan that builds on what was mapped, and to review it every few weeks.', {
          name: neighbourhoodName,
        })}
      </p>
      <Field id="group-name" label={t('Group name')} error={error} hint={t('Leave empty for “{name} action group”', { name: neighbourhoodName })}>
        <input id="group-name" value={name} onInput={(e) => setName(e.currentTarget.value)} {...describedBy('group-name', error, 'hint')} />
      </Field>
      <div class="form-actions">
        <button type="button" class="primary" onClick={() => void start()}>
          {t('Start action group')}
        </button>
      </div>
    </div>
  );
}

/** The plan on paper for the next workshop, or as spreadsheets; people by name only when asked. */
function PlanOutputs({ groupId, hasActions }: { groupId: string; hasActions: boolean }) {
  const [namePeople, setNamePeople] = useState(false);
  return (
    <div class="plan-outputs">
      <div class="form-actions">
        <button type="button" onClick={() => (planPrintGroupId.value = groupId)}>
          {t('Print plan')}
        </button>
        <button type="button" disabled={!hasActions} onClick={() => downloadPlanCsv(groupId, namePeople)}>
          {t('Download plan (CSV)')}
        </button>
      </div>
      <label class="check">
        <input type="checkbox" checked={namePeople} onChange={(e) => setNamePeople(e.currentTarget.checked)} />
        <span>{t('Name people in the CSV files')}</span>
      </label>
    </div>
  );
}

/** Shows another neighbourhood's plan, framed on the map; the last action's rings go. */
function choose(area: Neighbourhood | undefined): void {
  if (!area) return;
  planNeighbourhoodId.value = area.id;
  planHighlight.value = [];
  mapFocus.value = { geometry: area.geometry };
}

/**
 * The Plans tab: a neighbourhood's action group (its partners and meetings) and its local action
 * plan, reviews due first.
 */
export function PlansPanel() {
  const byName = nameCollator();
  const areas = [...appState.neighbourhoods.value].sort((a, b) => byName.compare(a.name, b.name));
  const groups = appState.actionGroups.value;
  const chosen = areas.find((n) => n.id === planNeighbourhoodId.value) ?? areas.find((n) => groups.some((g) => g.neighbourhoodId === n.id)) ?? areas[0];
  if (!chosen) return <p class="empty">{t('Plans belong to neighbourhoods. Draw or import a neighbourhood on the Neighbourhoods tab first.')}</p>;
  const group = groups.find((g) => g.neighbourhoodId === chosen.id);
  return (
    <section class="plans" aria-labelledby="plans-heading">
      <h2 id="plans-heading" class="visually-hidden">
        {t('Plans')}
      </h2>
      <Field id="plan-neighbourhood" label={t('Neighbourhood')}>
        <select id="plan-neighbourhood" value={chosen.id} onChange={(e) => choose(areas.find((n) => n.id === e.currentTarget.value))}>
          {areas.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
              {groups.some((g) => g.neighbourhoodId === n.id) ? ` ${t('(action group)')}` : ''}
            </option>
          ))}
        </select>
      </Field>
      <WhoCouldHelp />
      <PlanConnections area={chosen} />
      {!group && <StartGroup key={chosen.id} neighbourhoodId={chosen.id} neighbourhoodName={chosen.name} />}
      {group && (
        <>
          <h3 class="plan-group-name">{group.name}</h3>
          <PlanOutputs groupId={group.id} hasActions={appState.actions.value.some((a) => a.actionGroupId === group.id)} />
          <PlanActions group={group} />
          <PlanPartners group={group} />
          <PlanMeetings group={group} />
        </>
      )}
      <WalkReview key={chosen.id} area={chosen} />
    </section>
  );
}

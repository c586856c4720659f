import type { Action, ActionGroup, Meeting } from '../model/action-plan';
import type { Asset } from '../model/asset';
import type { Neighbourhood } from '../model/neighbourhood';
import { planNamer } from '../model/plan-sheet';
import { rowsToCsv } from './csv-rows';

/**
 * A neighbourhood's actions as CSV for Excel (formula-safe, with a BOM): one row per action, its
 * assets by id and by name (people as "A resident" unless included), its lead, dates and progress.
 */
export function actionsCsv(group: ActionGroup, area: Neighbourhood | undefined, actions: readonly Action[], assets: readonly Asset[], includePeople: boolean): string {
  const names = planNamer(assets, includePeople);
  const rows = actions
    .filter((a) => a.actionGroupId === group.id)
    .map((a) => ({
      action_id: a.id,
      neighbourhood: area?.name ?? '',
      neighbourhood_code: area?.code ?? '',
      action_group: group.name,
      title: a.title,
      status: a.status,
      theme: a.theme,
      lead: names.member(group, a.leadMemberId),
      due: a.due ?? '',
      next_review: a.nextReview ?? '',
      builds_on_ids: a.buildsOn.join('; '),
      builds_on: a.buildsOn.map((id) => names.asset(id) ?? 'an asset no longer on the map').join('; '),
      progress: a.progress.map((p) => `${p.date}: ${p.note}`).join(' | '),
      created: a.createdAt,
      updated: a.updatedAt,
    }));
  return rowsToCsv(rows, 'excel');
}

/** The group's meetings as CSV for Excel: date, who came (by name), notes. */
export function meetingsCsv(group: ActionGroup, area: Neighbourhood | undefined, meetings: readonly Meeting[], assets: readonly Asset[], includePeople: boolean): string {
  const names = planNamer(assets, includePeople);
  const rows = meetings
    .filter((m) => m.actionGroupId === group.id)
    .sort((x, y) => x.date.localeCompare(y.date))
    .map((m) => ({
      meeting_id: m.id,
      neighbourhood: area?.name ?? '',
      action_group: group.name,
      date: m.date,
      attended: m.attendeeIds.map((id) => names.member(group, id)).join('; '),
      attended_count: m.attendeeIds.length,
      notes: m.notes,
    }));
  return rowsToCsv(rows, 'excel');
}

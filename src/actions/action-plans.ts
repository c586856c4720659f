import type { Action, ActionGroup, ActionStatus, Meeting, Member } from '../model/action-plan';
import type { Result } from '../lib/result';
import * as intents from './intents/action-plans';
import type { ActionDetails, MeetingInput, NewMember } from './intents/action-plans';
import { run, workspace } from './workspace';
import { actionsCsv, meetingsCsv } from '../io/plan-export';
import { datedFileName, downloadBlob } from './download';

export type { ActionDetails, MeetingInput, NewMember } from './intents/action-plans';

/** Starts a neighbourhood's action group (one per neighbourhood), as one undoable step. */
export const startActionGroup = (neighbourhoodId: string, name: string): Promise<Result<ActionGroup>> => run(intents.startActionGroup, { neighbourhoodId, name });

export const addMember = (groupId: string, member: NewMember): Promise<Result<Member>> => run(intents.addMember, { groupId, member });

export const removeMember = (groupId: string, memberId: string, name: string): Promise<Result<ActionGroup>> => run(intents.removeMember, { groupId, memberId, name });

export const saveMeeting = (input: MeetingInput): Promise<Result<Meeting>> => run(intents.saveMeeting, input);

export const deleteMeeting = (id: string): Promise<Result<Meeting>> => run(intents.deleteMeeting, { id });

export const saveAction = (details: ActionDetails): Promise<Result<Action>> => run(intents.saveAction, details);

export const setActionStatus = (id: string, status: ActionStatus): Promise<Result<Action>> => run(intents.setActionStatus, { id, status });

export const addProgress = (id: string, date: string, note: string): Promise<Result<Action>> => run(intents.addProgress, { id, date, note });

export const deleteAction = (id: string): Promise<Result<Action>> => run(intents.deleteAction, { id });

/** Downloads the group's actions and meetings as two CSV files for Excel; people by name only when included. */
export function downloadPlanCsv(groupId: string, includePeople: boolean): void {
  const s = workspace.state;
  const group = s.actionGroups.value.find((g) => g.id === groupId);
  if (!group) return;
  const area = s.neighbourhoods.value.find((n) => n.id === group.neighbourhoodId);
  downloadBlob(new Blob([actionsCsv(group, area, s.actions.value, s.assets.value, includePeople)], { type: 'text/csv;charset=utf-8' }), datedFileName(`${group.name} actions`, 'csv'));
  downloadBlob(new Blob([meetingsCsv(group, area, s.meetings.value, s.assets.value, includePeople)], { type: 'text/csv;charset=utf-8' }), datedFileName(`${group.name} meetings`, 'csv'));
}

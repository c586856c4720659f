import type { Action, ActionGroup, ActionStatus, Meeting, Member } from '../model/action-plan';
import type { Result } from '../lib/result';
import * as intents from './intents/action-plans';
import type { ActionDetails, MeetingInput, NewMember } from './intents/action-plans';
import { run } from './workspace';

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

import { ActionGroupSchema, ActionSchema, MeetingSchema, ProgressNoteSchema, weeksAfter, type Action, type ActionGroup, type ActionStatus, type Meeting, type Member } from '../../model/action-plan';
import type { Asset } from '../../model/asset';
import type { Change } from '../../model/change';
import { parseWith } from '../../model/problems';
import { ok, refuse, type Result } from '../../lib/result';
import type { Intent, WorkspaceView } from './intent';
import { CHANGE_LABELS, changeLabel } from '../../model/change-labels';
import { fill, msg } from '../../lib/i18n/msg';

/** Each status's undo label. */
const MARK: Record<ActionStatus, string> = {
  idea: CHANGE_LABELS.markIdea,
  agreed: CHANGE_LABELS.markAgreed,
  'under way': CHANGE_LABELS.markUnderWay,
  done: CHANGE_LABELS.markDone,
  stopped: CHANGE_LABELS.markStopped,
};

function groupOf(view: WorkspaceView, id: string): Result<ActionGroup> {
  const group = view.actionGroups.find((g) => g.id === id);
  return group ? ok(group) : refuse(msg('That action group is no longer in the workspace.'));
}

/**
 * Whether an asset may be named in a plan: people only when they agreed to their record being kept
 * (a plan is shared with partners and printed for workshops).
 */
function mayName(asset: Asset): boolean {
  return asset.category !== 'individuals' || asset.person?.consent.status === 'given';
}

/** Starts a neighbourhood's action group (one per neighbourhood). */
export const startActionGroup: Intent<{ neighbourhoodId: string; name: string }, ActionGroup> = (view, { neighbourhoodId, name }, { now, newId }) => {
  const area = view.neighbourhoods.find((n) => n.id === neighbourhoodId);
  if (!area) return refuse(msg('Choose a neighbourhood for the action group.'), { field: 'neighbourhood' });
  if (view.actionGroups.some((g) => g.neighbourhoodId === neighbourhoodId)) return refuse(fill(msg('“{name}” already has an action group.'), { name: area.name }));
  const parsed = parseWith(ActionGroupSchema, { id: newId(), neighbourhoodId, name: name.trim() || `${area.name} action group`, members: [], createdAt: now, updatedAt: now });
  if (!parsed.ok) return parsed;
  return ok({ change: { label: changeLabel(CHANGE_LABELS.startGroup, { name: parsed.value.name }), actionGroups: { put: [parsed.value] } }, value: parsed.value });
};

export type NewMember = { assetId: string; role?: string } | { name: string; organisation?: string; role?: string };

/** Adds a partner: an asset on the map, or a named partner and their organisation. */
export const addMember: Intent<{ groupId: string; member: NewMember }, Member> = (view, { groupId, member }, { now, newId }) => {
  const group = groupOf(view, groupId);
  if (!group.ok) return group;
  let label: string;
  let candidate: Record<string, unknown>;
  if ('assetId' in member) {
    const asset = view.assets.find((a) => a.id === member.assetId);
    if (!asset) return refuse(msg('That asset is no longer in the workspace.'), { field: 'partner' });
    if (!mayName(asset)) return refuse(fill(msg('“{name}” has not given consent to be recorded, so cannot be a named partner.'), { name: asset.name }), { field: 'partner' });
    if (group.value.members.some((m) => m.assetId === asset.id)) return refuse(fill(msg('“{name}” is already a partner.'), { name: asset.name }), { field: 'partner' });
    label = asset.name;
    candidate = { id: newId(), assetId: asset.id, role: member.role?.trim() || undefined };
  } else {
    const name = member.name.trim();
    if (!name) return refuse(msg('Give the partner’s name.'), { field: 'partner-name' });
    label = name;
    candidate = { id: newId(), name, organisation: member.organisation?.trim() || undefined, role: member.role?.trim() || undefined };
  }
  const parsed = parseWith(ActionGroupSchema, { ...group.value, members: [...group.value.members, candidate], updatedAt: now });
  if (!parsed.ok) return parsed;
  const added = parsed.value.members[parsed.value.members.length - 1] as Member;
  return ok({ change: { label: changeLabel(CHANGE_LABELS.addMember, { name: label, group: group.value.name }), actionGroups: { put: [parsed.value] } }, value: added });
};

/** Removes a partner; meetings and actions that named them keep the id and say the partner left. */
export const removeMember: Intent<{ groupId: string; memberId: string; name: string }, ActionGroup> = (view, { groupId, memberId, name }, { now }) => {
  const group = groupOf(view, groupId);
  if (!group.ok) return group;
  if (!group.value.members.some((m) => m.id === memberId)) return refuse(msg('That partner is no longer in the group.'));
  const next = { ...group.value, members: group.value.members.filter((m) => m.id !== memberId), updatedAt: now };
  return ok({ change: { label: changeLabel(CHANGE_LABELS.removeMember, { name, group: group.value.name }), actionGroups: { put: [next] } }, value: next });
};

export interface MeetingInput {
  id: string | null;
  groupId: string;
  date: string;
  attendeeIds: readonly string[];
  notes: string;
}

/** Records a meeting of the group (or corrects one): its date, who came, notes. */
export const saveMeeting: Intent<MeetingInput, Meeting> = (view, input, { now, newId }) => {
  const group = groupOf(view, input.groupId);
  if (!group.ok) return group;
  const existing = input.id ? view.meetings.find((m) => m.id === input.id) : undefined;
  if (input.id && !existing) return refuse(msg('That meeting is no longer in the workspace.'));
  const members = new Set(group.value.members.map((m) => m.id));
  const parsed = parseWith(MeetingSchema, {
    id: existing?.id ?? newId(),
    actionGroupId: group.value.id,
    date: input.date,
    attendeeIds: input.attendeeIds.filter((id) => members.has(id)),
    notes: input.notes,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  });
  if (!parsed.ok) return parsed;
  const label = changeLabel(existing ? CHANGE_LABELS.editMeeting : CHANGE_LABELS.recordMeeting, { date: parsed.value.date });
  return ok({ change: { label, meetings: { put: [parsed.value] } }, value: parsed.value });
};

export const deleteMeeting: Intent<{ id: string }, Meeting> = (view, { id }) => {
  const meeting = view.meetings.find((m) => m.id === id);
  if (!meeting) return refuse(msg('That meeting is no longer in the workspace.'));
  return ok({ change: { label: changeLabel(CHANGE_LABELS.deleteMeeting, { date: meeting.date }), meetings: { remove: [id] } }, value: meeting });
};

export interface ActionDetails {
  id: string | null;
  groupId: string;
  title: string;
  buildsOn: readonly string[];
  leadMemberId: string;
  theme: string;
  due: string;
  status: ActionStatus;
  /** Empty for the default: the team's review interval from today (or from the last progress note). */
  nextReview: string;
}

/** Adds an action to the plan or saves its edit; the next review defaults to the team's interval. */
export const saveAction: Intent<ActionDetails, Action> = (view, input, { now, newId }) => {
  const group = groupOf(view, input.groupId);
  if (!group.ok) return group;
  const existing = input.id ? view.actions.find((a) => a.id === input.id) : undefined;
  if (input.id && !existing) return refuse(msg('That action is no longer in the workspace.'));
  const assets = new Map(view.assets.map((a) => [a.id, a]));
  for (const id of input.buildsOn) {
    const asset = assets.get(id);
    if (asset && !mayName(asset)) return refuse(fill(msg('“{name}” has not given consent to be recorded, so an action cannot name them.'), { name: asset.name }), { field: 'builds-on' });
  }
  if (input.leadMemberId && !group.value.members.some((m) => m.id === input.leadMemberId)) return refuse(msg('The lead must be a partner of the group.'), { field: 'lead' });
  const today = now.slice(0, 10);
  const parsed = parseWith(ActionSchema, {
    ...(existing ?? { progress: [] }),
    id: existing?.id ?? newId(),
    actionGroupId: group.value.id,
    title: input.title,
    buildsOn: [...new Set(input.buildsOn)],
    leadMemberId: input.leadMemberId || undefined,
    theme: input.theme,
    due: input.due || undefined,
    status: input.status,
    nextReview: input.nextReview || existing?.nextReview || weeksAfter(today, view.settings.reviewWeeks),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  });
  if (!parsed.ok) return parsed;
  const label = changeLabel(existing ? CHANGE_LABELS.editAction : CHANGE_LABELS.addAction, { title: parsed.value.title });
  return ok({ change: { label, actions: { put: [parsed.value] } }, value: parsed.value });
};

/** Changes only an action's status ("Mark done"): reviews stop once it is done or stopped. */
export const setActionStatus: Intent<{ id: string; status: ActionStatus }, Action> = (view, { id, status }, { now }) => {
  const action = view.actions.find((a) => a.id === id);
  if (!action) return refuse(msg('That action is no longer in the workspace.'));
  const next = { ...action, status, updatedAt: now };
  return ok({ change: { label: changeLabel(MARK[status], { title: action.title }), actions: { put: [next] } }, value: next });
};

/** A review of an action: a dated progress note, and the next review the team's interval later. */
export const addProgress: Intent<{ id: string; date: string; note: string }, Action> = (view, { id, date, note }, { now }) => {
  const action = view.actions.find((a) => a.id === id);
  if (!action) return refuse(msg('That action is no longer in the workspace.'));
  const parsedNote = parseWith(ProgressNoteSchema, { date, note });
  if (!parsedNote.ok) return parsedNote;
  const progress = [...action.progress, parsedNote.value].sort((a, b) => a.date.localeCompare(b.date));
  const last = progress[progress.length - 1]?.date ?? date;
  const parsed = parseWith(ActionSchema, { ...action, progress, nextReview: weeksAfter(last, view.settings.reviewWeeks), updatedAt: now });
  if (!parsed.ok) return parsed;
  return ok({ change: { label: changeLabel(CHANGE_LABELS.reviewAction, { title: action.title }), actions: { put: [parsed.value] } }, value: parsed.value });
};

export const deleteAction: Intent<{ id: string }, Action> = (view, { id }) => {
  const action = view.actions.find((a) => a.id === id);
  if (!action) return refuse(msg('That action is no longer in the workspace.'));
  return ok({ change: { label: changeLabel(CHANGE_LABELS.deleteAction, { title: action.title }), actions: { remove: [id] } }, value: action });
};

/** What goes with a neighbourhood's plan when the neighbourhood goes: its group, meetings and actions. */
export function planOf(view: WorkspaceView, neighbourhoodIds: readonly string[]): Pick<Change, 'actionGroups' | 'meetings' | 'actions'> {
  const groups = view.actionGroups.filter((g) => neighbourhoodIds.includes(g.neighbourhoodId)).map((g) => g.id);
  if (groups.length === 0) return {};
  return {
    actionGroups: { remove: groups },
    meetings: { remove: view.meetings.filter((m) => groups.includes(m.actionGroupId)).map((m) => m.id) },
    actions: { remove: view.actions.filter((a) => groups.includes(a.actionGroupId)).map((a) => a.id) },
  };
}

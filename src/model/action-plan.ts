import { z } from 'zod/mini';
import { DateSchema, IdSchema, TimestampSchema, longText, shortText } from './common';
import { fill, msg } from '../lib/i18n/msg';

/**
 * A neighbourhood's action group and its local action plan (ABCD's "from map to action"): partners
 * who meet, and the actions they agree that build on what was mapped. Three record kinds, so two
 * coordinators adding a meeting and an action at once never touch the same record.
 */

export const ACTION_STATUSES = ['idea', 'agreed', 'under way', 'done', 'stopped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** Statuses that need no more reviews: their review dates are no longer due. */
export const SETTLED_STATUSES: readonly ActionStatus[] = ['done', 'stopped'];

/** Themes a new workspace starts with; the team edits the list in Settings. */
export const DEFAULT_ACTION_THEMES = [
  msg('Health and wellbeing'),
  msg('Food'),
  msg('Green spaces'),
  msg('Young people'),
  msg('Older people'),
  msg('Skills and work'),
  msg('Arts and culture'),
  msg('Safety'),
] as const;
/** Weeks from one review of an action to the next, unless the team sets another. */
export const DEFAULT_REVIEW_WEEKS = 6;

/**
 * A partner in the group: an asset on the map (a group, an institution, a person who agreed), or a
 * named partner from an organisation that is not mapped. Members have their own ids so meetings
 * and actions can name them even when the asset is renamed.
 */
export const MemberSchema = z
  .object({
    id: IdSchema,
    assetId: z.optional(IdSchema),
    name: z.optional(shortText(200, msg('Partner name'))),
    organisation: z.optional(shortText(200, msg('Organisation'))),
    role: z.optional(shortText(200, msg('Role'))),
  })
  .check(z.refine((m) => m.assetId !== undefined || (m.name ?? '') !== '', { message: msg('A partner is an asset on the map or has a name'), path: ['name'] }));
export type Member = z.output<typeof MemberSchema>;

export const ActionGroupSchema = z.object({
  id: IdSchema,
  neighbourhoodId: IdSchema,
  name: shortText(200, msg('Group name'), msg('Give the action group a name')).check(z.minLength(1, msg('Give the action group a name'))),
  members: z._default(z.array(MemberSchema).check(z.maxLength(500, msg('At most 500 partners'))), []),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type ActionGroup = z.output<typeof ActionGroupSchema>;

export const MeetingSchema = z.object({
  id: IdSchema,
  actionGroupId: IdSchema,
  date: DateSchema,
  /** Member ids of those who came. */
  attendeeIds: z._default(z.array(IdSchema).check(z.maxLength(500)), []),
  notes: z._default(longText(msg('Notes')), ''),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Meeting = z.output<typeof MeetingSchema>;

export const ProgressNoteSchema = z.object({
  date: DateSchema,
  note: shortText(2000, msg('Progress note')).check(z.minLength(1, msg('Write what happened'))),
});
export type ProgressNote = z.output<typeof ProgressNoteSchema>;

export const ActionSchema = z
  .object({
    id: IdSchema,
    actionGroupId: IdSchema,
    title: shortText(200, msg('Title'), msg('Give the action a title')).check(z.minLength(1, msg('Give the action a title'))),
    /** The assets the action builds on: ABCD starts from what is there. */
    buildsOn: z._default(z.array(IdSchema).check(z.maxLength(200, msg('At most 200 assets'))), []),
    /** The member who leads it. */
    leadMemberId: z.optional(IdSchema),
    theme: z._default(shortText(80, msg('Theme')), ''),
    due: z.optional(DateSchema),
    status: z._default(z.enum(ACTION_STATUSES, { error: fill(msg('Status must be one of: {values}'), { values: ACTION_STATUSES.join(', ') }) }), 'idea'),
    nextReview: z.optional(DateSchema),
    progress: z._default(z.array(ProgressNoteSchema).check(z.maxLength(500)), []),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .check(
    z.superRefine((action, ctx) => {
      const started = action.createdAt.slice(0, 10);
      if (action.nextReview && action.nextReview < started) {
        ctx.addIssue({ code: 'custom', path: ['nextReview'], message: msg('The next review cannot be before the action was added') });
      }
    }),
  );
export type Action = z.output<typeof ActionSchema>;
export type ActionInput = z.input<typeof ActionSchema>;

/** The calendar date `weeks` after an ISO date (UTC arithmetic: a date has no time zone). */
export function weeksAfter(date: string, weeks: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + weeks * 7);
  return at.toISOString().slice(0, 10);
}

/** When an action is next reviewed by default: `weeks` after its last progress note, or after `today`. */
export function defaultNextReview(action: Pick<Action, 'progress'>, today: string, weeks: number): string {
  const last = action.progress.reduce((latest, note) => (note.date > latest ? note.date : latest), '');
  return weeksAfter(last || today, weeks);
}

export type ReviewState = 'overdue' | 'due' | 'later' | 'none';

/** Whether an action's review is overdue (before today), due within the week, later, or not needed. */
export function reviewState(action: Pick<Action, 'status' | 'nextReview'>, today: string): ReviewState {
  if (SETTLED_STATUSES.includes(action.status) || !action.nextReview) return 'none';
  if (action.nextReview < today) return 'overdue';
  if (action.nextReview <= weeksAfter(today, 1)) return 'due';
  return 'later';
}

const REVIEW_ORDER: Record<ReviewState, number> = { overdue: 0, due: 1, later: 2, none: 3 };

/**
 * The plan in the order a group reads it: reviews overdue, then due this week, then the rest; within
 * each, the earliest review (or due date) first, then by title.
 */
export function planOrder(actions: readonly Action[], today: string): Action[] {
  const key = (a: Action) => a.nextReview ?? a.due ?? '9999-12-31';
  return [...actions].sort((a, b) => {
    const byState = REVIEW_ORDER[reviewState(a, today)] - REVIEW_ORDER[reviewState(b, today)];
    if (byState !== 0) return byState;
    return key(a).localeCompare(key(b)) || a.title.localeCompare(b.title);
  });
}

/** A member's name as the plan shows it, with the asset's current name when it is one. */
export function memberName(member: Member, assetName: (id: string) => string | undefined, gone: string = msg('A partner no longer on the map')): string {
  const fromAsset = member.assetId ? assetName(member.assetId) : undefined;
  const name = fromAsset ?? member.name ?? gone;
  return member.organisation ? `${name} (${member.organisation})` : name;
}

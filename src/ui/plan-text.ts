import { memberName, reviewState, type Action, type ActionGroup, type ActionStatus } from '../model/action-plan';
import type { Asset } from '../model/asset';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A calendar date as people write it: "1 Dec 2026". */
export const dayText = (date: string): string => DAY.format(new Date(`${date}T00:00:00Z`));

/** Today's calendar date on this device (not UTC: a review due today is due in the coordinator's day). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const STATUS_LABELS: Record<ActionStatus, string> = { idea: 'Idea', agreed: 'Agreed', 'under way': 'Under way', done: 'Done', stopped: 'Stopped' };

/** What the plan says about an action's next review, or null when none is needed. */
export function reviewText(action: Action, on: string): string | null {
  const state = reviewState(action, on);
  if (state === 'none' || !action.nextReview) return null;
  if (state === 'overdue') return `Review overdue since ${dayText(action.nextReview)}`;
  return `Review ${state === 'due' ? 'due' : 'on'} ${dayText(action.nextReview)}`;
}

/** A member of the group by id, named as the plan shows them. */
export function memberNamer(group: ActionGroup, assets: readonly Asset[]): (memberId: string | undefined) => string {
  const names = new Map(assets.map((a) => [a.id, a.name]));
  return (memberId) => {
    const member = group.members.find((m) => m.id === memberId);
    if (!memberId) return '';
    return member ? memberName(member, (id) => names.get(id)) : 'A partner who left the group';
  };
}

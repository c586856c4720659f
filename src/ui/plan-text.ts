import { memberName, reviewState, type Action, type ActionGroup, type ActionStatus } from '../model/action-plan';
import type { Asset } from '../model/asset';
import type { PlanWords } from '../model/plan-sheet';
import { msg, t } from '../lib/i18n';
import { formatDay } from '../lib/i18n/format';

/** A calendar date as people write it: "1 Dec 2026", "1 gru 2026". */
export const dayText = (date: string): string => formatDay(date, 'short');

/** Today's calendar date on this device (not UTC: a review due today is due in the coordinator's day). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Marked for the catalogue; shown through t(). */
export const STATUS_LABELS: Record<ActionStatus, string> = { idea: msg('Idea'), agreed: msg('Agreed'), 'under way': msg('Under way'), done: msg('Done'), stopped: msg('Stopped') };

/** What the plan says about an action's next review, or null when none is needed. */
export function reviewText(action: Action, on: string): string | null {
  const state = reviewState(action, on);
  if (state === 'none' || !action.nextReview) return null;
  const date = dayText(action.nextReview);
  if (state === 'overdue') return t('Review overdue since {date}', { date });
  return state === 'due' ? t('Review due {date}', { date }) : t('Review on {date}', { date });
}

/** The words a plan fills in where it cannot name something, in the chosen language. */
export const planWords = (): PlanWords => ({
  resident: t('A resident'),
  leftGroup: t('A partner who left the group'),
  goneFromMap: t('A partner no longer on the map'),
  notShown: (count) => t('{count} not shown', { count }),
});

/** A member of the group by id, named as the plan shows them. */
export function memberNamer(group: ActionGroup, assets: readonly Asset[]): (memberId: string | undefined) => string {
  const names = new Map(assets.map((a) => [a.id, a.name]));
  const gone = t('A partner no longer on the map');
  return (memberId) => {
    const member = group.members.find((m) => m.id === memberId);
    if (!memberId) return '';
    return member ? memberName(member, (id) => names.get(id), gone) : t('A partner who left the group');
  };
}

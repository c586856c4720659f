import type { Authorship, TeamStatus } from '../actions/team';
import { locale, t } from '../lib/i18n';
import { formatNumber } from '../lib/i18n/format';

const dayMonth = (at: Date) => at.toLocaleDateString(locale(), { day: 'numeric', month: 'short' });

/** How long ago, in words: "just now", "2 min ago", "3 h ago", "on 28 Nov". */
export function agoText(at: string, now: Date): string {
  const seconds = Math.max(0, (now.getTime() - new Date(at).getTime()) / 1000);
  if (seconds < 45) return t('just now');
  if (seconds < 3600) return t('{count} min ago', { count: Math.max(1, Math.round(seconds / 60)) });
  if (seconds < 86_400) return t('{count} h ago', { count: Math.round(seconds / 3600) });
  return t('on {date}', { date: dayMonth(new Date(at)) });
}

/** Who wrote a version and when: "Amina, 10:42" today, "Amina, 28 Nov 10:42" before. */
export function editedText(author: Authorship, now: Date): string {
  const at = new Date(author.editedAt);
  const time = at.toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit' });
  const when = at.toDateString() === now.toDateString() ? time : `${dayMonth(at)} ${time}`;
  return t('{who}, {when}', { who: author.editedBy, when });
}

/** The status as the top bar says it; empty when the device is not in a team. */
export function statusText(status: TeamStatus, now: Date): string {
  switch (status.kind) {
    case 'off':
      return '';
    case 'starting':
      return t('Connecting to the team…');
    case 'synced':
      return t('Synced {ago}', { ago: agoText(status.at, now) });
    case 'syncing':
      return t('Syncing {done} of {total}', { done: formatNumber(status.done), total: formatNumber(status.total) });
    case 'offline':
      return status.waiting > 0 ? t('{count, plural, one {Offline — # change waiting} other {Offline — # changes waiting}}', { count: status.waiting }) : t('Offline — nothing waiting');
    case 'unreachable':
      return status.waiting > 0 ? t('Can’t reach the team server — will keep trying ({count} waiting)', { count: formatNumber(status.waiting) }) : t('Can’t reach the team server — will keep trying');
    case 'signed-out':
      return t('Signed out — sign in to sync');
    case 'no-access':
      return t('Your account cannot open team {team}', { team: status.team });
  }
}

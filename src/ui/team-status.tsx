import { useEffect, useState } from 'preact/hooks';
import { teamState } from '../actions/team';
import { statusText } from './team-words';
import { conflictsOpen } from './ui-state';
import { t } from '../lib/i18n';

/** The top bar's word on team sharing ("Synced 2 min ago"), and the Conflicts badge when there are any. */
export function TeamStatus() {
  const status = teamState.status.value;
  const conflicts = teamState.conflicts.value;
  const [now, setNow] = useState(() => new Date());
  // "Synced 2 min ago" ages while nothing happens.
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (status.kind === 'off') return null;
  const trouble = status.kind === 'signed-out' || status.kind === 'no-access' || status.kind === 'unreachable';
  return (
    <div class="team-status">
      <p role="status" aria-label={t('Team sync')} class={trouble ? 'team-trouble' : undefined}>
        {statusText(status, now)}
      </p>
      {conflicts.length > 0 && (
        <button type="button" class="conflicts-badge" onClick={() => (conflictsOpen.value = true)}>
          {t('Conflicts ({count})', { count: conflicts.length })}
        </button>
      )}
    </div>
  );
}

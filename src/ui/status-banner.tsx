import { appState } from '../store/state';
import { dismissError } from '../actions/workspace-actions';
import { t } from '../lib/i18n';
import { problemText } from './problem-words';

/** Store trouble the coordinator must know about: another tab, a failed save, unreadable records. */
export function StatusBanner() {
  const status = appState.status.value;
  const error = appState.lastError.value;
  const unreadable = appState.unreadable.value;
  return (
    <div class="banners">
      {(status.kind === 'blocked' || status.kind === 'outdated' || status.kind === 'failed') && (
        <p class="banner warning" role="alert">
          {problemText(status.message)}
        </p>
      )}
      {error && (
        <div class="banner error" role="alert">
          <p>{problemText(error.message)}</p>
          {error.details.length > 0 && (
            <ul>
              {error.details.slice(0, 5).map((d) => (
                <li key={d}>{problemText(d)}</li>
              ))}
            </ul>
          )}
          <button type="button" class="secondary" onClick={dismissError}>
            {t('Dismiss')}
          </button>
        </div>
      )}
      {unreadable.length > 0 && (
        <details class="banner warning">
          <summary>
            {t('{count, plural, one {# stored record could not be read and is hidden (kept on the device)} other {# stored records could not be read and are hidden (kept on the device)}}', {
              count: unreadable.length,
            })}
          </summary>
          <ul>
            {unreadable.slice(0, 20).map((line) => (
              <li key={line}>{problemText(line)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

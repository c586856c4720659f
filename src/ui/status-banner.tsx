import { appState } from '../store/state';
import { dismissError } from '../actions/workspace-actions';

/** Store trouble the coordinator must know about: another tab, a failed save, unreadable records. */
export function StatusBanner() {
  const status = appState.status.value;
  const error = appState.lastError.value;
  const unreadable = appState.unreadable.value;
  return (
    <div class="banners">
      {(status.kind === 'blocked' || status.kind === 'outdated' || status.kind === 'failed') && (
        <p class="banner warning" role="alert">
          {status.message}
        </p>
      )}
      {error && (
        <div class="banner error" role="alert">
          <p>{error.message}</p>
          {error.details.length > 0 && (
            <ul>
              {error.details.slice(0, 5).map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          <button type="button" class="secondary" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      )}
      {unreadable.length > 0 && (
        <details class="banner warning">
          <summary>
            {unreadable.length} stored record{unreadable.length === 1 ? '' : 's'} could not be read and {unreadable.length === 1 ? 'is' : 'are'} hidden (kept on the device)
          </summary>
          <ul>
            {unreadable.slice(0, 20).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

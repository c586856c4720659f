import { useRegisterSW } from 'virtual:pwa-register/preact';
import { hasUnsavedInput } from './ui-state';

/** Offers a new version of the app; never while an asset is half-recorded. */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  const busy = hasUnsavedInput.value;
  return (
    <div class="banner warning" role="status">
      <p>A new version of Asset Atlas is ready.{busy ? ' Save or cancel the asset you are recording first.' : ''}</p>
      <button type="button" class="primary" disabled={busy} onClick={() => void updateServiceWorker(true)}>
        Update now
      </button>
    </div>
  );
}

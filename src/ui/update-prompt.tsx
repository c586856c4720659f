import { useRegisterSW } from 'virtual:pwa-register/preact';
import { hasUnsavedInput } from './ui-state';
import { t } from '../lib/i18n';

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
      <p>
        {t('A new version of Asset Atlas is ready.')}
        {busy ? ` ${t('Save or cancel the asset you are recording first.')}` : ''}
      </p>
      <button type="button" class="primary" disabled={busy} onClick={() => void updateServiceWorker(true)}>
        {t('Update now')}
      </button>
    </div>
  );
}

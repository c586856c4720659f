import { useEffect, useRef, useState } from 'preact/hooks';
import { appState } from '../store/state';
import { openDemoWorkspace, setOnlineBasemap } from '../actions/workspace-actions';
import { BackupSection } from './backup-section';
import { BasemapSection } from './basemap-section';
import { PrivacySection } from './privacy-section';
import { STREET_MAP_CHOICE, STREET_MAP_DETAIL } from './first-run';
import { TypeFieldsSection } from './type-fields-section';
import { PostcodeTableField } from './postcode-table-field';
import { TeamSection } from './team-section';
import { PlanSettingsSection } from './plan-settings-section';
import { FunderSection } from './funder-section';
import { LanguageSection } from './language-section';
import { msg, t } from '../lib/i18n';
import { formatNumber } from '../lib/i18n/format';

const PERSISTENCE_TEXT = {
  granted: msg('Persistent: the browser will not clear your records to free space.'),
  denied: msg('Not persistent: the browser may clear data when the device runs low on space. Export a backup regularly.'),
  unsupported: msg('This browser cannot promise to keep data. Export a backup regularly.'),
} as const;

/** iPad and iPhone Safari keep a web app's data reliably only once it is added to the Home Screen. */
function needsHomeScreenAdvice(): boolean {
  const ios = /iPad|iPhone|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
  const standalone = window.matchMedia?.('(display-mode: standalone)').matches || (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return ios && !standalone;
}

/** Settings: the online basemap, storage state, and the demo workspace. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const settings = appState.settings.value;
  const [usage, setUsage] = useState<{ used: number; quota: number } | null>(null);
  // Focus starts at the top (the title), so the dialog opens at its first section, not scrolled to Close.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    void navigator.storage?.estimate?.().then(({ usage: used = 0, quota = 0 }) => {
      setUsage({ used, quota });
    });
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <section class="dialog" role="dialog" aria-modal="true" aria-labelledby="settings-title">
        <h1 id="settings-title" ref={heading} tabIndex={-1}>
          {t('Settings')}
        </h1>
        <LanguageSection />
        <TeamSection />
        <h2 class="section-heading">{t('Street map')}</h2>
        <p class="hint">
          {t(
            'Streets, buildings and place names under your data. Three ways to have them, from simplest: from OpenStreetMap when there is signal; from a basemap file saved on this device, which works anywhere; or from your council’s own tile server.',
          )}
        </p>
        <label class="check">
          <input type="checkbox" checked={settings.onlineBasemap} onChange={(e) => void setOnlineBasemap(e.currentTarget.checked)} />
          <span>
            {t(STREET_MAP_CHOICE)}
            <small>{t(STREET_MAP_DETAIL)}</small>
          </span>
        </label>
        <BasemapSection />
        <h2 class="section-heading">{t('Storage on this device')}</h2>
        <p>{usage ? t('{used} MB used of {quota} GB available', { used: formatNumber(usage.used / 1e6, 1), quota: formatNumber(usage.quota / 1e9, 1) }) : t('Measuring…')}</p>
        <p>{settings.persistentStorage ? t(PERSISTENCE_TEXT[settings.persistentStorage]) : t('Persistence is requested after your first save.')}</p>
        <p>{navigator.serviceWorker?.controller ? t('Works offline: the app is stored on this device.') : t('Offline use is being set up; keep this page open once while online.')}</p>
        {needsHomeScreenAdvice() && (
          <p class="notice">{t('On iPad, tap Share then “Add to Home Screen” and open Asset Atlas from there: Safari may otherwise delete records of sites you have not visited for a week.')}</p>
        )}
        <BackupSection />
        <PrivacySection />
        <TypeFieldsSection />
        <PlanSettingsSection />
        <FunderSection />
        <section aria-labelledby="postcodes-title">
          <h2 class="section-heading" id="postcodes-title">
            {t('Postcodes')}
          </h2>
          <p class="hint">{t('With a postcode table, search finds postcodes, imports place rows that have only a postcode, and coverage counts homes within reach.')}</p>
          <PostcodeTableField id="settings-postcodes" />
        </section>
        <h2 class="section-heading">{t('Demo')}</h2>
        <button type="button" class="secondary" onClick={() => void openDemoWorkspace().then(onClose)}>
          {t('Open demo workspace')}
        </button>
        <div class="actions">
          <button type="button" class="primary" onClick={onClose}>
            {t('Close')}
          </button>
        </div>
      </section>
    </div>
  );
}

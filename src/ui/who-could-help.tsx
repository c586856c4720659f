import { useEffect, useMemo, useState } from 'preact/hooks';
import { whoCouldHelp } from '../model/who-could-help';
import { appState } from '../store/state';
import { mapFocus, planHighlight } from './ui-state';
import { t } from '../lib/i18n';

/**
 * "Who could help?": a search across people's gifts, skills and what they would share (people who
 * gave consent only) and groups' activities. Results are ringed on the map where they are shown
 * (people at a public place or not at all); the list never reaches an export or a print.
 */
export function WhoCouldHelp() {
  const [text, setText] = useState('');
  const found = useMemo(() => whoCouldHelp(appState.assets.value, text), [appState.assets.value, text]);
  // The rings follow what is typed, from the same search as the list (once per keystroke); an edit
  // elsewhere does not take an open action's rings away.
  useEffect(() => {
    planHighlight.value = found.map((m) => m.asset.id);
  }, [text]);
  // People recorded without a place (in their neighbourhood only) are listed, never pinned.
  const placed = found.map((m) => m.asset).filter((a) => a.geometry);
  return (
    <section class="who-could-help" aria-labelledby="who-heading">
      <h4 id="who-heading" class="section-heading">
        {t('Who could help?')}
      </h4>
      <label class="visually-hidden" for="who-search">
        {t('Who could help with')}
      </label>
      <input id="who-search" type="search" value={text} placeholder={t('cooking, Urdu, bike repair…')} autoComplete="off" onInput={(e) => setText(e.currentTarget.value)} />
      {text.trim() !== '' && (
        <ul class="help-results" aria-label={t('People and groups who could help')}>
          {found.length === 0 && <li class="hint">{t('No one recorded has that gift, skill or activity yet.')}</li>}
          {found.map(({ asset, because }) => (
            <li key={asset.id}>
              <button type="button" class="link-button" onClick={() => (appState.selectedAssetId.value = asset.id)}>
                {asset.name}
              </button>
              {asset.connector && <span class="connector-badge"> {t('connector')}</span>}
              <span class="asset-meta"> {because.map(({ what, value }) => t('{what}: {value}', { what: t(what), value })).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
      {placed.length > 0 && (
        <button type="button" class="secondary" onClick={() => (mapFocus.value = { geometry: { coordinates: placed.map((a) => a.geometry?.coordinates) } })}>
          {t('Show them on the map ({count})', { count: placed.length })}
        </button>
      )}
    </section>
  );
}

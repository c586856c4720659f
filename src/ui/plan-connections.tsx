import { useState } from 'preact/hooks';
import { connectionSummary } from '../model/connections';
import type { Neighbourhood } from '../model/neighbourhood';
import { appState } from '../store/state';
import type { Asset } from '../model/asset';
import { t } from '../lib/i18n';

/** Assets with how many others each links with; a person is "A resident" unless names are asked for. */
function AssetCounts({ label, entries, namePeople, onSelect }: { label: string; entries: readonly { asset: Asset; count: number }[]; namePeople: boolean; onSelect: (id: string) => void }) {
  return (
    <ol class="connector-list" aria-label={label}>
      {entries.map(({ asset, count }) => (
        <li key={asset.id}>
          <button type="button" class="link-button" onClick={() => onSelect(asset.id)}>
            {asset.category === 'individuals' && !namePeople ? t('A resident') : asset.name}
          </button>{' '}
          <span class="asset-meta">{t('{count, plural, one {links with # other} other {links with # others}}', { count })}</span>
        </li>
      ))}
    </ol>
  );
}

/**
 * How connected a neighbourhood's assets are: how many are linked, which stand alone (whom to talk
 * to next), and which connect most others. People are counted, and named only when asked.
 */
export function PlanConnections({ area }: { area: Neighbourhood }) {
  const [namePeople, setNamePeople] = useState(false);
  const all = appState.assets.value;
  const inArea = all.filter((a) => a.neighbourhoodIds.includes(area.id));
  const summary = connectionSummary(inArea, all, namePeople);
  const select = (id: string) => (appState.selectedAssetId.value = id);
  return (
    <details class="plan-connections">
      <summary>{t('{total, plural, one {Connections: {linked} of # asset linked} other {Connections: {linked} of # assets linked}}', { total: summary.total, linked: summary.linked })}</summary>
      <p class="hint">
        {summary.people.total > 0
          ? t('{count, plural, one {# person recorded, {linked} linked to a group or place.} other {# people recorded, {linked} linked to a group or place.}}', {
              count: summary.people.total,
              linked: summary.people.linked,
            })
          : t('No people recorded here.')}
      </p>
      {summary.people.total > 0 && (
        <label class="check">
          <input type="checkbox" checked={namePeople} onChange={(e) => setNamePeople(e.currentTarget.checked)} />
          <span>{t('Name people in these lists')}</span>
        </label>
      )}
      <h5>
        {t('Community connectors')} <span class="count">({summary.marked.length})</span>
      </h5>
      {summary.marked.length === 0 && <p class="hint">{t('No one here is marked as a community connector yet (in a person’s or group’s form).')}</p>}
      <AssetCounts label={t('Community connectors')} entries={summary.marked} namePeople={namePeople} onSelect={select} />
      <h5>{t('Connecting most')}</h5>
      {summary.connectors.length === 0 && <p class="hint">{t('No links yet in {area}.', { area: area.name })}</p>}
      <AssetCounts label={t('Connecting most')} entries={summary.connectors} namePeople={namePeople} onSelect={select} />
      <h5>
        {t('Standing alone')} <span class="count">({summary.alone.length})</span>
      </h5>
      <p class="hint">{t('Not linked to anything yet: who could they meet, host or work with?')}</p>
      <ul class="alone-list" aria-label={t('Standing alone')}>
        {summary.alone.slice(0, 30).map((a) => (
          <li key={a.id}>
            <button type="button" class="link-button" onClick={() => select(a.id)}>
              {a.name}
            </button>
          </li>
        ))}
      </ul>
      {summary.alone.length > 30 && <p class="hint">{t('And {count} more.', { count: summary.alone.length - 30 })}</p>}
    </details>
  );
}

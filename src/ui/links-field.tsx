import { useState } from 'preact/hooks';
import { LINK_RELATIONS } from '../model/asset';
import type { AssetDraft } from '../model/asset-draft';
import { isLinkCandidate, findAsset } from '../model/asset-links';
import { appState } from '../store/state';
import { AssetPicker } from './asset-picker';
import { msg, t } from '../lib/i18n';

/** The relations as the form says them; the stored values stay English. */
const RELATION_WORDS: Record<AssetDraft['links'][number]['relation'], string> = { 'meets in': msg('meets in'), 'run by': msg('run by'), 'part of': msg('part of'), 'works with': msg('works with') };

/**
 * "Meets in", "run by"…: links from this asset to others. The other asset is found by typing part
 * of its name (a workspace can hold thousands), then tapped.
 */
export function LinksField({ draft, selfId, update }: { draft: AssetDraft; selfId?: string | undefined; update: (patch: Partial<AssetDraft>) => void }) {
  const [relation, setRelation] = useState<AssetDraft['links'][number]['relation']>('meets in');
  const assets = appState.assets.value;
  const nameOf = (id: string) => findAsset(assets, id)?.name ?? t('an asset no longer here');
  const add = (target: string) => {
    if (!draft.links.some((l) => l.assetId === target && l.relation === relation)) update({ links: [...draft.links, { assetId: target, relation }] });
  };
  return (
    <fieldset>
      <legend>{t('Links to other assets')}</legend>
      {draft.links.length > 0 && (
        <ul class="links">
          {draft.links.map((link, i) => (
            <li key={`${link.assetId}-${link.relation}`}>
              <span>
                {t(RELATION_WORDS[link.relation])} {nameOf(link.assetId)}
              </span>
              <button
                type="button"
                class="secondary"
                aria-label={t('Remove link: {relation} {name}', { relation: t(RELATION_WORDS[link.relation]), name: nameOf(link.assetId) })}
                onClick={() => update({ links: draft.links.filter((_, j) => j !== i) })}
              >
                {t('Remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="link-add">
        <label class="visually-hidden" for="link-relation">
          {t('Relation')}
        </label>
        <select id="link-relation" value={relation} onChange={(e) => setRelation(e.currentTarget.value as typeof relation)}>
          {LINK_RELATIONS.map((r) => (
            <option key={r} value={r}>
              {t(RELATION_WORDS[r])}
            </option>
          ))}
        </select>
        <AssetPicker
          id="link-search"
          label={t('Find an asset to link')}
          resultsLabel={t('Assets to link')}
          verb={t(RELATION_WORDS[relation])}
          none={t('No asset (other than people) is called that.')}
          accept={(a) => isLinkCandidate(a, selfId)}
          onPick={(a) => add(a.id)}
        />
      </div>
    </fieldset>
  );
}

import { useState } from 'preact/hooks';
import { LINK_RELATIONS } from '../model/asset';
import type { AssetDraft } from '../model/asset-draft';
import { linkCandidates } from '../model/asset-links';
import { appState } from '../store/state';

/**
 * "Meets in", "run by"…: links from this asset to others. The other asset is found by typing part
 * of its name (a workspace can hold thousands), then tapped.
 */
export function LinksField({ draft, selfId, update }: { draft: AssetDraft; selfId?: string | undefined; update: (patch: Partial<AssetDraft>) => void }) {
  const [relation, setRelation] = useState<AssetDraft['links'][number]['relation']>('meets in');
  const [search, setSearch] = useState('');
  const assets = appState.assets.value;
  const nameOf = (id: string) => assets.find((a) => a.id === id)?.name ?? 'an asset no longer here';
  const found = linkCandidates(assets, search, selfId);
  const add = (target: string) => {
    if (!draft.links.some((l) => l.assetId === target && l.relation === relation)) update({ links: [...draft.links, { assetId: target, relation }] });
    setSearch('');
  };
  return (
    <fieldset>
      <legend>Links to other assets</legend>
      {draft.links.length > 0 && (
        <ul class="links">
          {draft.links.map((link, i) => (
            <li key={`${link.assetId}-${link.relation}`}>
              <span>
                {link.relation} {nameOf(link.assetId)}
              </span>
              <button type="button" class="secondary" aria-label={`Remove link: ${link.relation} ${nameOf(link.assetId)}`} onClick={() => update({ links: draft.links.filter((_, j) => j !== i) })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="link-add">
        <label class="visually-hidden" for="link-relation">
          Relation
        </label>
        <select id="link-relation" value={relation} onChange={(e) => setRelation(e.currentTarget.value as typeof relation)}>
          {LINK_RELATIONS.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
        <label class="visually-hidden" for="link-search">
          Find an asset to link
        </label>
        <input id="link-search" type="search" value={search} placeholder="Find an asset to link" autoComplete="off" onInput={(e) => setSearch(e.currentTarget.value)} />
      </div>
      {search.trim() !== '' && (
        <ul class="link-results" aria-label="Assets to link">
          {found.length === 0 && <li class="hint">No asset (other than people) is called that.</li>}
          {found.map((a) => (
            <li key={a.id}>
              <button type="button" class="secondary" onClick={() => add(a.id)}>
                {relation} {a.name}
                {a.type ? <small> · {a.type}</small> : null}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

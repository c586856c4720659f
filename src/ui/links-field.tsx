import { useState } from 'preact/hooks';
import { LINK_RELATIONS } from '../model/asset';
import type { AssetDraft } from '../model/asset-draft';
import { appState } from '../store/state';

/** "Meets in", "run by"…: links from this asset to others, chosen from the workspace. */
export function LinksField({ draft, selfId, update }: { draft: AssetDraft; selfId?: string | undefined; update: (patch: Partial<AssetDraft>) => void }) {
  const [relation, setRelation] = useState<AssetDraft['links'][number]['relation']>('meets in');
  const [target, setTarget] = useState('');
  const others = appState.assets.value.filter((a) => a.id !== selfId && a.category !== 'individuals').sort((a, b) => a.name.localeCompare(b.name));
  const nameOf = (id: string) => appState.assets.value.find((a) => a.id === id)?.name ?? 'an asset no longer here';
  const add = () => {
    if (!target || draft.links.some((l) => l.assetId === target && l.relation === relation)) return;
    update({ links: [...draft.links, { assetId: target, relation }] });
    setTarget('');
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
        <label class="visually-hidden" for="link-target">
          Linked asset
        </label>
        <select id="link-target" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
          <option value="">Choose an asset…</option>
          {others.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <button type="button" class="secondary" onClick={add} disabled={!target}>
          Add link
        </button>
      </div>
    </fieldset>
  );
}

import { useState } from 'preact/hooks';
import type { Asset } from '../model/asset';
import { assetsNamed } from '../model/asset-links';
import { appState } from '../store/state';
import { t } from '../lib/i18n';

interface AssetPickerProps {
  id: string;
  /** The search box's name, e.g. "Find an asset it builds on". */
  label: string;
  accept: (asset: Asset) => boolean;
  /** What a result's button says before the asset's name ("Add"). */
  verb: string;
  onPick: (asset: Asset) => void;
  /** Said when nothing matches. */
  none: string;
  /** The results list's name; by default the label's. */
  resultsLabel?: string;
}

/** Finds an asset by typing part of its name (a workspace can hold thousands), then tapping it. */
export function AssetPicker({ id, label, accept, verb, onPick, none, resultsLabel = t('{label}: results', { label }) }: AssetPickerProps) {
  const [search, setSearch] = useState('');
  const found = assetsNamed(appState.assets.value, search, accept);
  return (
    <div class="asset-picker">
      <label class="visually-hidden" for={id}>
        {label}
      </label>
      <input id={id} type="search" value={search} placeholder={label} autoComplete="off" onInput={(e) => setSearch(e.currentTarget.value)} />
      {search.trim() !== '' && (
        <ul class="link-results" aria-label={resultsLabel}>
          {found.length === 0 && <li class="hint">{none}</li>}
          {found.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  onPick(a);
                  setSearch('');
                }}
              >
                {verb} {a.name}
                {a.type ? <small> · {a.type}</small> : null}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

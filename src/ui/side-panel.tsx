import { useState } from 'preact/hooks';
import { AssetList } from './asset-list';
import { AssetDetails } from './asset-details';
import { AssetForm } from './asset-form';
import { FindControls } from './find-controls';
import { Legend } from './legend';
import { mode, selectedAsset } from './ui-state';

/** The panel beside the map (landscape) or the bottom sheet over it (portrait). */
export function SidePanel() {
  const [open, setOpen] = useState(true);
  const current = mode.value;
  const showForm = current.kind === 'form';
  const showDetails = !showForm && selectedAsset.value !== null;
  return (
    <aside class={`panel${open || showForm ? '' : ' collapsed'}`} aria-label="Workspace panel">
      <button type="button" class="sheet-handle" aria-expanded={open} aria-controls="panel-body" onClick={() => setOpen(!open)}>
        {open ? 'Hide list' : 'Show list'}
      </button>
      <div id="panel-body" class="panel-body" hidden={!open && !showForm}>
        {showForm && <AssetForm key={current.assetId} />}
        {showDetails && <AssetDetails />}
        {!showForm && !showDetails && (
          <>
            <FindControls />
            <Legend />
            <AssetList />
          </>
        )}
      </div>
    </aside>
  );
}

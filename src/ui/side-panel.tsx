import { useState } from 'preact/hooks';
import { AssetList } from './asset-list';
import { Legend } from './legend';

/** The panel beside the map (landscape) or the bottom sheet over it (portrait). */
export function SidePanel() {
  const [open, setOpen] = useState(true);
  return (
    <aside class={`panel${open ? '' : ' collapsed'}`} aria-label="Workspace panel">
      <button type="button" class="sheet-handle" aria-expanded={open} aria-controls="panel-body" onClick={() => setOpen(!open)}>
        {open ? 'Hide list' : 'Show list'}
      </button>
      <div id="panel-body" class="panel-body" hidden={!open}>
        <Legend />
        <AssetList />
      </div>
    </aside>
  );
}

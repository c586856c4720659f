import { useState } from 'preact/hooks';
import { AssetList } from './asset-list';
import { AssetDetails } from './asset-details';
import { AssetForm } from './asset-form';
import { FindControls } from './find-controls';
import { Legend } from './legend';
import { NeighbourhoodForm } from './neighbourhood-form';
import { NeighbourhoodList } from './neighbourhood-list';
import { LayersPanel } from './layers-panel';
import { CoveragePanel } from './coverage-panel';
import { mode, panelTab, selectedAsset } from './ui-state';

const TABS = [
  ['assets', 'Assets'],
  ['neighbourhoods', 'Neighbourhoods'],
  ['layers', 'Layers'],
  ['coverage', 'Coverage'],
] as const;

/** Assets, neighbourhoods or context layers: one tab list, arrow keys move between tabs. */
function PanelTabs() {
  const current = panelTab.value;
  const move = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    panelTab.value = next[0];
    document.getElementById(`tab-${next[0]}`)?.focus();
  };
  return (
    <div class="panel-tabs" role="tablist" aria-label="Panel">
      {TABS.map(([id, label], i) => (
        <button
          key={id}
          id={`tab-${id}`}
          type="button"
          role="tab"
          aria-selected={current === id}
          aria-controls="panel-body"
          tabIndex={current === id ? 0 : -1}
          onClick={() => (panelTab.value = id)}
          onKeyDown={(e) => move(e, i)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** The panel beside the map (landscape) or the bottom sheet over it (portrait). */
export function SidePanel() {
  const [open, setOpen] = useState(true);
  const current = mode.value;
  const showForm = current.kind === 'form' || current.kind === 'neighbourhood-form';
  const showDetails = !showForm && selectedAsset.value !== null;
  const tab = panelTab.value;
  return (
    <aside class={`panel${open || showForm ? '' : ' collapsed'}`} aria-label="Workspace panel">
      <button type="button" class="sheet-handle" aria-expanded={open} aria-controls="panel-body" onClick={() => setOpen(!open)}>
        {open ? 'Hide list' : 'Show list'}
      </button>
      {!showForm && !showDetails && <PanelTabs />}
      <div
        id="panel-body"
        class="panel-body"
        role={!showForm && !showDetails ? 'tabpanel' : undefined}
        aria-labelledby={!showForm && !showDetails ? `tab-${tab}` : undefined}
        hidden={!open && !showForm}
      >
        {current.kind === 'form' && <AssetForm key={current.assetId} />}
        {current.kind === 'neighbourhood-form' && <NeighbourhoodForm key={current.neighbourhoodId ?? 'new'} />}
        {showDetails && <AssetDetails />}
        {!showForm && !showDetails && tab === 'assets' && (
          <>
            <FindControls />
            <Legend />
            <AssetList />
          </>
        )}
        {!showForm && !showDetails && tab === 'neighbourhoods' && <NeighbourhoodList />}
        {!showForm && !showDetails && tab === 'layers' && <LayersPanel />}
        {!showForm && !showDetails && tab === 'coverage' && <CoveragePanel />}
      </div>
    </aside>
  );
}

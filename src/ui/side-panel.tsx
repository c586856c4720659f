import { useEffect, useRef, useState } from 'preact/hooks';
import { AssetList } from './asset-list';
import { AssetDetails } from './asset-details';
import { FindControls } from './find-controls';
import { Legend } from './legend';
import { mode, panelTab, selectedAsset } from './ui-state';
import { lazyComponent, preloadWhenIdle } from './lazy';
import { msg, t, textDirection } from '../lib/i18n';

// The tabs after Assets load when first opened, with what they need (boundary files, coverage, plans).
const NeighbourhoodList = lazyComponent(msg('The Neighbourhoods tab'), () => import('./neighbourhood-list').then((m) => m.NeighbourhoodList));
const PlansPanel = lazyComponent(msg('The Plans tab'), () => import('./plans-panel').then((m) => m.PlansPanel));
const InvestmentPanel = lazyComponent(msg('The Investment tab'), () => import('./investment-panel').then((m) => m.InvestmentPanel));
const LayersPanel = lazyComponent(msg('The Layers tab'), () => import('./layers-panel').then((m) => m.LayersPanel));
const CoveragePanel = lazyComponent(msg('The Coverage tab'), () => import('./coverage-panel').then((m) => m.CoveragePanel));
// The forms too: the asset form (with its person, details, photos and links fields) and the
// neighbourhood form are the first screen's largest parts and are not on it until "Add asset".
const AssetForm = lazyComponent(msg('The asset form'), () => import('./asset-form').then((m) => m.AssetForm));
const NeighbourhoodForm = lazyComponent(msg('The neighbourhood form'), () => import('./neighbourhood-form').then((m) => m.NeighbourhoodForm));
/** The tabs and forms are a tap away from the first screen: fetched once the app has started, not on the tap. */
const LAZY_TABS = [AssetForm, NeighbourhoodForm, NeighbourhoodList, PlansPanel, InvestmentPanel, LayersPanel, CoveragePanel];

const TABS = [
  ['assets', msg('Assets')],
  ['neighbourhoods', msg('Neighbourhoods')],
  ['plans', msg('Plans')],
  ['investment', msg('Investment')],
  ['layers', msg('Layers')],
  ['coverage', msg('Coverage')],
] as const;

/** Assets, neighbourhoods or context layers: one tab list, arrow keys move between tabs. */
function PanelTabs() {
  const current = panelTab.value;
  const move = (event: KeyboardEvent, index: number) => {
    // Right to left (Urdu), the tabs run the other way, and so do the arrow keys.
    const forward = textDirection() === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const step = event.key === forward ? 1 : event.key === back ? -1 : 0;
    if (!step) return;
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    panelTab.value = next[0];
    document.getElementById(`tab-${next[0]}`)?.focus();
  };
  return (
    <div class="panel-tabs" role="tablist" aria-label={t('Panel')}>
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
          {t(label)}
        </button>
      ))}
    </div>
  );
}

/** Whether the tablet is held upright now; follows rotation. */
function usePortrait(): boolean {
  const query = '(orientation: portrait)';
  const [portrait, setPortrait] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const follow = () => setPortrait(list.matches);
    list.addEventListener('change', follow);
    return () => list.removeEventListener('change', follow);
  }, []);
  return portrait;
}

/**
 * The panel beside the map (landscape) or the bottom sheet over it (portrait). Only the sheet can be
 * hidden: in landscape, where there is no "Show list", the panel is always open.
 */
export function SidePanel() {
  const [open, setOpen] = useState(true);
  const portrait = usePortrait();
  const current = mode.value;
  const showForm = current.kind === 'form' || current.kind === 'neighbourhood-form';
  const showDetails = !showForm && selectedAsset.value !== null;
  const tab = panelTab.value;
  useEffect(() => preloadWhenIdle(LAZY_TABS), []);
  const collapsed = portrait && !open && !showForm;
  // What the panel shows: a new view starts at its top (the details after a long form, a tab).
  const body = useRef<HTMLDivElement>(null);
  const view = showForm ? `${current.kind}` : showDetails ? `details:${selectedAsset.value?.id ?? ''}` : `tab:${tab}`;
  useEffect(() => {
    if (body.current) body.current.scrollTop = 0;
  }, [view]);
  return (
    <aside class={`panel${collapsed ? ' collapsed' : ''}`} aria-label={t('Workspace panel')}>
      <button type="button" class="sheet-handle" aria-expanded={!collapsed} aria-controls="panel-body" onClick={() => setOpen(collapsed)}>
        {collapsed ? t('Show list') : t('Hide list')}
      </button>
      {!showForm && !showDetails && <PanelTabs />}
      <div
        id="panel-body"
        ref={body}
        class="panel-body"
        role={!showForm && !showDetails ? 'tabpanel' : undefined}
        aria-labelledby={!showForm && !showDetails ? `tab-${tab}` : undefined}
        hidden={collapsed}
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
        {!showForm && !showDetails && tab === 'plans' && <PlansPanel />}
        {!showForm && !showDetails && tab === 'investment' && <InvestmentPanel />}
        {!showForm && !showDetails && tab === 'layers' && <LayersPanel />}
        {!showForm && !showDetails && tab === 'coverage' && <CoveragePanel />}
      </div>
    </aside>
  );
}

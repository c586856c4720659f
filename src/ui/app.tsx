import { findAsset } from '../model/asset-links';
import { useEffect, useRef, useState } from 'preact/hooks';
import { appState } from '../store/state';
import { redo, undo } from '../actions/workspace-actions';
import { MapPanel } from './map-panel';
import { SidePanel } from './side-panel';
import { FirstRun } from './first-run';
import { StatusBanner } from './status-banner';
import { PlacingBar } from './placing-bar';
import { BoundaryBar } from './boundary-bar';
import { UpdatePrompt } from './update-prompt';
import { conflictsOpen, investmentPrintOpen, mode, planPrintGroupId, printOpen, send, tableOpen, walkSheetNeighbourhoodId } from './ui-state';
import { photoWalk } from './photo-walk-session';
import { readSavedDraft, startDraftAutosave } from './draft-autosave';
import { ElsewhereScreen } from './elsewhere-screen';
import { InterruptedImportBanner } from './interrupted-import-banner';
import { TeamStatus } from './team-status';
import { lazyComponent, preloadWhenIdle } from './lazy';
import { msg, t } from '../lib/i18n';
import { changeText } from './change-words';

// What is not on the first screen loads when first opened: import, export, print, settings and the
// rest carry their own libraries (PapaParse, proj4, html-to-image, pmtiles…) with them.
const SettingsDialog = lazyComponent(msg('Settings'), () => import('./settings-dialog').then((m) => m.SettingsDialog));
const ImportDialog = lazyComponent(msg('Import data'), () => import('./import-dialog').then((m) => m.ImportDialog));
const ExportDialog = lazyComponent(msg('Export data'), () => import('./export-dialog').then((m) => m.ExportDialog));
const AttributeTable = lazyComponent(msg('The table'), () => import('./attribute-table').then((m) => m.AttributeTable));
const ConflictsDialog = lazyComponent(msg('Conflicts'), () => import('./conflicts-dialog').then((m) => m.ConflictsDialog));
const PrintView = lazyComponent(msg('Print map'), () => import('./print-view').then((m) => m.PrintView));
const PlanPrintView = lazyComponent(msg('Print plan'), () => import('./plan-print').then((m) => m.PlanPrintView));
const InvestmentPrintView = lazyComponent(msg('Print investment'), () => import('./investment-print').then((m) => m.InvestmentPrintView));
const WalkSheetPrintView = lazyComponent(msg('Print photo sheet'), () => import('./walk-sheet-print').then((m) => m.WalkSheetPrintView));
const PhotoWalkScreen = lazyComponent(msg('The photo walk'), () => import('./photo-walk').then((m) => m.PhotoWalkScreen));
/** The toolbar's dialogs, a tap away: fetched once the app has started (print views and the walk on demand). */
const TOOLBAR_DIALOGS = [SettingsDialog, ImportDialog, ExportDialog, PrintView];

/** The product's name, the same in every language. */
const PRODUCT_NAME = 'Asset Atlas';

/** The app shell: header, map, panel, and the dialogs over them. */
export function App() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const status = appState.status.value;
  const settings = appState.settings.value;
  const isEmpty = appState.assets.value.length === 0 && appState.neighbourhoods.value.length === 0;
  const showFirstRun = status.kind === 'ready' && isEmpty && !settings.firstRunChoice;
  const brand = useRef<HTMLHeadingElement>(null);
  useEffect(() => startDraftAutosave(), []);
  useEffect(() => preloadWhenIdle(TOOLBAR_DIALOGS), []);
  const [resumable, setResumable] = useState(() => readSavedDraft());
  const resume = () => {
    if (resumable) {
      const stored = !resumable.isNew ? findAsset(appState.assets.value, resumable.assetId) : null;
      send({ type: 'resume-draft', stored, photos: appState.photos.value, geometry: resumable.geometry, draft: resumable.draft });
    }
    setResumable(null);
  };
  const wasFirstRun = useRef(false);
  // When a dialog closes, its button leaves the page; put focus somewhere a keyboard user can go on from.
  useEffect(() => {
    if (wasFirstRun.current && !showFirstRun) brand.current?.focus();
    wasFirstRun.current = showFirstRun;
  }, [showFirstRun]);
  const closeSettings = () => {
    setSettingsOpen(false);
    brand.current?.focus();
  };
  const undoLabel = appState.undoLabel.value && changeText(appState.undoLabel.value);
  // A photo walk hides the whole workspace: the tablet is in a resident's hands.
  const walk = status.kind === 'ready' ? photoWalk.value : null;
  const sheetAreaId = walkSheetNeighbourhoodId.value;
  const redoLabel = appState.redoLabel.value && changeText(appState.redoLabel.value);
  return (
    <>
      <div class="app" hidden={printOpen.value || planPrintGroupId.value !== null || investmentPrintOpen.value || sheetAreaId !== null || walk !== null} inert={status.kind === 'elsewhere'}>
        <header class="topbar">
          <h1 class="brand" ref={brand} tabIndex={-1}>
            {PRODUCT_NAME}
          </h1>
          <div class="toolbar" role="toolbar" aria-label={t('Workspace')}>
            <button type="button" class="add" disabled={status.kind !== 'ready'} onClick={() => send({ type: 'add-asset' })}>
              {t('Add asset')}
            </button>
            {/* What Undo and Redo would do, in words a tablet shows: there is no hover to read a tooltip.
                The words are part of the button's name, as a screen reader should hear them too. */}
            <button type="button" class="history" disabled={!undoLabel} onClick={() => void undo()} title={undoLabel ? t('Undo {change}', { change: undoLabel }) : t('Nothing to undo')}>
              {/* In a team, Undo takes back this tablet's changes only, and says so. */}
              {settings.team ? t('Undo my change') : t('Undo')}
              {undoLabel && ' '}
              {undoLabel && <small class="history-what">{undoLabel}</small>}
            </button>
            <button type="button" class="history" disabled={!redoLabel} onClick={() => void redo()} title={redoLabel ? t('Redo {change}', { change: redoLabel }) : t('Nothing to redo')}>
              {t('Redo')}
              {redoLabel && ' '}
              {redoLabel && <small class="history-what">{redoLabel}</small>}
            </button>
            <button type="button" disabled={status.kind !== 'ready'} onClick={() => (printOpen.value = true)}>
              {t('Print map')}
            </button>
            <button type="button" disabled={status.kind !== 'ready'} onClick={() => setImportOpen(true)}>
              {t('Import data')}
            </button>
            <button type="button" disabled={status.kind !== 'ready'} onClick={() => setExportOpen(true)}>
              {t('Export data')}
            </button>
            <button type="button" onClick={() => setSettingsOpen(true)}>
              {t('Settings')}
            </button>
          </div>
          <TeamStatus />
        </header>
        <StatusBanner />
        <InterruptedImportBanner />
        <UpdatePrompt />
        {resumable && mode.value.kind === 'browse' && (
          <div class="banner warning" role="alert">
            <p>{resumable.draft.name ? t('An asset you were recording was not saved (“{name}”).', { name: resumable.draft.name }) : t('An asset you were recording was not saved.')}</p>
            <button type="button" class="primary" onClick={resume}>
              {t('Resume unsaved asset')}
            </button>
          </div>
        )}
        <main class="workspace">
          <MapPanel />
          <PlacingBar />
          <BoundaryBar />
          <SidePanel />
        </main>
        {showFirstRun && <FirstRun />}
        {settingsOpen && <SettingsDialog onClose={closeSettings} />}
        {importOpen && (
          <ImportDialog
            onClose={() => {
              setImportOpen(false);
              brand.current?.focus();
            }}
          />
        )}
        {tableOpen.value && (
          <AttributeTable
            onClose={() => {
              tableOpen.value = false;
              brand.current?.focus();
            }}
          />
        )}
        {conflictsOpen.value && (
          <ConflictsDialog
            onClose={() => {
              conflictsOpen.value = false;
              brand.current?.focus();
            }}
          />
        )}
        {exportOpen && (
          <ExportDialog
            onClose={() => {
              setExportOpen(false);
              brand.current?.focus();
            }}
          />
        )}
      </div>
      {printOpen.value && status.kind !== 'elsewhere' && <PrintView />}
      {planPrintGroupId.value !== null && status.kind !== 'elsewhere' && <PlanPrintView groupId={planPrintGroupId.value} />}
      {investmentPrintOpen.value && status.kind !== 'elsewhere' && <InvestmentPrintView />}
      {sheetAreaId !== null && status.kind !== 'elsewhere' && <WalkSheetPrintView neighbourhoodId={sheetAreaId} />}
      {walk && <PhotoWalkScreen session={walk} />}
      {status.kind === 'elsewhere' && <ElsewhereScreen />}
    </>
  );
}

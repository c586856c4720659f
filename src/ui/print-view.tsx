import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { printLayout, printResolution } from '../model/print-layout';
import { moveFrame } from '../model/print-frame';
import { downloadElementAsPng, printPage, scaleBarFor } from '../actions/print';
import { appState } from '../store/state';
import { pagesOf, PrintSheets } from './print-sheet';
import { PrintControls } from './print-controls';
import { EACH_NEIGHBOURHOOD, type MapSheet, changeOptions, defaultPrintOptions, effectiveTitle, mapSheets, printDate, SCALE_BAR_MAX_MM, sheetCommon } from './print-options';
import { recalledOptions, rememberOptions } from './print-memory';
import { usePrintMaps } from './use-print-map';
import { mapViewBounds, printOpen, shownAnalysis } from './ui-state';
import { t } from '../lib/i18n';

/** What the maps of a print show, as one string: their frames and numbered assets. */
const mapsKey = (sheets: readonly MapSheet[]) => JSON.stringify(sheets.map((s) => [s.bounds, s.key.map((k) => [k.assetId, k.number, k.name])]));

/** Scales the sheet's preview to fit the panel beside the controls, following its size. */
function useFitZoom(preview: { current: HTMLElement | null }, pageWidthMm: number): number {
  const [zoom, setZoom] = useState(0.5);
  useEffect(() => {
    const element = preview.current;
    if (!element) return;
    const fit = () => setZoom(Math.min(1, (element.clientWidth - 32) / ((pageWidthMm / 25.4) * 96)));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [pageWidthMm]);
  return zoom;
}

/**
 * The print view: choose the area (the map's view, a neighbourhood, all of them, or an atlas of each),
 * paper and layers; move or resize the frame; see every page as it will print; print or save a PNG.
 */
export function PrintView() {
  const areas = appState.neighbourhoods.value;
  const assets = appState.assets.value;
  const overlays = appState.overlays.value;
  const analysis = shownAnalysis.value;
  const [options, change] = useReducer(changeOptions, analysis !== null, (has) => recalledOptions(defaultPrintOptions(has)));
  useEffect(() => rememberOptions(options), [options]);
  const pages = useRef<HTMLDivElement>(null);
  const preview = useRef<HTMLDivElement>(null);
  const today = printDate(new Date());

  const layout = printLayout(options.paper, options.orientation);
  const resolution = printResolution(layout.mapMm, options.quality);
  const input = { options, layout, viewBounds: mapViewBounds.value, areas, assets, analysis, overlays };
  const sheets = useMemo(() => mapSheets(input), [options, layout.mapMm.width, layout.mapMm.height, mapViewBounds.value, areas, assets, analysis, overlays]);
  const common = sheetCommon({ ...input, sheets, printedOn: today, year: new Date().getFullYear() });
  const coverage = options.showCoverage ? analysis : null;
  const { images, problem } = usePrintMaps(
    sheets.map((s) => ({ bounds: s.bounds, shown: s.shown, key: s.key })),
    { resolution, neighbourhoods: options.showNeighbourhoods ? areas : [], showLabels: options.showLabels, coverage, overlays: common.context },
    // Drawn again only when a map would look different: not when the title or subtitle is typed.
    [mapsKey(sheets), resolution.dpi, options.showNeighbourhoods, options.showLabels, coverage, areas, common.context.map((o) => `${o.id}:${o.valueField ?? ''}`).join()],
  );
  const zoom = useFitZoom(preview, layout.pageMm.width);
  const drawn = images.filter(Boolean).length;
  const first = sheets[0];
  const single = sheets.length === 1 && options.areaId !== EACH_NEIGHBOURHOOD;
  const nudge = (change_: { east?: number; north?: number; scale?: number }) => first && change({ frame: moveFrame(first.bounds, change_) });

  const title = sheets.length > 1 ? (options.title ?? t('Asset atlas')) : effectiveTitle(options, first?.area);
  const downloadPng = async () => {
    const stem = options.title ?? first?.area?.name ?? 'area';
    const page = pages.current?.querySelector<HTMLElement>('.sheet');
    if (page) await downloadElementAsPng(page, `asset-map-${stem.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png`);
  };
  const totalPages = sheets.reduce((n, s) => n + pagesOf(s, common), 0);
  const numbered = sheets.reduce((n, s) => n + s.key.length, 0);
  const dpi = resolution.dpi;
  const pageRule = `@page { size: ${options.paper} ${options.orientation}; margin: 10mm; }`;
  return (
    <div class="print-view" role="dialog" aria-modal="true" aria-labelledby="print-title">
      <style>{pageRule}</style>
      <form class="print-controls" onSubmit={(e) => e.preventDefault()}>
        <h1 id="print-title">{t('Print map')}</h1>
        <PrintControls options={options} onChange={change} areas={areas} analysis={analysis} hasContext={overlays.some((o) => o.visible)} title={title} subtitle={common.subtitle} />
        {single && (
          <fieldset class="frame-controls">
            <legend>{t('Frame')}</legend>
            <p class="hint">{t('Move the frame, or show more or less ground; the preview shows exactly what prints.')}</p>
            <div class="frame-buttons">
              <button type="button" class="secondary" onClick={() => nudge({ north: 0.25 })}>
                {t('Move north')}
              </button>
              <button type="button" class="secondary" onClick={() => nudge({ north: -0.25 })}>
                {t('Move south')}
              </button>
              <button type="button" class="secondary" onClick={() => nudge({ east: -0.25 })}>
                {t('Move west')}
              </button>
              <button type="button" class="secondary" onClick={() => nudge({ east: 0.25 })}>
                {t('Move east')}
              </button>
              <button type="button" class="secondary" onClick={() => nudge({ scale: 1.25 })}>
                {t('Show more')}
              </button>
              <button type="button" class="secondary" onClick={() => nudge({ scale: 0.8 })}>
                {t('Show less')}
              </button>
              <button type="button" class="secondary" disabled={!options.frame} onClick={() => change({ frame: null })}>
                {t('Reset frame')}
              </button>
            </div>
          </fieldset>
        )}
        <p role="status">
          {problem
            ? t('The map could not be drawn: {problem}', { problem })
            : drawn === sheets.length && sheets.length > 0
              ? t(
                  '{maps, plural, one {Map} other {# maps}} drawn at {dpi} dpi · {numbered, plural, one {# numbered asset} other {# numbered assets}} · {pages, plural, one {# page} other {# pages}}',
                  {
                    maps: sheets.length,
                    dpi,
                    numbered,
                    pages: totalPages,
                  },
                )
              : sheets.length > 1
                ? t('Drawing the maps ({drawn} of {total})…', { drawn, total: sheets.length })
                : t('Drawing the map…')}
        </p>
        <div class="form-actions">
          <button type="button" class="primary" disabled={drawn < sheets.length || sheets.length === 0} onClick={printPage}>
            {t('Print')}
          </button>
          <button type="button" class="secondary" disabled={!images[0]} onClick={() => void downloadPng()}>
            {t('Download PNG')}
          </button>
          <button type="button" class="secondary" onClick={() => (printOpen.value = false)}>
            {t('Close')}
          </button>
        </div>
      </form>
      {/* Focusable, so the sheet can be scrolled and read with a keyboard as well as by touch. */}
      <div class="print-preview" ref={preview} role="region" aria-label={t('Print preview')} tabIndex={0}>
        <PrintSheets
          sheets={sheets.map((s) => ({ ...s, title: sheets.length === 1 ? title : s.title }))}
          images={sheets.map((_, i) => {
            const image = images[i];
            return { url: image?.url ?? null, scaleBar: image ? scaleBarFor(image, SCALE_BAR_MAX_MM) : null };
          })}
          common={common}
          sheetsRef={pages}
          zoom={zoom}
          scaleBarMaxMm={SCALE_BAR_MAX_MM}
        />
      </div>
    </div>
  );
}

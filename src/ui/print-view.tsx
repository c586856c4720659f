import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { assetsForPrint, numberAssets } from '../model/print-key';
import { printLayout, printResolution } from '../model/print-layout';
import { downloadElementAsPng, printPage, scaleBarFor } from '../actions/print';
import { appState } from '../store/state';
import { PrintSheet } from './print-sheet';
import { PrintControls } from './print-controls';
import { changeOptions, defaultPrintOptions, effectiveTitle, printBounds, printDate, SCALE_BAR_MAX_MM, sheetContent } from './print-options';
import { usePrintMap } from './use-print-map';
import { mapViewBounds, printOpen, shownAnalysis } from './ui-state';

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

/** The print view: choose paper, area and layers, see the page as it will print, print or save a PNG. */
export function PrintView() {
  const areas = appState.neighbourhoods.value;
  const assets = appState.assets.value;
  const analysis = shownAnalysis.value;
  const [options, change] = useReducer(changeOptions, analysis !== null, defaultPrintOptions);
  const sheet = useRef<HTMLDivElement>(null);
  const preview = useRef<HTMLDivElement>(null);
  const today = printDate(new Date());

  const area = areas.find((a) => a.id === options.areaId);
  const coverage = options.showCoverage ? analysis : null;
  const layout = printLayout(options.paper, options.orientation);
  const resolution = printResolution(layout.mapMm);
  const bounds = printBounds(area, mapViewBounds.value, assets);
  const shown = useMemo(() => (bounds ? assetsForPrint(assets, bounds, options.categories, options.includePeople) : []), [assets, bounds?.join(), options.categories, options.includePeople]);
  const key = useMemo(() => numberAssets(shown), [shown]);
  const neighbourhoods = options.showNeighbourhoods ? areas : [];
  const { image, problem } = usePrintMap({ bounds, resolution, shown, key, neighbourhoods, showLabels: options.showLabels, coverage }, [
    bounds?.join() ?? '',
    options.paper,
    options.orientation,
    key,
    options.showNeighbourhoods,
    options.showLabels,
    areas,
    coverage,
  ]);
  const zoom = useFitZoom(preview, layout.pageMm.width);

  const title = effectiveTitle(options, area);
  const downloadPng = async () => {
    const stem = options.title ?? area?.name ?? 'area';
    if (sheet.current) await downloadElementAsPng(sheet.current, `asset-map-${stem.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png`);
  };
  const content = sheetContent({
    options,
    layout,
    printedOn: today,
    area,
    areas,
    assets,
    shown,
    key,
    coverage,
    map: { mapUrl: image?.url ?? null, scaleBar: image ? scaleBarFor(image, SCALE_BAR_MAX_MM) : null },
  });
  return (
    <div class="print-view" role="dialog" aria-modal="true" aria-labelledby="print-title">
      <style>{`@page { size: ${options.paper} ${options.orientation}; margin: 10mm; }`}</style>
      <form class="print-controls" onSubmit={(e) => e.preventDefault()}>
        <h1 id="print-title">Print map</h1>
        <PrintControls options={options} onChange={change} areas={areas} analysis={analysis} title={title} subtitle={content.subtitle} />
        <p role="status">{problem ? `The map could not be drawn: ${problem}` : image ? `Map drawn at ${image.dpi} dpi \u00b7 ${key.length} numbered assets` : 'Drawing the map\u2026'}</p>
        <div class="form-actions">
          <button type="button" class="primary" disabled={!image} onClick={printPage}>
            Print
          </button>
          <button type="button" class="secondary" disabled={!image} onClick={() => void downloadPng()}>
            Download PNG
          </button>
          <button type="button" class="secondary" onClick={() => (printOpen.value = false)}>
            Close
          </button>
        </div>
      </form>
      {/* Focusable, so the sheet can be scrolled and read with a keyboard as well as by touch. */}
      <div class="print-preview" ref={preview} role="region" aria-label="Print preview" tabIndex={0}>
        <PrintSheet sheetRef={sheet} zoom={zoom} content={content} />
      </div>
    </div>
  );
}

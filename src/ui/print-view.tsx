import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORY_IDS, type CategoryId } from '../model/categories';
import { CategoryCheckboxes } from './category-checkboxes';
import { assetsForPrint, numberAssets, peopleCounts } from '../model/print-key';
import { printLayout, printResolution, type Orientation, type Paper } from '../model/print-layout';
import { bboxOfCoordinates, bboxOfRecords, type BBox } from '../lib/bbox';
import { renderPrintMap } from '../map/print-render';
import { downloadElementAsPng, printPage, scaleBarFor } from '../actions/print';
import { appState } from '../store/state';
import { PrintSheet } from './print-sheet';
import { mapViewBounds, printOpen, shownAnalysis } from './ui-state';
import { describeMethod, describeQuestion } from '../model/coverage';

const SCALE_BAR_MAX_MM = 40;
const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** A box grown by a share of its size, so boundaries do not touch the edge of the paper. */
const withMargin = ([w, s, e, n]: BBox, share = 0.04): BBox => [w - (e - w) * share, s - (n - s) * share, e + (e - w) * share, n + (n - s) * share];

/** The print view: choose paper, area and layers, see the page as it will print, print or save a PNG. */
export function PrintView() {
  const areas = appState.neighbourhoods.value;
  const assets = appState.assets.value;
  const [areaId, setAreaId] = useState('');
  const [paper, setPaper] = useState<Paper>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [categories, setCategories] = useState<ReadonlySet<CategoryId>>(new Set(CATEGORY_IDS));
  const [showNeighbourhoods, setShowNeighbourhoods] = useState(true);
  const [showLabels, setShowLabels] = useState(false);
  const [includePeople, setIncludePeople] = useState(false);
  const analysis = shownAnalysis.value;
  const [showCoverage, setShowCoverage] = useState(analysis !== null);
  const coverage = showCoverage ? analysis : null;
  const area = areas.find((a) => a.id === areaId);
  const [title, setTitle] = useState<string | null>(null);
  const [subtitle, setSubtitle] = useState<string | null>(null);
  const [image, setImage] = useState<{ url: string; centreLatitude: number; zoom: number; dpi: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const sheet = useRef<HTMLDivElement>(null);
  const preview = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(0.5);

  const layout = printLayout(paper, orientation);
  const resolution = printResolution(layout.mapMm);
  const bounds: BBox | null = area ? withMargin(bboxOfCoordinates(area.geometry.coordinates) ?? [0, 0, 0, 0]) : (mapViewBounds.value ?? bboxOfRecords(assets));
  const shown = useMemo(() => (bounds ? assetsForPrint(assets, bounds, categories, includePeople) : []), [assets, bounds?.join(), categories, includePeople]);
  const key = useMemo(() => numberAssets(shown), [shown]);
  const boundsKey = bounds?.join() ?? '';

  useEffect(() => {
    if (!bounds) return;
    let cancelled = false;
    let url: string | null = null;
    setImage(null);
    setProblem(null);
    const numbers = new Map(key.map((k) => [k.assetId, k.number]));
    renderPrintMap({
      cssWidth: resolution.cssWidth,
      cssHeight: resolution.cssHeight,
      pixelRatio: resolution.pixelRatio,
      bounds,
      assets: shown.map((asset) => ({ asset, number: numbers.get(asset.id) ?? 0 })),
      neighbourhoods: showNeighbourhoods ? areas : [],
      showLabels,
      coverage,
    })
      .then((result) => {
        if (cancelled) return;
        url = URL.createObjectURL(result.blob);
        setImage({ url, centreLatitude: result.centreLatitude, zoom: result.zoom, dpi: resolution.dpi });
      })
      .catch((error: unknown) => !cancelled && setProblem(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [boundsKey, paper, orientation, key, showNeighbourhoods, showLabels, areas, coverage]);

  useEffect(() => {
    const element = preview.current;
    if (!element) return;
    const fit = () => setZoom(Math.min(1, (element.clientWidth - 32) / ((layout.pageMm.width / 25.4) * 96)));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [layout.pageMm.width]);

  const scaleBar = image ? scaleBarFor(image, SCALE_BAR_MAX_MM) : null;
  const sources = [...new Set([...shown.map((a) => a.source), ...(showNeighbourhoods ? areas.map((a) => a.source) : [])])].filter(Boolean);
  const downloadPng = async () => {
    if (sheet.current) await downloadElementAsPng(sheet.current, `asset-map-${(title ?? area?.name ?? 'area').toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png`);
  };
  const effectiveTitle = title ?? area?.name ?? 'Asset map';
  return (
    <div class="print-view" role="dialog" aria-modal="true" aria-labelledby="print-title">
      <style>{`@page { size: ${paper} ${orientation}; margin: 10mm; }`}</style>
      <form class="print-controls" onSubmit={(e) => e.preventDefault()}>
        <h1 id="print-title">Print map</h1>
        <label for="print-area">Area</label>
        <select id="print-area" value={areaId} onChange={(e) => setAreaId(e.currentTarget.value)}>
          <option value="">Current map area</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <div class="field-row">
          <div>
            <label for="print-paper">Paper</label>
            <select id="print-paper" value={paper} onChange={(e) => setPaper(e.currentTarget.value as Paper)}>
              <option>A4</option>
              <option>A3</option>
            </select>
          </div>
          <div>
            <label for="print-orientation">Orientation</label>
            <select id="print-orientation" value={orientation} onChange={(e) => setOrientation(e.currentTarget.value as Orientation)}>
              <option value="landscape">Landscape</option>
              <option value="portrait">Portrait</option>
            </select>
          </div>
        </div>
        <label for="print-title-text">Title</label>
        <input id="print-title-text" value={effectiveTitle} onInput={(e) => setTitle(e.currentTarget.value)} />
        <label for="print-subtitle">Subtitle</label>
        <input id="print-subtitle" value={subtitle ?? today()} onInput={(e) => setSubtitle(e.currentTarget.value)} />
        <CategoryCheckboxes selected={categories} onChange={setCategories} />
        <fieldset>
          <legend>Layers</legend>
          <label class="check">
            <input type="checkbox" checked={showNeighbourhoods} onChange={(e) => setShowNeighbourhoods(e.currentTarget.checked)} />
            <span>Neighbourhood boundaries</span>
          </label>
          <label class="check">
            <input type="checkbox" checked={showLabels} onChange={(e) => setShowLabels(e.currentTarget.checked)} />
            <span>Asset names on the map</span>
          </label>
          {analysis && (
            <label class="check">
              <input type="checkbox" checked={showCoverage} onChange={(e) => setShowCoverage(e.currentTarget.checked)} />
              <span>
                Coverage gaps
                <small>
                  {describeQuestion(analysis.question)}, run {new Date(analysis.createdAt).toLocaleDateString('en-GB')}
                </small>
              </span>
            </label>
          )}
          <label class="check">
            <input type="checkbox" checked={includePeople} onChange={(e) => setIncludePeople(e.currentTarget.checked)} />
            <span>
              Show people on the map
              <small>Personal data: by default people are printed only as counts per neighbourhood.</small>
            </span>
          </label>
        </fieldset>
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
        <PrintSheet
          sheetRef={sheet}
          zoom={zoom}
          content={{
            title: effectiveTitle,
            subtitle: subtitle ?? today(),
            layout,
            mapUrl: image?.url ?? null,
            scaleBar,
            scaleBarMaxMm: SCALE_BAR_MAX_MM,
            key,
            categories: [...categories],
            showNeighbourhoods,
            people: includePeople || !categories.has('individuals') ? null : areaId ? peopleCounts(assets, areas).filter((row) => row.name === area?.name) : peopleCounts(assets, areas),
            attribution: sources.length ? `Data: ${sources.join('; ')}` : 'Data: this workspace',
            printedOn: today(),
            coverage: coverage
              ? {
                  question: describeQuestion(coverage.question),
                  method: describeMethod(coverage.method),
                  rows: [...coverage.areas]
                    .filter((a) => !areaId || a.id === areaId)
                    .sort((a, b) => b.gapM2 - a.gapM2)
                    .map((a) => ({ name: a.name, covered: a.coveredShare, gapM2: a.gapM2 })),
                  runOn: new Date(coverage.createdAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
                }
              : null,
          }}
        />
      </div>
    </div>
  );
}

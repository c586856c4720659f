import { CATEGORY_IDS, type CategoryId } from '../model/categories';
import type { Asset } from '../model/asset';
import type { Neighbourhood } from '../model/neighbourhood';
import type { Analysis } from '../model/coverage';
import type { Overlay } from '../model/overlay';
import { methodText, questionText } from './coverage-words';
import { assetsForPrint, numberAssets, peopleCounts, type KeyEntry } from '../model/print-key';
import type { Orientation, Paper, PrintLayout, PrintQuality } from '../model/print-layout';
import { legendHeight, paginateKey, printCredits } from '../model/print-pages';
import { frameBounds } from '../model/print-frame';
import { bboxOfCoordinates, bboxOfRecords, type BBox } from '../lib/bbox';
import { t } from '../lib/i18n';
import { formatDay } from '../lib/i18n/format';

/** "Current map area", every neighbourhood on one sheet, or an atlas of one sheet each; else a neighbourhood's id. */
export const CURRENT_AREA = '';
export const ALL_NEIGHBOURHOODS = '*all';
export const EACH_NEIGHBOURHOOD = '*each';

/** What the coordinator chose in the print view. A null title or subtitle follows the default. */
export interface PrintOptions {
  /** CURRENT_AREA, ALL_NEIGHBOURHOODS, EACH_NEIGHBOURHOOD, or a neighbourhood's id. */
  areaId: string;
  /** The frame moved or resized in the print view (single-sheet prints); null for the area's own. */
  frame: BBox | null;
  paper: Paper;
  orientation: Orientation;
  /** Best (300 dpi) or a quicker draft (150 dpi). */
  quality: PrintQuality;
  categories: ReadonlySet<CategoryId>;
  showNeighbourhoods: boolean;
  showLabels: boolean;
  /** Personal data: people are printed only as counts unless this is ticked. */
  includePeople: boolean;
  showCoverage: boolean;
  /** The visible context layers (deprivation), with their legends and vintages. */
  showContext: boolean;
  title: string | null;
  subtitle: string | null;
}

export const defaultPrintOptions = (hasAnalysis: boolean): PrintOptions => ({
  areaId: CURRENT_AREA,
  frame: null,
  paper: 'A4',
  orientation: 'landscape',
  quality: 'best',
  categories: new Set(CATEGORY_IDS),
  showNeighbourhoods: true,
  showLabels: false,
  includePeople: false,
  showCoverage: hasAnalysis,
  showContext: true,
  title: null,
  subtitle: null,
});

/** A new area, paper or orientation starts the frame afresh; moving it keeps the rest. */
export const changeOptions = (options: PrintOptions, patch: Partial<PrintOptions>): PrintOptions => {
  const reframe =
    ('areaId' in patch && patch.areaId !== options.areaId) || ('paper' in patch && patch.paper !== options.paper) || ('orientation' in patch && patch.orientation !== options.orientation);
  return { ...options, ...(reframe ? { frame: null } : {}), ...patch };
};

export const SCALE_BAR_MAX_MM = 40;
export const printDate = (date: Date) => formatDay(date);

/** A box grown by a share of its size, so boundaries do not touch the edge of the paper. */
export const withMargin = ([w, s, e, n]: BBox, share = 0.04): BBox => [w - (e - w) * share, s - (n - s) * share, e + (e - w) * share, n + (n - s) * share];

/** The ground an area's sheet is about before it is fitted to the frame: the area with a margin, else the map's view, else all assets. */
export function printBounds(area: Neighbourhood | undefined, viewBounds: BBox | null, assets: readonly Asset[]): BBox | null {
  return area ? withMargin(bboxOfCoordinates(area.geometry.coordinates) ?? [0, 0, 0, 0]) : (viewBounds ?? bboxOfRecords(assets));
}

export const effectiveTitle = (options: PrintOptions, area: Neighbourhood | undefined): string => options.title ?? area?.name ?? t('Asset map');

/** One map and what goes with it: a single print has one, an atlas one per neighbourhood. */
export interface MapSheet {
  id: string;
  title: string;
  /** Exactly the ground the map frame shows (in the frame's proportions). */
  bounds: BBox;
  area: Neighbourhood | undefined;
  shown: Asset[];
  key: KeyEntry[];
  keyPages: { first: KeyEntry[]; more: KeyEntry[][] };
  people: { name: string; count: number; elsewhere?: true }[] | null;
  coverageRows: { name: string; covered: number; gapM2: number }[];
  priorityRows: { name: string; code: string; decile: number; outOfReach: number }[];
}

/** What every page shares: credits, the print line, what the legend lists, coverage and layers. */
export interface SheetCommon {
  subtitle: string;
  layout: PrintLayout;
  printedOn: string;
  credits: string[];
  categories: readonly CategoryId[];
  showNeighbourhoods: boolean;
  peopleAsCounts: boolean;
  coverage: { question: string; method: string; runOn: string; deprivation: string | null } | null;
  context: readonly Overlay[];
}

interface SheetInput {
  options: PrintOptions;
  layout: PrintLayout;
  viewBounds: BBox | null;
  areas: readonly Neighbourhood[];
  assets: readonly Asset[];
  analysis: Analysis | null;
  overlays: readonly Overlay[];
}

/** The neighbourhoods each sheet is about: one, all together, each alone, or none (the map's view). */
function sheetAreas(options: PrintOptions, areas: readonly Neighbourhood[]): (Neighbourhood | 'all' | undefined)[] {
  if (options.areaId === EACH_NEIGHBOURHOOD) return areas.length > 0 ? [...areas] : [undefined];
  if (options.areaId === ALL_NEIGHBOURHOODS) return areas.length > 0 ? ['all'] : [undefined];
  return [areas.find((a) => a.id === options.areaId)];
}

/** The sheets of a print: each map's frame, its numbered assets, key pages and tables. */
export function mapSheets(input: SheetInput): MapSheet[] {
  const { options, layout, areas, assets, analysis } = input;
  const coverage = options.showCoverage ? analysis : null;
  const peopleAsCounts = !options.includePeople && options.categories.has('individuals');
  const counts = peopleAsCounts ? peopleCounts(assets, areas) : null;
  const legendMm = legendHeight(options.showContext ? input.overlays.filter((o) => o.visible).length : 0, counts !== null);
  const sheets: MapSheet[] = [];
  for (const which of sheetAreas(options, areas)) {
    const area = which === 'all' ? undefined : which;
    const ground = which === 'all' ? withMargin(bboxOfCoordinates(areas.map((a) => a.geometry.coordinates)) ?? [0, 0, 0, 0]) : printBounds(area, input.viewBounds, assets);
    if (!ground) continue;
    const single = options.areaId !== EACH_NEIGHBOURHOOD;
    const bounds = single && options.frame ? options.frame : frameBounds(ground, layout.mapMm);
    const shown = assetsForPrint(assets, bounds, options.categories, options.includePeople);
    const key = numberAssets(shown);
    const inArea = (ids: readonly string[]) => !area || ids.includes(area.id);
    sheets.push({
      id: area?.id ?? (which === 'all' ? 'all' : 'view'),
      title: options.areaId === EACH_NEIGHBOURHOOD ? (area?.name ?? t('Asset map')) : effectiveTitle(options, area),
      bounds,
      area,
      shown,
      key,
      keyPages: paginateKey(key, layout, legendMm),
      people: counts && area ? counts.filter((row) => row.name === area.name) : counts,
      coverageRows: coverage
        ? [...coverage.areas]
            .filter((a) => !area || a.id === area.id)
            .sort((a, b) => b.gapM2 - a.gapM2)
            .map((a) => ({ name: a.name, covered: a.coveredShare, gapM2: a.gapM2 }))
        : [],
      priorityRows: coverage ? coverage.priority.filter((p) => inArea(p.neighbourhoodIds)).map((p) => ({ name: p.name, code: p.code, decile: p.decile, outOfReach: p.uncoveredShare })) : [],
    });
  }
  return sheets;
}

/** What all the sheets share: from the options, the data printed, and the day. */
export function sheetCommon(input: SheetInput & { sheets: readonly MapSheet[]; printedOn: string; year: number }): SheetCommon {
  const { options, areas, analysis } = input;
  const shown = input.sheets.flatMap((s) => s.shown);
  const context = options.showContext ? input.overlays.filter((o) => o.visible) : [];
  const coverage = options.showCoverage ? analysis : null;
  const sources = [...new Set([...shown.map((a) => a.source), ...(options.showNeighbourhoods ? areas.map((a) => a.source) : [])])].filter(Boolean);
  return {
    subtitle: options.subtitle ?? input.printedOn,
    layout: input.layout,
    printedOn: input.printedOn,
    credits: printCredits({ sources, boundaryCodes: options.showNeighbourhoods ? areas.map((a) => a.code) : [], layers: context, year: input.year }),
    categories: [...options.categories],
    showNeighbourhoods: options.showNeighbourhoods,
    peopleAsCounts: !options.includePeople && options.categories.has('individuals'),
    coverage: coverage
      ? { question: questionText(coverage.question), method: methodText(coverage.method), runOn: printDate(new Date(coverage.createdAt)), deprivation: coverage.deprivationLabel ?? null }
      : null,
    context,
  };
}

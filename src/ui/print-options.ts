import { CATEGORY_IDS, type CategoryId } from '../model/categories';
import type { Asset } from '../model/asset';
import type { Neighbourhood } from '../model/neighbourhood';
import type { Analysis } from '../model/coverage';
import { describeMethod, describeQuestion } from '../model/coverage';
import { peopleCounts, type KeyEntry } from '../model/print-key';
import type { Orientation, Paper, PrintLayout } from '../model/print-layout';
import { bboxOfCoordinates, bboxOfRecords, type BBox } from '../lib/bbox';
import type { SheetContent } from './print-sheet';

/** What the coordinator chose in the print view. A null title or subtitle follows the default. */
export interface PrintOptions {
  /** A neighbourhood to frame, or '' for the area the map shows now. */
  areaId: string;
  paper: Paper;
  orientation: Orientation;
  categories: ReadonlySet<CategoryId>;
  showNeighbourhoods: boolean;
  showLabels: boolean;
  /** Personal data: people are printed only as counts unless this is ticked. */
  includePeople: boolean;
  showCoverage: boolean;
  title: string | null;
  subtitle: string | null;
}

export const defaultPrintOptions = (hasAnalysis: boolean): PrintOptions => ({
  areaId: '',
  paper: 'A4',
  orientation: 'landscape',
  categories: new Set(CATEGORY_IDS),
  showNeighbourhoods: true,
  showLabels: false,
  includePeople: false,
  showCoverage: hasAnalysis,
  title: null,
  subtitle: null,
});

export const changeOptions = (options: PrintOptions, patch: Partial<PrintOptions>): PrintOptions => ({ ...options, ...patch });

export const SCALE_BAR_MAX_MM = 40;
export const printDate = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** A box grown by a share of its size, so boundaries do not touch the edge of the paper. */
const withMargin = ([w, s, e, n]: BBox, share = 0.04): BBox => [w - (e - w) * share, s - (n - s) * share, e + (e - w) * share, n + (n - s) * share];

/** The ground the map shows: the chosen neighbourhood with a margin, else the map's view, else all assets. */
export function printBounds(area: Neighbourhood | undefined, viewBounds: BBox | null, assets: readonly Asset[]): BBox | null {
  return area ? withMargin(bboxOfCoordinates(area.geometry.coordinates) ?? [0, 0, 0, 0]) : (viewBounds ?? bboxOfRecords(assets));
}

export const effectiveTitle = (options: PrintOptions, area: Neighbourhood | undefined): string => options.title ?? area?.name ?? 'Asset map';

/** What the printed sheet says: everything beside the rendered map image, from the options and data. */
export function sheetContent(input: {
  options: PrintOptions;
  layout: PrintLayout;
  printedOn: string;
  area: Neighbourhood | undefined;
  areas: readonly Neighbourhood[];
  assets: readonly Asset[];
  shown: readonly Asset[];
  key: readonly KeyEntry[];
  coverage: Analysis | null;
  map: Pick<SheetContent, 'mapUrl' | 'scaleBar'>;
}): SheetContent {
  const { options, area, areas, assets, shown, coverage } = input;
  const sources = [...new Set([...shown.map((a) => a.source), ...(options.showNeighbourhoods ? areas.map((a) => a.source) : [])])].filter(Boolean);
  const peopleAsCounts = !options.includePeople && options.categories.has('individuals');
  const counts = peopleAsCounts ? peopleCounts(assets, areas) : null;
  return {
    title: effectiveTitle(options, area),
    subtitle: options.subtitle ?? input.printedOn,
    layout: input.layout,
    ...input.map,
    scaleBarMaxMm: SCALE_BAR_MAX_MM,
    key: input.key,
    categories: [...options.categories],
    showNeighbourhoods: options.showNeighbourhoods,
    people: counts && options.areaId ? counts.filter((row) => row.name === area?.name) : counts,
    attribution: sources.length ? `Data: ${sources.join('; ')}` : 'Data: this workspace',
    printedOn: input.printedOn,
    coverage: coverage
      ? {
          question: describeQuestion(coverage.question),
          method: describeMethod(coverage.method),
          rows: [...coverage.areas]
            .filter((a) => !options.areaId || a.id === options.areaId)
            .sort((a, b) => b.gapM2 - a.gapM2)
            .map((a) => ({ name: a.name, covered: a.coveredShare, gapM2: a.gapM2 })),
          runOn: printDate(new Date(coverage.createdAt)),
        }
      : null,
  };
}

import { foldForMatch } from '../lib/fold';
import { z } from 'zod/mini';
import type { Asset } from './asset';
import { COST_VALUES, STATUS_VALUES } from './asset';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from './categories';
import { IdSchema, TimestampSchema, shortText } from './common';
import { MultiPolygonSchema, type Position } from './geometry';
import { msg } from '../lib/i18n/msg';

/** The farthest distance a coverage question may ask about: beyond it "nearby" stops meaning anything. */
export const MAX_COVERAGE_DISTANCE_M = 10_000;

/** Which assets count and how far is "near": what the coordinator asks. Empty lists mean "any". */
export const CoverageQuestionSchema = z.object({
  distance: z
    .number({ error: msg('Give a distance in metres') })
    .check(z.gt(0, msg('The distance must be more than 0 m')), z.lte(MAX_COVERAGE_DISTANCE_M, msg('The distance must be at most 10,000 m (10 km)'))),
  categories: z._default(z.array(z.enum(CATEGORY_IDS)), []),
  types: z._default(z.array(shortText(100, msg('Type'))), []),
  tags: z._default(z.array(shortText(100, msg('Tag'))), []),
  statuses: z._default(z.array(z.enum(STATUS_VALUES)), ['active']),
  costs: z._default(z.array(z.enum(COST_VALUES)), []),
  /** Neighbourhoods to answer for; empty means all of them. */
  neighbourhoodIds: z._default(z.array(IdSchema), []),
  /** Small areas in deciles 1..priorityDeciles of the deprivation layer are listed as priority areas. */
  priorityDeciles: z._default(z.int().check(z.gte(1), z.lte(10)), 2),
  /** The context layer whose deciles pick the priority areas; none means no priority list. */
  deprivationLayerId: z.optional(IdSchema),
});
export type CoverageQuestion = z.output<typeof CoverageQuestionSchema>;

/** Each category as a noun phrase: "physical spaces", "cultural assets". */
const CATEGORY_NOUNS = Object.fromEntries(
  CATEGORY_IDS.map((id) => {
    const label = CATEGORIES[id].label.toLowerCase();
    return [id, label.endsWith('s') ? label : `${label} assets`];
  }),
) as Record<CategoryId, string>;

const fold = foldForMatch;

/** True when an asset is one of those the question counts. */
export function countsForQuestion(asset: Asset, question: CoverageQuestion): boolean {
  if (question.categories.length > 0 && !question.categories.includes(asset.category)) return false;
  if (question.statuses.length > 0 && !question.statuses.includes(asset.status)) return false;
  if (question.costs.length > 0 && (asset.cost === undefined || !question.costs.includes(asset.cost))) return false;
  if (question.types.length > 0 && !question.types.some((t) => fold(t) === fold(asset.type))) return false;
  if (question.tags.length > 0 && !question.tags.some((t) => asset.tags.some((own) => fold(own) === fold(t)))) return false;
  return true;
}

const COST_WORDS: Record<(typeof COST_VALUES)[number], string> = { free: 'free', low: 'low-cost', paid: 'paid' };

/** The question in words, for headings, prints and files: "free physical spaces (park, playground) within 800 m". */
export function describeQuestion(q: CoverageQuestion): string {
  const categories = q.categories.length === 0 ? 'assets' : q.categories.map((c) => CATEGORY_NOUNS[c]).join(' or ');
  const kinds = [...q.types, ...q.tags.map((t) => `#${t}`)];
  const cost = q.costs.length === 0 || q.costs.length === COST_VALUES.length ? '' : `${q.costs.map((c) => COST_WORDS[c]).join(' or ')} `;
  const status = q.statuses.length === 1 && q.statuses[0] === 'active' ? 'active ' : '';
  return `${cost}${status}${categories}${kinds.length ? ` (${kinds.join(', ')})` : ''} within ${q.distance.toLocaleString('en-GB')} m`;
}

/** How a figure was produced, said next to it in the panel, the print and every export. */
export const CoverageMethodSchema = z.object({
  distance: z.number(),
  cellSize: z.number(),
  /** 0 when no distance surface was drawn (the command line without --surface). */
  hexSize: z.number(),
});
export type CoverageMethod = z.output<typeof CoverageMethodSchema>;

export function describeMethod(method: CoverageMethod): string {
  return (
    `Straight-line distance ${method.distance.toLocaleString('en-GB')} m; covered share counted on a ` +
    `${method.cellSize} m grid (each cell centre tested exactly)` +
    (method.hexSize > 0 ? `; distance surface in ${method.hexSize} m hexagons` : '')
  );
}

export const AreaCoverageSchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z._default(z.string(), ''),
  areaM2: z.number(),
  /** 0..1: the share of the area within the distance of a counted asset. */
  coveredShare: z.number().check(z.gte(0), z.lte(1)),
  gapM2: z.number(),
  assetsInside: z.int(),
  homesTotal: z.nullable(z.int()),
  homesReached: z.nullable(z.int()),
});
export type AreaCoverage = z.output<typeof AreaCoverageSchema>;

export const PriorityAreaSchema = z.object({
  code: z.string(),
  name: z.string(),
  decile: z.number(),
  neighbourhoodIds: z.array(z.string()),
  areaM2: z.number(),
  uncoveredShare: z.number().check(z.gte(0), z.lte(1)),
});
export type PriorityArea = z.output<typeof PriorityAreaSchema>;

export const CoverageGapSchema = z.object({ id: z.string(), geometry: z.nullable(MultiPolygonSchema) });
export type CoverageGap = z.output<typeof CoverageGapSchema>;

/**
 * The distance surface, stored compactly: hexagon centres and distances as flat number lists,
 * with the scale of the plane they were laid out on, so every ring can be rebuilt exactly. (As
 * rings it was five times larger, and validating it froze the app for a moment on each save.)
 */
export const SurfaceSchema = z
  .object({
    hexSize: z.number().check(z.positive()),
    metresPerDegreeX: z.number().check(z.positive()),
    metresPerDegreeY: z.number().check(z.positive()),
    /** lon, lat of each hexagon's centre. */
    centres: z.array(z.number()),
    /** Metres to the nearest counted asset; null beyond twice the question's distance. */
    distances: z.array(z.nullable(z.number())),
  })
  .check(z.refine((s) => s.centres.length === s.distances.length * 2, 'The surface has as many centres as distances'));
export type Surface = z.output<typeof SurfaceSchema>;

export const EMPTY_SURFACE: Surface = { hexSize: 1, metresPerDegreeX: 1, metresPerDegreeY: 1, centres: [], distances: [] };

/** Each hexagon of a surface as a closed lon/lat ring (pointy-top) with its distance. */
export function* surfaceCells(surface: Surface): Generator<{ ring: Position[]; distance: number | null }> {
  const radius = surface.hexSize / Math.sqrt(3);
  const offsets = Array.from({ length: 7 }, (_, k) => {
    const angle = (Math.PI / 180) * (60 * (k % 6) - 30);
    return [(radius * Math.cos(angle)) / surface.metresPerDegreeX, (radius * Math.sin(angle)) / surface.metresPerDegreeY] as const;
  });
  for (let i = 0; i < surface.distances.length; i += 1) {
    const lon = surface.centres[2 * i] as number;
    const lat = surface.centres[2 * i + 1] as number;
    yield { ring: offsets.map(([dx, dy]) => [lon + dx, lat + dy] as Position), distance: surface.distances[i] ?? null };
  }
}

/** What the engine answers. */
export const CoverageAnswerSchema = z.object({
  method: CoverageMethodSchema,
  areas: z.array(AreaCoverageSchema),
  gaps: z.array(CoverageGapSchema),
  surface: SurfaceSchema,
  priority: z.array(PriorityAreaSchema),
});
export type CoverageAnswer = z.output<typeof CoverageAnswerSchema>;

/** A saved run: the answer with its question, date and a fingerprint of what it was computed from. */
export const AnalysisSchema = z.extend(CoverageAnswerSchema, {
  id: IdSchema,
  question: CoverageQuestionSchema,
  assetCount: z.int(),
  homesLabel: z._default(z.string(), ''),
  deprivationLabel: z._default(z.string(), ''),
  /** Changes when a counted asset or an analysed boundary changes: the result is then out of date. */
  inputsStamp: z.string(),
  createdAt: TimestampSchema,
});
export type Analysis = z.output<typeof AnalysisSchema>;

/** Distance bands for the surface and its legend: quarter steps of the question's distance up to twice it. */
export interface DistanceBand {
  readonly label: string;
  readonly colour: string;
  /** Upper limit in metres; Infinity for the last band. */
  readonly upTo: number;
}

const BAND_COLOURS = ['#1a9850', '#91cf60', '#fee08b', '#fc8d59', '#d73027'] as const;

export function distanceBands(distance: number): DistanceBand[] {
  const m = (v: number) => `${Math.round(v).toLocaleString('en-GB')} m`;
  const steps = [distance / 2, distance, distance * 1.5, distance * 2];
  return [
    { label: `Within ${m(steps[0] as number)}`, colour: BAND_COLOURS[0], upTo: steps[0] as number },
    { label: `${m(steps[0] as number)}–${m(steps[1] as number)}`, colour: BAND_COLOURS[1], upTo: steps[1] as number },
    { label: `${m(steps[1] as number)}–${m(steps[2] as number)}`, colour: BAND_COLOURS[2], upTo: steps[2] as number },
    { label: `${m(steps[2] as number)}–${m(steps[3] as number)}`, colour: BAND_COLOURS[3], upTo: steps[3] as number },
    { label: `Over ${m(steps[3] as number)}`, colour: BAND_COLOURS[4], upTo: Infinity },
  ];
}

/** The first value field of a context layer that holds deciles (e.g. imd_decile), if any. */
export function decileField(values: readonly Record<string, unknown>[]): string | null {
  const first = values.find((v) => Object.keys(v).length > 0);
  return Object.keys(first ?? {}).find((k) => /decile/i.test(k)) ?? null;
}

/** The band index (0..4) of a surface cell; null distance (beyond the cap) is the last band. */
export function bandOf(distance: number | null, bands: readonly DistanceBand[]): number {
  if (distance === null) return bands.length - 1;
  const i = bands.findIndex((b) => distance <= b.upTo);
  return i === -1 ? bands.length - 1 : i;
}

import { z } from 'zod/mini';
import { CATEGORY_IDS } from '../model/categories';
import type { PrintOptions } from './print-options';

const KEY = 'asset-atlas:print-options';

/**
 * What a print remembers for next time, on this device: title, paper and layers. Never "show
 * people" (each print that shows them is a choice made again), nor the area, which belongs to the
 * workspace of the day.
 */
const RememberedSchema = z.object({
  paper: z.enum(['A4', 'A3']),
  orientation: z.enum(['portrait', 'landscape']),
  quality: z._default(z.enum(['best', 'draft']), 'best'),
  title: z.nullable(z.string().check(z.maxLength(200))),
  subtitle: z.nullable(z.string().check(z.maxLength(200))),
  categories: z.array(z.enum(CATEGORY_IDS)),
  showNeighbourhoods: z.boolean(),
  showLabels: z.boolean(),
  showCoverage: z.boolean(),
  showContext: z._default(z.boolean(), true),
});
type Remembered = z.infer<typeof RememberedSchema>;

/** The options last printed with, over the defaults; the defaults alone if none or unreadable. */
export function recalledOptions(defaults: PrintOptions): PrintOptions {
  let raw: unknown;
  try {
    raw = JSON.parse(localStorage.getItem(KEY) ?? 'null');
  } catch {
    return defaults;
  }
  const parsed = RememberedSchema.safeParse(raw);
  if (!parsed.success) return defaults;
  const r = parsed.data;
  return { ...defaults, ...r, categories: new Set(r.categories), showCoverage: defaults.showCoverage && r.showCoverage };
}

/** Keeps the options for the next print. A full or blocked storage only loses the memory. */
export function rememberOptions(options: PrintOptions): void {
  const kept: Remembered = {
    paper: options.paper,
    orientation: options.orientation,
    quality: options.quality,
    title: options.title,
    subtitle: options.subtitle,
    categories: [...options.categories],
    showNeighbourhoods: options.showNeighbourhoods,
    showLabels: options.showLabels,
    showCoverage: options.showCoverage,
    showContext: options.showContext,
  };
  try {
    localStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // Nothing to do: the print itself is unaffected.
  }
}

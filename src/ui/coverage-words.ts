import type { CategoryId } from '../model/categories';
import { COST_VALUES } from '../model/asset';
import type { CoverageMethod, CoverageQuestion } from '../model/coverage';
import { locale, msg, t } from '../lib/i18n';
import { formatDistance, formatNumber } from '../lib/i18n/format';

/** Each category as the noun a question counts: "physical spaces", "cultural assets". */
const NOUNS: Record<CategoryId, string> = {
  individuals: msg('individuals'),
  associations: msg('associations'),
  institutions: msg('institutions'),
  physical: msg('physical spaces'),
  economic: msg('economic assets'),
  cultural: msg('cultural assets'),
};

const COSTS: Record<(typeof COST_VALUES)[number], string> = { free: msg('free'), low: msg('low-cost'), paid: msg('paid') };

/** "a or b", "a, b or c", as the chosen language lists alternatives. */
const either = (items: readonly string[]): string => new Intl.ListFormat(locale(), { type: 'disjunction' }).format(items);

/**
 * A coverage question in the chosen language, for the panel's headings and the printed sheet:
 * "free active physical spaces (park, playground) within 800 m". Files keep model/coverage's English.
 */
export function questionText(q: CoverageQuestion): string {
  const noun = q.categories.length === 0 ? t('assets') : either(q.categories.map((c) => t(NOUNS[c])));
  const cost = q.costs.length === 0 || q.costs.length === COST_VALUES.length ? '' : either(q.costs.map((c) => t(COSTS[c])));
  const active = q.statuses.length === 1 && q.statuses[0] === 'active';
  const kinds = [...q.types.map((type) => t(type)), ...q.tags.map((tag) => `#${tag}`)];
  let what = active ? t('active {things}', { things: noun }) : noun;
  if (cost) what = t('{cost} {things}', { cost, things: what });
  if (kinds.length) what = `${what} (${kinds.join(', ')})`;
  return t('{what} within {distance}', { what, distance: formatDistance(q.distance) });
}

/** The distance surface's bands in words: "Within 400 m", "400 m–800 m", …, "Over 1.6 km". */
export function bandLabels(distance: number): string[] {
  const steps = [distance / 2, distance, distance * 1.5, distance * 2].map((m) => formatDistance(Math.round(m)));
  return [t('Within {distance}', { distance: steps[0] }), `${steps[0]}–${steps[1]}`, `${steps[1]}–${steps[2]}`, `${steps[2]}–${steps[3]}`, t('Over {distance}', { distance: steps[3] })];
}

/** How the figures were made, said beside them on screen and on paper. */
export const methodText = (method: CoverageMethod): string =>
  t('Straight-line distance {distance}; covered share counted on a {cell} m grid (each cell centre tested exactly); distance surface in {hex} m hexagons', {
    distance: formatDistance(method.distance),
    cell: formatNumber(method.cellSize),
    hex: formatNumber(method.hexSize),
  });

import { fill, msg } from '../lib/i18n/msg';

/** One colour class of a choropleth: values from `min` up to the next class's min. */
export interface ChoroplethClass {
  min: number;
  colour: string;
  label: string;
}

// Deciles 1 (most deprived) to 10: a dark-to-light sequential ramp (ColorBrewer YlOrRd, reversed),
// readable by people with the common colour-vision deficiencies and in greyscale print.
export const DECILE_COLOURS = ['#800026', '#bd0026', '#e31a1c', '#fc4e2a', '#fd8d3c', '#feb24c', '#fed976', '#ffeda0', '#ffffcc', '#fffff2'];
const QUINTILE_COLOURS = ['#08519c', '#3182bd', '#6baed6', '#bdd7e7', '#eff3ff'];

const isDecileField = (field: string) => /decile/i.test(field);

/**
 * Classes for a value field. Decile fields get ten classes named as deprivation deciles are read
 * ("1 = most deprived 10%"); any other numeric field gets five equal-count classes (quintiles).
 */
export function choroplethClasses(field: string, values: readonly (number | string | null | undefined)[]): ChoroplethClass[] {
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (numbers.length === 0) return [];
  if (isDecileField(field) && numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= 10)) {
    return DECILE_COLOURS.map((colour, i) => ({ min: i + 1, colour, label: i === 0 ? '1 (most deprived 10%)' : i === 9 ? '10 (least deprived 10%)' : String(i + 1) }));
  }
  const classes: ChoroplethClass[] = [];
  for (let i = 0; i < QUINTILE_COLOURS.length; i += 1) {
    const min = numbers[Math.floor((i / QUINTILE_COLOURS.length) * numbers.length)]!;
    if (classes.length > 0 && classes[classes.length - 1]!.min === min) continue;
    classes.push({ min, colour: QUINTILE_COLOURS[i]!, label: '' });
  }
  const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
  classes.forEach(
    (c, i) => (c.label = i + 1 < classes.length ? fill(msg('{min} to under {max}'), { min: fmt(c.min), max: fmt(classes[i + 1]!.min) }) : fill(msg('{min} and over'), { min: fmt(c.min) })),
  );
  return classes;
}

/** The colour for a value, or null for a missing value (drawn as "no data"). */
export function classColour(classes: readonly ChoroplethClass[], value: number | string | null | undefined): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  let colour: string | null = null;
  for (const c of classes) if (value >= c.min) colour = c.colour;
  return colour ?? classes[0]?.colour ?? null;
}

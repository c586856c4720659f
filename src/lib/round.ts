/**
 * A coordinate to 7 decimal places (about 1 cm), as RFC 7946 advises and every file and record of
 * the app keeps them: one rule, so a round trip through an export changes nothing.
 */
export function round7(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}

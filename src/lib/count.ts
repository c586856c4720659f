/** "1 row", "2 rows", "10,000 features": a count with its noun, singular or plural, in UK digits. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`;
}

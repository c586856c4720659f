/**
 * Text as search compares it: accents removed ("café" → "cafe"), case ignored, ends trimmed. The one
 * rule for every search and filter, so "cafe" finds the same assets in the list and in a coverage
 * question.
 */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();
}

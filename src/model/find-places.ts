import { foldForMatch } from '../lib/fold';
import type { Neighbourhood } from './neighbourhood';

/** A place the search box found: a neighbourhood, or a postcode from the imported postcode table. */
export type FoundPlace =
  { kind: 'neighbourhood'; id: string; name: string; code?: string | undefined; geometry: Neighbourhood['geometry'] } | { kind: 'postcode'; postcode: string; lngLat: readonly [number, number] };

const MAX_PLACES = 5;
/** What a typed postcode looks like once spaces go: "M320AA", or the start of one ("M320"). */
const POSTCODE_START = /^[A-Z]{1,2}\d[A-Z\d]?\d?[A-Z]{0,2}$/;

/** "M320AA" → "M32 0AA": the inward code is always the last three characters. */
export const formatPostcode = (code: string): string => (code.length > 3 ? `${code.slice(0, -3)} ${code.slice(-3)}` : code);

/**
 * Places for what was typed: neighbourhoods whose name has every word (or whose ONS code it is), and
 * postcodes that are, or start with, it (at least the outward code and one more character). Up to
 * five of each, neighbourhoods by name, postcodes in order.
 */
export function findPlaces(text: string, neighbourhoods: readonly Neighbourhood[], postcodes: ReadonlyMap<string, readonly [number, number]> | null): FoundPlace[] {
  const words = foldForMatch(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const typed = text.replace(/\s+/g, '').toUpperCase();
  const areas = neighbourhoods
    .filter((n) => n.code?.toUpperCase() === typed || words.every((w) => foldForMatch(n.name).includes(w)))
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, MAX_PLACES)
    .map((n): FoundPlace => ({ kind: 'neighbourhood', id: n.id, name: n.name, code: n.code, geometry: n.geometry }));
  const found: FoundPlace[] = [];
  if (postcodes && typed.length >= 4 && POSTCODE_START.test(typed)) {
    const exact = postcodes.get(typed);
    if (exact) found.push({ kind: 'postcode', postcode: formatPostcode(typed), lngLat: exact });
    else {
      const starting = [...postcodes.keys()].filter((k) => k.startsWith(typed)).sort();
      for (const code of starting.slice(0, MAX_PLACES)) found.push({ kind: 'postcode', postcode: formatPostcode(code), lngLat: postcodes.get(code) ?? [0, 0] });
    }
  }
  return [...areas, ...found];
}

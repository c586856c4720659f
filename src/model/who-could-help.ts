import type { Asset } from './asset';
import { foldForMatch } from '../lib/fold';
import { msg } from '../lib/i18n/msg';

type PersonList = 'gifts' | 'cares' | 'shares';

/** The words people's records already use, most used first: suggestions as a coordinator types. */
export function personVocabulary(assets: readonly Asset[]): Record<PersonList, string[]> {
  const counts: Record<PersonList, Map<string, number>> = { gifts: new Map(), cares: new Map(), shares: new Map() };
  for (const a of assets) {
    if (!a.person) continue;
    for (const list of ['gifts', 'cares', 'shares'] as const) for (const word of a.person[list]) counts[list].set(word, (counts[list].get(word) ?? 0) + 1);
  }
  const ranked = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([w]) => w);
  return { gifts: ranked(counts.gifts), cares: ranked(counts.cares), shares: ranked(counts.shares) };
}

export interface HelpMatch {
  asset: Asset;
  /** What matched, as the record says it: gift "bike repair", type "walking group" (long activities cut to 60 characters). */
  because: { what: string; value: string }[];
}

/** The words of a record that "who could help?" searches, each with what it is. */
function searchable(asset: Asset): [string, string][] {
  if (asset.category === 'individuals') {
    const p = asset.person;
    if (!p || p.consent.status !== 'given') return [];
    return [
      ...p.gifts.map((g): [string, string] => [msg('gift'), g]),
      ...p.shares.map((s): [string, string] => [msg('would share'), s]),
      ...p.cares.map((c): [string, string] => [msg('cares about'), c]),
      ...(asset.type ? [[msg('skill'), asset.type] as [string, string]] : []),
      ...asset.tags.map((t): [string, string] => [msg('tag'), t]),
    ];
  }
  if (asset.category !== 'associations' && asset.category !== 'cultural') return [];
  return [[msg('type'), asset.type], ...asset.tags.map((t): [string, string] => [msg('tag'), t]), [msg('activity'), asset.description]].filter(([, v]) => v !== '') as [string, string][];
}

/**
 * "Who could help?": people (only those who gave consent) whose gifts, skills or what they would share
 * match the words typed, and groups whose type, tags or activities do. Every word must match
 * somewhere in the record; people first (gifts are what ABCD starts from), then groups, by name.
 */
export function whoCouldHelp(assets: readonly Asset[], text: string, limit = 30): HelpMatch[] {
  const words = foldForMatch(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const matches: HelpMatch[] = [];
  for (const asset of assets) {
    const fields = searchable(asset);
    if (fields.length === 0) continue;
    const folded = fields.map(([what, value]) => [what, value, foldForMatch(value)] as const);
    if (!words.every((w) => folded.some(([, , f]) => f.includes(w)))) continue;
    const because = folded.filter(([, , f]) => words.some((w) => f.includes(w))).map(([what, value]) => ({ what, value: what === 'activity' && value.length > 60 ? `${value.slice(0, 57)}…` : value }));
    matches.push({ asset, because });
  }
  const people = (m: HelpMatch) => (m.asset.category === 'individuals' ? 0 : 1);
  return matches.sort((x, y) => people(x) - people(y) || x.asset.name.localeCompare(y.asset.name)).slice(0, limit);
}

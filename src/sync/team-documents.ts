import { z } from 'zod/mini';
import type { Asset } from '../model/asset';
import type { RecordKind, RecordKinds } from '../model/change';
import { TEAM_SETTING_KEYS, type Settings, type TeamSettings } from '../model/settings';

/** The kinds of record a team shares as documents. Photos travel apart (their own database). */
export const TEAM_KINDS = ['assets', 'neighbourhoods', 'overlays', 'analyses', 'actionGroups', 'meetings', 'actions', 'investments'] as const satisfies readonly RecordKind[];
export type TeamKind = (typeof TEAM_KINDS)[number];

/** The one document that holds the settings a team shares. */
export const TEAM_SETTINGS_ID = 'settings:team';

/** Who wrote a version of a document, and when: shown in history and in a conflict. */
export interface Authorship {
  editedBy: string;
  editedAt: string;
  device: string;
}

/**
 * A team document as it travels: a record of one kind, or a deletion (kept as a document, not a
 * CouchDB tombstone, so "deleted on one tablet, edited on another" is a conflict both sides see).
 */
export type TeamDoc = Authorship & { _id: string; _rev?: string } & (
    { kind: TeamKind; record: unknown; deleted?: undefined } | { kind: TeamKind; deleted: true; record?: undefined } | { kind: 'settings'; settings: TeamSettings }
  );

export const docIdOf = (kind: TeamKind, id: string): string => `${kind}:${id}`;

/** The kind and record id a document id names, or null when it is not one of ours. */
export function parseDocId(docId: string): { kind: TeamKind; id: string } | null {
  const colon = docId.indexOf(':');
  const kind = docId.slice(0, colon);
  const id = docId.slice(colon + 1);
  return colon > 0 && (TEAM_KINDS as readonly string[]).includes(kind) && id.length > 0 ? { kind: kind as TeamKind, id } : null;
}

/**
 * A record as the team sees it. An asset's neighbourhoods are left out: each tablet derives them
 * from the boundaries it holds, so two tablets never write the same derived change twice.
 */
export function teamRecord<K extends TeamKind>(kind: K, record: RecordKinds[K]): unknown {
  if (kind !== 'assets') return record;
  const rest: Partial<Asset> = { ...(record as Asset) };
  delete rest.neighbourhoodIds;
  return rest;
}

/** Whether a person's record may go to the team: the team shares people, and they agreed to it. */
export function mayShare(asset: Asset, settings: Pick<Settings, 'sharePeopleWithTeam'>): boolean {
  if (asset.category !== 'individuals') return true;
  return settings.sharePeopleWithTeam && asset.person?.consent.status === 'given' && asset.person.consent.sharedWithTeam === true;
}

export function teamSettingsOf(settings: Settings): TeamSettings {
  return Object.fromEntries(TEAM_SETTING_KEYS.map((key) => [key, settings[key]])) as TeamSettings;
}

export const AuthorshipSchema = z.object({
  editedBy: z.string().check(z.minLength(1), z.maxLength(100)),
  editedAt: z.iso.datetime({ offset: true }),
  device: z.string().check(z.minLength(1), z.maxLength(64)),
});

import { signal, type Signal } from '@preact/signals';
import type { Authorship } from './team-documents';

/** Where this device's sharing with its team stands, as the top bar says it. */
export type TeamStatus =
  | { kind: 'off' }
  | { kind: 'starting' }
  | { kind: 'synced'; at: string }
  | { kind: 'syncing'; done: number; total: number }
  | { kind: 'offline'; waiting: number }
  | { kind: 'unreachable'; waiting: number }
  | { kind: 'signed-out' }
  | { kind: 'no-access'; team: string };

/** A document with more than one current version: both are kept until someone chooses. */
export interface ConflictEntry {
  docId: string;
  name: string;
}

/** A team document that failed the checks: listed, never written. */
export interface RejectedDoc {
  docId: string;
  reason: string;
}

export interface TeamState {
  status: Signal<TeamStatus>;
  conflicts: Signal<readonly ConflictEntry[]>;
  rejected: Signal<readonly RejectedDoc[]>;
  /** Who last wrote each record the team holds, by record id ("Edited by Amina, 10:42"). */
  authors: Signal<ReadonlyMap<string, Authorship>>;
}

export const teamState: TeamState = {
  status: signal<TeamStatus>({ kind: 'off' }),
  conflicts: signal<readonly ConflictEntry[]>([]),
  rejected: signal<readonly RejectedDoc[]>([]),
  authors: signal<ReadonlyMap<string, Authorship>>(new Map()),
};

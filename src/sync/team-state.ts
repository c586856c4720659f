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

const count = (n: number) => n.toLocaleString('en-GB');

/** How long ago, in words: "just now", "2 min ago", "3 h ago", "on 28 Nov". */
export function agoText(at: string, now: Date): string {
  const seconds = Math.max(0, (now.getTime() - new Date(at).getTime()) / 1000);
  if (seconds < 45) return 'just now';
  if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} min ago`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)} h ago`;
  return `on ${new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })}`;
}

/** Who wrote a version and when: "Amina, 10:42" today, "Amina, 28 Nov 10:42" before. */
export function editedText(author: Authorship, now: Date): string {
  const at = new Date(author.editedAt);
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const day = at.toDateString() === now.toDateString() ? '' : `${at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })} `;
  return `${author.editedBy}, ${day}${time}`;
}

/** The status as the top bar says it; empty when the device is not in a team. */
export function statusText(status: TeamStatus, now: Date): string {
  switch (status.kind) {
    case 'off':
      return '';
    case 'starting':
      return 'Connecting to the team…';
    case 'synced':
      return `Synced ${agoText(status.at, now)}`;
    case 'syncing':
      return `Syncing ${count(status.done)} of ${count(status.total)}`;
    case 'offline':
      return status.waiting > 0 ? `Offline — ${count(status.waiting)} change${status.waiting === 1 ? '' : 's'} waiting` : 'Offline — nothing waiting';
    case 'unreachable':
      return `Can't reach the team server — will keep trying${status.waiting > 0 ? ` (${count(status.waiting)} waiting)` : ''}`;
    case 'signed-out':
      return 'Signed out — sign in to sync';
    case 'no-access':
      return `Your account cannot open team ${status.team}`;
  }
}

import { err, ok, refuse, type Result } from '../lib/result';
import { newId } from '../lib/id';
import { TeamConfigSchema, type TeamConfig } from '../model/settings';
import { emptyRecords, type RecordKinds } from '../model/change';
import { issueProblems } from '../model/problems';
import { validateRecord } from '../store/records';
import { checkTeamAccess, signIn, signOut } from '../sync/team-account';
import { teamDatabaseName } from '../sync/team-name';
import { teamState } from '../sync/team-state';
import type { Incoming } from '../sync/incoming';
import { parseDocId, type TeamKind } from '../sync/team-documents';
import type { TeamSync } from '../sync/team-sync';
import { workspace } from './workspace';
import { CHANGE_LABELS } from '../model/change-labels';
import { msg } from '../lib/i18n/msg';

export { teamState };
export { type TeamStatus, type ConflictEntry } from '../sync/team-state';
export type { Authorship } from '../sync/team-documents';

let sync: TeamSync | null = null;

/** PouchDB is loaded only by devices in a team, so working alone never downloads it. */
async function startSync(config: TeamConfig, options: { addMine?: boolean } = {}): Promise<void> {
  const { TeamSync } = await import('../sync/team-sync');
  sync?.stop();
  sync = new TeamSync(workspace, config, teamState);
  followNetwork();
  await sync.start(options);
}

let followingNetwork = false;

/**
 * Back in signal, sync starts again at once rather than when PouchDB's back-off next tries (up to
 * 30 s); out of signal, the status says so. Listened to once, whether the tablet joined now or at start-up.
 */
function followNetwork(): void {
  if (followingNetwork) return;
  followingNetwork = true;
  window.addEventListener('online', () => sync?.restart());
  window.addEventListener('offline', () => {
    if (sync && teamState.status.value.kind !== 'signed-out') teamState.status.value = { kind: 'offline', waiting: 0 };
    sync?.restart();
  });
}

/** At start-up: a device in a team resumes sharing (its session cookie is its sign-in). */
export async function resumeTeamSharing(): Promise<void> {
  const config = workspace.state.settings.value.team;
  if (config) await startSync(config);
}

export interface JoinRequest {
  server: string;
  team: string;
  user: string;
  password: string;
  /** How records already on this device meet the team's; asked when there are some. */
  start?: 'add-mine' | 'from-team';
}

const hasRecords = () => workspace.state.assets.value.length > 0 || workspace.state.neighbourhoods.value.length > 0 || workspace.state.overlays.value.length > 0;

/**
 * "Join team": signs in (the password goes to the server only), checks the account can open the
 * team, and starts sharing. With records on the device and no choice yet, answers 'ask'.
 */
export async function joinTeam(request: JoinRequest): Promise<Result<'joined' | 'ask'>> {
  const config = TeamConfigSchema.safeParse({ server: request.server.trim(), team: request.team, database: teamDatabaseName(request.team), user: request.user, device: newId(), syncPhotos: true });
  if (!config.success) return err(issueProblems(config.error));
  if (!request.password) return refuse(msg('Give your password.'), { field: 'password' });
  const signedIn = await signIn(config.data.server, config.data.user, request.password);
  if (!signedIn.ok) return signedIn;
  const access = await checkTeamAccess(config.data.server, config.data.database, config.data.team);
  if (!access.ok) return access;
  if (hasRecords() && !request.start) return ok('ask');
  if (request.start === 'from-team') {
    const cleared = await workspace.replaceAll(emptyRecords());
    if (!cleared.ok) return refuse(cleared.error.message);
  }
  const saved = await workspace.updateSettings({ team: config.data });
  if (!saved.ok) return refuse(saved.error.message);
  await startSync(config.data, { addMine: request.start === 'add-mine' });
  return ok('joined');
}

/** Signs in again after the session ended ("Signed out — sign in to sync"). */
export async function signInAgain(password: string): Promise<Result<void>> {
  const config = workspace.state.settings.value.team;
  if (!config) return refuse(msg('This device is not in a team.'));
  const signedIn = await signIn(config.server, config.user, password);
  if (!signedIn.ok) return signedIn;
  const access = await checkTeamAccess(config.server, config.database, config.team);
  if (!access.ok) return access;
  await startSync(config);
  return ok(undefined);
}

/** "Leave team": ends the session and sharing; with `removeData`, the team's records leave this device too. */
export async function leaveTeam(removeData: boolean): Promise<Result<void>> {
  const config = workspace.state.settings.value.team;
  if (!config) return ok(undefined);
  await sync?.forget();
  sync = null;
  await signOut(config.server);
  teamState.status.value = { kind: 'off' };
  const saved = await workspace.updateSettings({ team: undefined });
  if (!saved.ok) return refuse(saved.error.message);
  if (removeData) {
    const cleared = await workspace.replaceAll(emptyRecords());
    if (!cleared.ok) return refuse(cleared.error.message);
  }
  return ok(undefined);
}

/** A team setting: whether records about people (with consent to it) are shared. */
export async function setSharePeople(on: boolean): Promise<void> {
  await workspace.updateSettings({ sharePeopleWithTeam: on });
  // Turning it on sends the people who agreed; turning it off withdraws them from the team.
  const people = workspace.state.assets.value.filter((a) => a.category === 'individuals');
  if (people.length > 0) sync?.resend({ label: CHANGE_LABELS.sharePeople, assets: { put: people } });
}

/** This tablet's "Sync photos" switch: photos follow the records on their own replication, or stay here. */
export async function setSyncPhotos(on: boolean): Promise<void> {
  const config = workspace.state.settings.value.team;
  if (!config) return;
  const next = { ...config, syncPhotos: on };
  await workspace.updateSettings({ team: next });
  if (teamState.status.value.kind !== 'signed-out') await startSync(next);
}

export type ConflictVersion = { rev: string; incoming: Incoming | null; reason?: string };

/** Both (or all) versions of a conflicting record, for the review. */
export async function conflictVersions(docId: string): Promise<ConflictVersion[]> {
  return sync ? sync.versions(docId) : [];
}

/** This device's id in its team, so the review can say which version is "mine". */
export const myDevice = (): string | null => workspace.state.settings.value.team?.device ?? null;

/** Ends a conflict with the chosen record (checked like any write) or the deletion. */
export async function resolveConflict(docId: string, chosen: { record: unknown } | { deleted: true }): Promise<Result<void>> {
  if (!sync) return refuse(msg('This device is not sharing with a team.'));
  const named = parseDocId(docId);
  if (!named) return refuse(msg('That is not a record.'));
  if ('deleted' in chosen) {
    await sync.resolve(docId, chosen);
    return ok(undefined);
  }
  const checked = validateRecord(named.kind, chosen.record);
  if (!checked.ok) return checked;
  await sync.resolve(docId, { record: checked.value as RecordKinds[TeamKind] });
  return ok(undefined);
}

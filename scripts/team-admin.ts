/**
 * `npm run team`: sets up teams on a CouchDB-protocol server over its HTTP API, so it works the
 * same against Apache CouchDB 3 and against `npm run sync-server`. One database per team; its
 * members are the only accounts that can read or write it.
 *
 *   ATLAS_SYNC_ADMIN=admin ATLAS_SYNC_ADMIN_PASSWORD=… npm run team -- --server http://127.0.0.1:5984 \
 *     add-user amina            (the new account's password is read from ATLAS_USER_PASSWORD)
 *   … npm run team -- --server … create-team "Canal Side" --member amina --member bob
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { photoDatabaseName, teamDatabaseName } from '../src/sync/team-name';

export interface Admin {
  server: string;
  name: string;
  password: string;
}

function headers(admin: Admin): Record<string, string> {
  return { Authorization: `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`, 'Content-Type': 'application/json' };
}

async function send(admin: Admin, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${admin.server.replace(/\/$/, '')}${path}`, { method, headers: headers(admin), ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const answer: unknown = await response.json();
  if (!response.ok && !(response.status === 412 && method === 'PUT')) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

/** Adds an account (or sets its password). */
export async function addUser(admin: Admin, name: string, password: string): Promise<void> {
  const id = `org.couchdb.user:${name}`;
  const existing = (await fetch(`${admin.server}/_users/${encodeURIComponent(id)}`, { headers: headers(admin) }).then((r) => (r.ok ? r.json() : null))) as { _rev?: string } | null;
  await send(admin, 'PUT', `/_users/${encodeURIComponent(id)}`, { _id: id, ...(existing?._rev ? { _rev: existing._rev } : {}), name, password, roles: [], type: 'user' });
}

/**
 * Creates a team's databases (if missing) — its records', and its photos' beside it — and sets
 * their members; returns the records' database name.
 */
export async function createTeam(admin: Admin, team: string, members: readonly string[]): Promise<string> {
  const database = teamDatabaseName(team);
  for (const name of [database, photoDatabaseName(database)]) {
    await send(admin, 'PUT', `/${name}`);
    await send(admin, 'PUT', `/${name}/_security`, { admins: { names: [], roles: [] }, members: { names: members, roles: [] } });
  }
  return database;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { server: { type: 'string', default: 'http://127.0.0.1:5984' }, member: { type: 'string', multiple: true, default: [] } },
  });
  const name = process.env.ATLAS_SYNC_ADMIN;
  const password = process.env.ATLAS_SYNC_ADMIN_PASSWORD;
  const [command, subject] = positionals;
  if (!name || !password || !subject) {
    console.error('Usage: ATLAS_SYNC_ADMIN=… ATLAS_SYNC_ADMIN_PASSWORD=… npm run team -- [--server URL] add-user NAME | create-team "TEAM" --member NAME…');
    process.exit(1);
  }
  const admin = { server: values.server, name, password };
  if (command === 'add-user') {
    const userPassword = process.env.ATLAS_USER_PASSWORD;
    if (!userPassword) throw new Error('Set ATLAS_USER_PASSWORD to the new account’s password.');
    await addUser(admin, subject, userPassword);
    console.log(`Account ${subject} is ready.`);
  } else if (command === 'create-team') {
    console.log(`Team "${subject}" is database ${await createTeam(admin, subject, values.member)}, members: ${values.member.join(', ') || 'none yet'}.`);
  } else {
    console.error(`Unknown command ${command ?? ''}`);
    process.exit(1);
  }
}

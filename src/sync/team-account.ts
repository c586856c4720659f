import { ok, refuse, type Result } from '../lib/result';
import { fill, msg } from '../lib/i18n/msg';

/**
 * Signing in to a team's CouchDB-protocol server and checking the team's database, in the words a
 * coordinator reads. The server's own reasons are never shown (they can name its internals); the
 * status code decides the sentence.
 */

const trimServer = (server: string) => server.replace(/\/+$/, '');

async function call(url: string, init: RequestInit): Promise<Response | null> {
  try {
    return await fetch(url, { ...init, credentials: 'include', headers: { Accept: 'application/json', 'Content-Type': 'application/json' } });
  } catch {
    return null;
  }
}

const unreachable = (server: string) => refuse(fill(msg('Can’t reach the team server at {server}. Check the address, and that this tablet has signal.'), { server }));

/** Starts a session (the server sets its cookie); the password goes no further than this request. */
export async function signIn(server: string, user: string, password: string): Promise<Result<void>> {
  const response = await call(`${trimServer(server)}/_session`, { method: 'POST', body: JSON.stringify({ name: user, password }) });
  if (!response) return unreachable(server);
  if (response.status === 401) return refuse(msg('Wrong username or password.'), { field: 'password' });
  if (!response.ok) return refuse(fill(msg('The team server refused to sign you in (status {status}).'), { status: response.status }));
  return ok(undefined);
}

/** Ends the session on the server (its cookie is cleared); a failure is no reason to stay signed in here. */
export async function signOut(server: string): Promise<void> {
  await call(`${trimServer(server)}/_session`, { method: 'DELETE' });
}

/** Whether the signed-in account can open the team's database. */
export async function checkTeamAccess(server: string, database: string, team: string): Promise<Result<void>> {
  const response = await call(`${trimServer(server)}/${encodeURIComponent(database)}`, { method: 'GET' });
  if (!response) return unreachable(server);
  if (response.status === 401 || response.status === 403) return refuse(fill(msg('Your account cannot open team {team}.'), { team }));
  if (response.status === 404) return refuse(fill(msg('There is no team {team} on this server. Check its name with whoever runs the server.'), { team }));
  if (!response.ok) return refuse(fill(msg('The team server could not open team {team} (status {status}).'), { team, status: response.status }));
  return ok(undefined);
}

export const teamDatabaseUrl = (server: string, database: string) => `${trimServer(server)}/${encodeURIComponent(database)}`;

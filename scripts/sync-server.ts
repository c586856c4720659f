/**
 * `npm run sync-server`: a CouchDB-protocol server for development and tests (express-pouchdb over
 * PouchDB with LevelDB files), so a team can share a workspace without installing Apache CouchDB.
 * A council runs Apache CouchDB 3 for real (README, "Team sharing"); the app speaks the same
 * protocol to both.
 *
 *   ATLAS_SYNC_ADMIN=admin ATLAS_SYNC_ADMIN_PASSWORD=… npm run sync-server -- --data ./team-data \
 *     --port 5984 --origin http://127.0.0.1:4173
 *
 * Never an "admin party": it refuses to start without admin credentials, and what CouchDB 3 guards
 * by default is guarded here too — only the admin creates databases, sets their members or adds
 * accounts. Options: --data (folder, required), --port (5984), --host (127.0.0.1), --origin (may
 * repeat: the app's address, allowed by CORS with cookies), --session-seconds (600), --log (print
 * one line per request, which the tests read to see where a replication resumed).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { IncomingMessage, ServerResponse } from 'node:http';
import PouchDB from 'pouchdb-node';
import expressPouchDB from 'express-pouchdb';

interface ServerOptions {
  data: string;
  port: number;
  host: string;
  origins: readonly string[];
  sessionSeconds: number;
  log: boolean;
  admin: { name: string; password: string };
}

type Next = (error?: unknown) => void;
type Handler = (req: IncomingMessage & { path?: string }, res: ServerResponse, next: Next) => void;
interface ExpressPouch {
  (req: IncomingMessage, res: ServerResponse, next: Next): void;
  use(handler: Handler): void;
  listen(port: number, host: string, ready: () => void): { close(done?: () => void): void; on(event: 'error', fn: (e: Error) => void): void };
}

function readOptions(): ServerOptions {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string', default: '5984' },
      host: { type: 'string', default: '127.0.0.1' },
      origin: { type: 'string', multiple: true, default: [] },
      'session-seconds': { type: 'string', default: '600' },
      log: { type: 'boolean', default: false },
    },
  });
  const name = process.env.ATLAS_SYNC_ADMIN;
  const password = process.env.ATLAS_SYNC_ADMIN_PASSWORD;
  if (!values.data) throw new Error('Give the folder for the databases: --data ./team-data');
  if (!name || !password) throw new Error('Set ATLAS_SYNC_ADMIN and ATLAS_SYNC_ADMIN_PASSWORD: this server never runs without an admin.');
  return {
    data: resolve(values.data),
    port: Number(values.port),
    host: values.host,
    origins: values.origin,
    sessionSeconds: Number(values['session-seconds']),
    log: values.log,
    admin: { name, password },
  };
}

/** Basic credentials of the request, if it carries them. */
function basicCredentials(req: IncomingMessage): { name: string; password: string } | null {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return null;
  const text = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? null : { name: text.slice(0, colon), password: text.slice(colon + 1) };
}

/**
 * What only the admin may do, as in CouchDB 3: create or delete a database, set its members, and
 * touch the accounts database. express-pouchdb would let anyone create a database, and anyone
 * sign up an account, so this is checked before it sees the request.
 */
function adminOnly(admin: ServerOptions['admin']): Handler {
  return (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const segments = path.split('/').filter(Boolean);
    const method = req.method ?? 'GET';
    const databaseWrite = segments.length === 1 && !segments[0]?.startsWith('_') && (method === 'PUT' || method === 'DELETE');
    const security = segments[1] === '_security' && method !== 'GET';
    const accounts = segments[0] === '_users' || segments[0] === '_replicator' || segments[0] === '_config';
    if (!databaseWrite && !security && !accounts) return next();
    const given = basicCredentials(req);
    if (given && given.name === admin.name && given.password === admin.password) return next();
    res.statusCode = 403;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ error: 'forbidden', reason: 'Only the server admin can do that.' }));
  };
}

/** CORS for the app's own address(es), with cookies, so a session cookie works from the app. */
function cors(origins: readonly string[]): Handler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && origins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, DELETE, HEAD, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', 'Accept, Content-Type, Authorization, X-Requested-With');
        res.setHeader('Access-Control-Max-Age', '600');
        res.statusCode = 204;
        res.end();
        return;
      }
    }
    next();
  };
}

function requestLog(): Handler {
  return (req, _res, next) => {
    console.log(`request ${req.method ?? 'GET'} ${req.url ?? '/'}`);
    next();
  };
}

/**
 * Writes the server's configuration before express-pouchdb reads it: the admin (whose password
 * express-pouchdb hashes in the file as soon as it starts), the session lifetime, and the secret
 * that signs session cookies. The secret is kept from one start to the next, as CouchDB keeps its
 * own: a new one at each start would sign every tablet out whenever the server restarts. (Setting
 * these through express-pouchdb's config API after start races its own first save of the file.)
 */
function writeServerConfig(options: ServerOptions): void {
  const file = join(options.data, 'config.json');
  const current = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Record<string, Record<string, unknown> | undefined>;
  const auth = current.couch_httpd_auth ?? {};
  const config = {
    ...current,
    admins: { ...(current.admins ?? {}), [options.admin.name]: options.admin.password },
    couch_httpd_auth: { ...auth, timeout: options.sessionSeconds, secret: typeof auth.secret === 'string' ? auth.secret : randomBytes(32).toString('hex') },
  };
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
}

/** Starts the server; resolves once it listens. */
export async function startSyncServer(options: ServerOptions): Promise<{ close(): Promise<void> }> {
  mkdirSync(options.data, { recursive: true });
  writeServerConfig(options);
  const TeamPouch = PouchDB.defaults({ prefix: `${options.data}${sep}` });
  const couch = expressPouchDB(TeamPouch, {
    configPath: join(options.data, 'config.json'),
    logPath: join(options.data, 'log.txt'),
    mode: 'fullCouchDB',
    overrideMode: { exclude: ['routes/fauxton'] },
  }) as unknown as ExpressPouch;
  const guards: Handler[] = [...(options.log ? [requestLog()] : []), cors(options.origins), adminOnly(options.admin)];
  const server = (await import('node:http')).createServer((req, res) => {
    let at = 0;
    const next: Next = (error) => {
      if (error) {
        res.statusCode = 500;
        res.end();
        return;
      }
      const guard = guards[at++];
      if (guard) guard(req, res, next);
      else couch(req, res, () => res.end());
    };
    next();
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => ready());
  });
  console.log(`Team server (CouchDB protocol) on http://${options.host}:${options.port}, data in ${options.data}`);
  return {
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        // Tablets hold long-poll requests open (the live changes feed): end them, or close waits for them.
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    const options = readOptions();
    const server = await startSyncServer(options);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { addUser, createTeam, type Admin } from '../../scripts/team-admin';

const ADMIN = { name: 'atlas-admin', password: 'test-admin-password' };

/** A free loopback port, asked of the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The real team server (`npm run sync-server`) as the tests run it: a child process on a free
 * loopback port, data in a temporary folder, admin credentials from the environment. It can be
 * stopped and started again on the same port and data, as a server restart is.
 */
export class TeamServer {
  readonly url: string;
  readonly admin: Admin;
  /** Every request line the server logged, in order (`request GET /db/_changes?since=…`). */
  readonly requests: string[] = [];
  private child: ChildProcess | null = null;

  private constructor(
    readonly port: number,
    private readonly data: string,
    private readonly appOrigin: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    this.admin = { server: this.url, ...ADMIN };
  }

  static async start(appOrigin: string): Promise<TeamServer> {
    const server = new TeamServer(await freePort(), mkdtempSync(join(tmpdir(), 'atlas-team-')), appOrigin);
    await server.run();
    return server;
  }

  /** Starts the process and resolves when it listens. */
  async run(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/sync-server.ts', '--data', this.data, '--port', String(this.port), '--origin', this.appOrigin, '--log'], {
      env: { ...process.env, ATLAS_SYNC_ADMIN: ADMIN.name, ATLAS_SYNC_ADMIN_PASSWORD: ADMIN.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n')) {
          if (line.startsWith('request ')) this.requests.push(line);
          if (line.startsWith('Team server')) resolve();
        }
      });
      child.once('exit', (code) => reject(new Error(`The team server stopped (${code}): ${errors}`)));
    });
  }

  /** Starts it again if a test left it stopped (so one failure does not fail the tests after it). */
  async ensureRunning(): Promise<void> {
    if (!this.child) await this.run();
  }

  /** Stops the process, as a crash or a restart would (the data stays). */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
    this.child = null;
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.data, { recursive: true, force: true });
  }

  /** A team with its members, each with a password equal to their name + "-pw". */
  async team(name: string, members: readonly string[]): Promise<string> {
    for (const member of members) await addUser(this.admin, member, `${member}-pw`);
    return createTeam(this.admin, name, members);
  }

  /** Writes documents straight into a team's database, as the admin (a teammate's tablet, or an attacker). */
  async put(database: string, docs: readonly Record<string, unknown>[]): Promise<void> {
    const response = await fetch(`${this.url}/${database}/_bulk_docs`, {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ docs }),
    });
    expect(response.status).toBe(201);
  }
}

/** Opens Settings → Team and joins, as a coordinator would. */
export async function joinTeam(page: Page, server: TeamServer, team: string, user: string, password = `${user}-pw`, openSettings = true): Promise<void> {
  if (openSettings) await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Server address').fill(server.url);
  await settings.getByRole('textbox', { name: 'Team', exact: true }).fill(team);
  await settings.getByLabel('Username').fill(user);
  await settings.getByLabel('Password').fill(password);
  await settings.getByRole('button', { name: 'Join team' }).click();
}

/** The top bar's team status text. */
export const teamStatus = (page: Page) => page.getByRole('status', { name: 'Team sync' });

/**
 * Helpers for the operations and fault tests: hubs started on a given database (in this process
 * or as a child process that can be killed), free loopback ports, a Redis the test owns, and
 * GraphQL over HTTP by URL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../src/app/logger.js';
import { openDatabase } from '../src/app/orm.js';
import { type RunningServer, startServer } from '../src/app/server.js';
import { type Config, DEFAULT_LIMITS } from '../src/config.js';
import { DEMO_PASSWORD } from '../src/seeders/demo.js';
import { type Answer, type GraphQLResult, TRUSTED_MANIFEST } from './harness.js';

export const serverDir = path.resolve(import.meta.dirname, '..');

/** A hub's settings for tests on the given database (documents under `dataDir`). */
export function hubConfig(database: Config['database'], dataDir: string, extra: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    database,
    redisUrl: undefined,
    sessionSecret: 'test-secret-not-for-production',
    seedDemo: false,
    secureCookies: false,
    clientDir: path.join(os.tmpdir(), 'no-client-here'),
    publicUrl: 'http://localhost:4000',
    logLevel: 'error',
    uploadLimitBytes: 1024 * 1024,
    jobsIntervalMs: 0,
    documentStorage: { kind: 'local', root: path.join(dataDir, 'documents') },
    production: false,
    limits: { ...DEFAULT_LIMITS },
    trustedDocuments: { enforce: false, allowAdmins: false, manifestPath: TRUSTED_MANIFEST },
    metricsToken: undefined,
    ...extra,
  };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A hub in this process on an existing database (migrated, not seeded). */
export async function startHubOn(config: Config): Promise<{ url: string; server: RunningServer; close(): Promise<void> }> {
  const { orm } = await openDatabase(config.database);
  const server = await startServer(config, orm, createLogger('error'));
  return {
    url: server.url.replace('localhost', '127.0.0.1'),
    server,
    close: async () => {
      await server.close();
      await new Promise((r) => server.httpServer.close(r));
      await orm.close(true);
    },
  };
}

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Waits for a child process to exit (at once when it has). */
export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

export interface HubProcess {
  child: ChildProcess;
  /** Resolves with the hub's URL once it listens. */
  ready: Promise<string>;
  /** A standby hub (`standby: true`): open the database and listen now. */
  start(): void;
  output: () => string;
}

/**
 * A hub in a child process (test/hub-process.ts) on the given settings. With `standby`, it loads
 * its code and waits for start() (a replacement kept warm for a hub a test is about to kill).
 */
const launched = new Set<ChildProcess>();

/** Kills (SIGKILL) every hub process a test launched that still runs: for afterAll. */
export async function killLaunchedHubs(): Promise<void> {
  for (const child of launched) {
    if (child.exitCode === null && child.signalCode === null) {
      const done = exited(child);
      child.kill('SIGKILL');
      await done;
    }
  }
  launched.clear();
}

export function launchHub(config: Config, options: { standby?: boolean } = {}): HubProcess {
  const child = spawn(process.execPath, ['--conditions=source', '--import', '@swc-node/register/esm-register', 'test/hub-process.ts'], {
    cwd: serverDir,
    env: { ...process.env, HUB_CONFIG: JSON.stringify(config), HUB_KEEP_PORT: '1', ...(options.standby ? { HUB_STANDBY: '1' } : {}) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  launched.add(child);
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code, signal) => reject(new Error(`the hub process exited (${code ?? signal}): ${err}`)));
  });
  ready.catch(() => undefined);
  return { child, ready, start: () => child.stdin.write('GO\n'), output: () => `${out}\n${err}` };
}

/** A hub in a child process; resolves once it listens. */
export async function spawnHub(config: Config): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const hub = launchHub(config);
  return { url: await hub.ready, child: hub.child, output: hub.output };
}

/** Stops a child hub if it still runs (SIGTERM, then SIGKILL when it does not stop). */
export async function stopHub(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 8_000);
  await done;
  clearTimeout(force);
}

/** A redis-server of the test's own on a free loopback port, without persistence. */
export async function startRedis(port?: number): Promise<{ url: string; port: number; process: ChildProcess; stop(): Promise<void> }> {
  const p = port ?? (await freePort());
  const child = spawn('redis-server', ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
    child.once('error', reject);
  });
  return {
    url: `redis://127.0.0.1:${p}`,
    port: p,
    process: child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const done = exited(child);
      child.kill('SIGKILL');
      await done;
    },
  };
}

export async function signInAt(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, variables: { e: email, p: DEMO_PASSWORD } }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed on ${url}: ${await res.text()}`);
  return cookie;
}

export async function gqlAt<T = Answer>(url: string, cookie: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResult<T>;
}

/** An operation that must succeed: its data. */
export async function okAt<T = Answer>(url: string, cookie: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gqlAt<T>(url, cookie, query, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/**
 * A scratch database (SQLite file or PostgreSQL database, as the harness chooses) migrated and
 * seeded with the demo data, closed again: for hubs that run in child processes.
 */
export async function preparedDatabase(): Promise<{ database: Config['database']; dataDir: string; drop(): Promise<void> }> {
  const { scratchDatabase } = await import('./harness.js');
  const { ensureReferenceData } = await import('../src/seeders/reference-data.js');
  const { HAND_WRITTEN_FOR, seedDemo } = await import('../src/seeders/demo.js');
  const scratch = await scratchDatabase();
  const { orm } = await openDatabase(scratch.database);
  const em = orm.em.fork();
  await ensureReferenceData(em);
  await seedDemo(em, { volume: false, handWrittenDatesFor: HAND_WRITTEN_FOR });
  await orm.close(true);
  const dataDir = tempDir('ph-fault-data-');
  return {
    database: scratch.database,
    dataDir,
    drop: async () => {
      await scratch.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Rows of a SQL query straight on the database (not through a hub): `?` placeholders on both. */
export async function queryDatabase<T = Record<string, unknown>>(database: Config['database'], sql: string, params: unknown[] = []): Promise<T[]> {
  if (database.kind === 'sqlite') {
    const { default: Database } = await import('libsql');
    const db = new Database(database.sqlitePath!);
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    let n = 0;
    return (
      await client.query(
        sql.replace(/\?/g, () => `$${++n}`),
        params,
      )
    ).rows as T[];
  } finally {
    await client.end();
  }
}

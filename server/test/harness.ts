/**
 * Test harness: a real hub (HTTP + WebSocket) on a fresh database per test file.
 * SQLite by default; PostgreSQL when TEST_DATABASE=postgresql (a scratch database on DATABASE_URL's server).
 */
import 'reflect-metadata';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import { createLogger, type Logger } from '../src/app/logger.js';
import { openDatabase, type StatementCounter } from '../src/app/orm.js';
import { type RunningServer, startServer } from '../src/app/server.js';
import { type ApiLimits, type Config, DEFAULT_LIMITS } from '../src/config.js';
import { DEMO_PASSWORD, HAND_WRITTEN_FOR, seedDemo } from '../src/seeders/demo.js';
import { ensureReferenceData } from '../src/seeders/reference-data.js';

export const usePostgres = process.env.TEST_DATABASE === 'postgresql';

/** The web client's registered operations (codegen's persisted documents): hash -> text. */
export const TRUSTED_MANIFEST = path.join(import.meta.dirname, '../../client/src/gql/persisted-documents.json');
export function trustedDocuments(): Record<string, string> {
  return JSON.parse(readFileSync(TRUSTED_MANIFEST, 'utf8')) as Record<string, string>;
}

/** The manifest's id ("sha256:<hex>") of the client's operation with this name. */
export function trustedDocumentId(operationName: string): string {
  const found = Object.entries(trustedDocuments()).find(([, text]) => new RegExp(`(?:^|\\s)(?:query|mutation|subscription) ${operationName}\\b`).test(text));
  if (!found) throw new Error(`No registered operation named ${operationName}`);
  return found[0];
}

export async function scratchDatabase(): Promise<{ database: Config['database']; drop: () => Promise<void> }> {
  if (!usePostgres) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ph-test-'));
    return { database: { kind: 'sqlite', url: '', sqlitePath: path.join(dir, 'hub.sqlite') }, drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })) };
  }
  const base = process.env.DATABASE_URL;
  if (!base?.startsWith('postgres')) throw new Error('TEST_DATABASE=postgresql needs DATABASE_URL');
  const name = `ph_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    database: { kind: 'postgresql', url: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * A GraphQL answer as a test reads it, untyped: the test's own query fixes its shape, and the test's
 * assertions check it. The tests' one `any` (eslint.config.js turns the no-unsafe-* rules off for test
 * files for this reason); a test that wants its answer typed passes the type (`agent.ok<{ ... }>(...)`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Answer = Record<string, any>;

export interface GraphQLResult<T = Answer> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** A browser-like client: keeps the session cookie it is given. */
export class Agent {
  cookie: string | undefined;
  lastResponse: Response | undefined;

  constructor(
    readonly hub: TestHub,
    readonly ip = '127.0.0.1',
  ) {}

  async gql<T = Answer>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    return this.request<T>({ query, variables });
  }

  /** Posts any GraphQL-over-HTTP body (a document by hash, say) with the session cookie. */
  async request<T = Answer>(body: Record<string, unknown>): Promise<GraphQLResult<T>> {
    const res = await fetch(`${this.hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), 'x-forwarded-for': this.ip },
      body: JSON.stringify(body),
    });
    this.lastResponse = res;
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    return (await res.json()) as GraphQLResult<T>;
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Answer>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<this> {
    if (this.hub.config.trustedDocuments.enforce) {
      // As the built web app does: the registered SignIn operation, by its hash.
      const result = await this.request({ documentId: trustedDocumentId('SignIn'), variables: { email, password } });
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return this;
    }
    await this.ok(`mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`, { email, password });
    return this;
  }
}

export interface TestHub {
  url: string;
  server: RunningServer;
  orm: MikroORM;
  statements: StatementCounter;
  config: Config;
  agent(ip?: string): Agent;
  as(email: string): Promise<Agent>;
  close(): Promise<void>;
}

/** Starts a hub on a scratch database with the hand-written demo data (only reference data with `demo: false`, the year's volume too with `demo: 'volume'`). */
export async function startTestHub(
  options: {
    /** The demo data (default), none (false), or the demo with the year's volume ('volume'). */
    demo?: boolean | 'volume';
    /** Settings other than the test defaults, spread last (e.g. `oidc`). */
    config?: Partial<Config>;
    redisUrl?: string;
    shareDatabaseWith?: TestHub;
    uploadLimitBytes?: number;
    documentStorage?: Config['documentStorage'];
    /** API and WebSocket limits other than the defaults (test/limits.test.ts). */
    limits?: Partial<ApiLimits>;
    /** Production behaviour: trusted documents enforced, introspection for admins only. */
    production?: boolean;
    /** Trusted documents enforced (default: as `production`). */
    trustedDocuments?: boolean;
    allowAdminDocuments?: boolean;
    /** Run the scheduled jobs on this interval (default: never; tests call them). */
    jobsIntervalMs?: number;
    metricsToken?: string;
    logger?: Logger;
  } = {},
): Promise<TestHub> {
  // A second server process on the same database (the first one owns and drops it).
  const { database, drop } = options.shareDatabaseWith ? { database: options.shareDatabaseWith.config.database, drop: async () => {} } : await scratchDatabase();
  const { orm, statements } = await openDatabase(database);
  const em = orm.em.fork();
  if (!options.shareDatabaseWith) {
    await ensureReferenceData(em);
    // The hand-written demo is the tests' fixture, dated as written; the year's volume only when asked for.
    if (options.demo !== false) await seedDemo(em, { volume: options.demo === 'volume', handWrittenDatesFor: HAND_WRITTEN_FOR });
  }
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    dataDir: os.tmpdir(),
    database,
    redisUrl: options.redisUrl,
    sessionSecret: 'test-secret-not-for-production',
    seedDemo: false,
    secureCookies: false,
    clientDir: path.join(os.tmpdir(), 'no-client-here'),
    publicUrl: 'http://localhost:4000',
    logLevel: 'error',
    uploadLimitBytes: options.uploadLimitBytes ?? 1024 * 1024,
    // Tests run the scheduled jobs themselves (no timers behind their back).
    jobsIntervalMs: options.jobsIntervalMs ?? 0,
    documentStorage: options.documentStorage ?? { kind: 'local', root: mkdtempSync(path.join(os.tmpdir(), 'ph-docs-')) },
    // Settings a test needs otherwise (e.g. port, publicUrl and oidc for the staff sign-in flow).
    ...options.config,
    production: options.production ?? false,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    trustedDocuments: {
      enforce: options.trustedDocuments ?? options.production ?? false,
      allowAdmins: options.allowAdminDocuments ?? false,
      manifestPath: TRUSTED_MANIFEST,
    },
    metricsToken: options.metricsToken,
  };
  const server = await startServer(config, orm, options.logger ?? testLogger());
  const hub: TestHub = {
    url: server.url.replace('localhost', '127.0.0.1'),
    server,
    orm,
    statements,
    config,
    agent: (ip) => new Agent(hub, ip),
    as: (email) => new Agent(hub).signIn(email),
    close: async () => {
      await server.close();
      await new Promise((r) => server.httpServer.close(r));
      await orm.close(true);
      await drop();
    },
  };
  return hub;
}

/**
 * The hub's logger in tests: every level into PH_LOG_FILE (set by test/log-check.global.ts, which
 * searches the whole run's logs for personal data at the end), errors also on stderr as before.
 */
function testLogger(): Logger {
  const file = process.env.PH_LOG_FILE;
  if (!file) return createLogger('error');
  return createLogger('debug', (line, level) => {
    appendFileSync(file, `${line}\n`);
    if (level === 'error') process.stderr.write(`${line}\n`);
  });
}

/** Demo accounts by role (see src/seeders/demo.ts). */
export const DEMO = {
  admin: 'admin@partnerhub.example',
  contact: 'contact@partnerhub.example',
  deputy: 'deputy@partnerhub.example',
  otherContact: 'contact.wallonie@partnerhub.example',
  coordinator: 'coordinator@partnerhub.example',
  volunteer: 'volunteer@partnerhub.example',
  otherCoordinator: 'coordinator.liege@partnerhub.example',
  otherVolunteer: 'volunteer.liege@partnerhub.example',
} as const;

/** Looks up ids of demo records by name or reference, straight from the database. */
export async function demoIds(hub: TestHub) {
  const conn = hub.orm.em.fork().getConnection();
  const partnerships = (await conn.execute('select id, name from partnership')) as { id: string; name: string }[];
  const households = (await conn.execute('select id, reference from household')) as { id: string; reference: string }[];
  const users = (await conn.execute('select id, email from app_user')) as { id: string; email: string }[];
  const orgs = (await conn.execute('select id, name from organisation')) as { id: string; name: string }[];
  const p = Object.fromEntries(partnerships.map((r) => [r.name, r.id]));
  const h = Object.fromEntries(households.map((r) => [r.reference, r.id]));
  const u = Object.fromEntries(users.map((r) => [r.email, r.id]));
  const o = Object.fromEntries(orgs.map((r) => [r.name, r.id]));
  return {
    partnership: { gent: p['Gent Samen'], mechelen: p['Onthaalgroep Mechelen'], liege: p['Liège Accueil'], zemst: p['Zemst Verwelkomt'] },
    household: { family: h['HH-2023-0001'], single: h['HH-2023-0002'], mechelen: h['HH-2026-0004'], mechelenPlanned: h['HH-2027-0005'], liege: h['HH-2025-0006'] },
    user: u,
    org: o,
  };
}

export function codes(result: GraphQLResult): (string | undefined)[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

/**
 * The SQL statements one request sends: the fewest over a few runs of it. A request's loaders batch
 * what is asked in the same tick, and on a busy machine the order in which database answers arrive
 * can split one batch in two; an N+1 shows in every run, so the least count is the honest figure.
 */
export async function fewestStatements<T>(hub: TestHub, request: () => Promise<T>, runs = 3): Promise<{ statements: number; result: T }> {
  let best: { statements: number; result: T } | undefined;
  for (let i = 0; i < runs; i++) {
    const before = hub.statements.count;
    const result = await request();
    const statements = hub.statements.count - before;
    if (!best || statements < best.statements) best = { statements, result };
  }
  return best!;
}

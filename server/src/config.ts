import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RETENTION_DEFAULTS } from '@partner-hub/shared';

export type DatabaseKind = 'sqlite' | 'postgresql';

/** What one request or socket may ask of the API (README "Limits"). */
export interface ApiLimits {
  /** Largest JSON body accepted at /graphql, in bytes (uploads have their own limit). */
  bodyBytes: number;
  /** Deepest selection, most aliases, directives and lexical tokens in one document. */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Highest estimated cost of one operation (graphql-armor's cost model; test/limits.test.ts sizes it from the client's heaviest operation). */
  maxCost: number;
  /** How long a socket may stay open without `connection_init`, in ms. */
  wsInitTimeoutMs: number;
  /** Subscriptions one socket may hold at once. */
  wsMaxSubscriptions: number;
  /** Largest WebSocket message accepted, in bytes. */
  wsMaxFrameBytes: number;
  /** A socket with more unsent bytes than this (a consumer that stopped reading) is dropped. */
  wsMaxBufferedBytes: number;
}

/** Defaults sized for the web client (test/limits.test.ts checks each of its operations fits). */
export const DEFAULT_LIMITS: ApiLimits = {
  bodyBytes: 256 * 1024,
  // The client's heaviest operations (test/limits.test.ts): depth 6, 0 aliases, 0 directives,
  // 456 tokens, cost 10,915 (HouseholdsTable: a page of 100 households with their members).
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 1_000,
  maxCost: 15_000,
  wsInitTimeoutMs: 5_000,
  wsMaxSubscriptions: 50,
  wsMaxFrameBytes: 64 * 1024,
  wsMaxBufferedBytes: 16 * 1024 * 1024,
};

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: { kind: DatabaseKind; url: string; sqlitePath?: string };
  redisUrl: string | undefined;
  sessionSecret: string;
  /** Seed demo data when the embedded database is empty (default on for SQLite). */
  seedDemo: boolean;
  /** Mark cookies Secure (set when served over HTTPS). */
  secureCookies: boolean;
  /** Folder with the built client, served at /. */
  clientDir: string;
  publicUrl: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Largest upload accepted, in bytes. */
  uploadLimitBytes: number;
  /**
   * How often the server makes what has fallen due without anyone asking (feedback rounds and
   * their FEEDBACK_DUE notifications), in ms; also once at start. 0: never (tests call the jobs).
   */
  jobsIntervalMs: number;
  /**
   * Email. `smtpUrl` (smtp:// or smtps:// for implicit TLS, with user:pass@ when the server wants
   * them): unset, mails wait in the outbox and nothing is sent. `mailFrom`: the sender address.
   * `mailPollMs`: how often the delivery worker looks for due mails and digests (0: never; tests
   * run it themselves). Optional so that a config built by hand (tests) needs none of it.
   */
  smtpUrl?: string;
  mailFrom?: string;
  mailPollMs?: number;
  /**
   * Retention periods of a programme whose admins set none (privacy module); absent: shared's
   * RETENTION_DEFAULTS.
   */
  retention?: { householdMonthsAfterGuidance: number; accessLogMonths: number };
  /** Where document bytes go: the data folder, or S3-compatible storage. */
  documentStorage: { kind: 'local'; root: string } | { kind: 's3'; endpoint?: string; region: string; bucket: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean };
  /** Staff sign-in with OpenID Connect; absent or null: password sign-in only. */
  oidc?: OidcConfig | null;
  /** NODE_ENV=production: introspection for admins only; trusted documents by default. */
  production: boolean;
  limits: ApiLimits;
  /**
   * Trusted documents: the web client's operations, registered at build time (codegen's
   * persisted-documents.json). `enforce`: only those run (by hash), but for admins when
   * `allowAdmins` (API clients). The manifest is read from `manifestPath`.
   */
  trustedDocuments: { enforce: boolean; allowAdmins: boolean; manifestPath: string };
  /** Bearer token for /metrics; unset: /metrics is off. */
  metricsToken: string | undefined;
}

/** Fedasil staff sign-in through an OpenID Connect provider (authorization code flow with PKCE). */
export interface OidcConfig {
  /** The provider's issuer identifier (its discovery document lives below it). */
  issuer: string;
  clientId: string;
  /** Absent: a public client (PKCE only, no client authentication). */
  clientSecret?: string;
  /** Email domains (lower-case, without "@") whose verified addresses are Fedasil staff. */
  staffDomains: string[];
  /** A claim that marks Fedasil staff: the claim equals the value, or (a list) contains it. */
  staffClaim?: { name: string; value: string };
  /** Where the provider sends the browser back: PUBLIC_URL + /auth/oidc/callback. */
  redirectUrl: string;
  /** Scopes asked for. */
  scopes: string;
}

const isLoopback = (host: string) => host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);

/** OIDC settings: all of OIDC_ISSUER and OIDC_CLIENT_ID and a staff rule, or none of them. */
function parseOidc(env: NodeJS.ProcessEnv, publicUrl: string): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`OIDC_ISSUER must be a URL, got "${issuer}"`);
  }
  // Plain HTTP only to a provider on this machine (local trials and tests).
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) throw new Error('OIDC_ISSUER must be an https:// URL');
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new Error('OIDC_CLIENT_ID is required when OIDC_ISSUER is set');
  const staffDomains = (env.OIDC_STAFF_DOMAINS ?? '')
    .split(',')
    .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  let staffClaim: OidcConfig['staffClaim'];
  const claimRule = env.OIDC_STAFF_CLAIM?.trim();
  if (claimRule) {
    const m = /^([^=\s]+)=(.+)$/.exec(claimRule);
    if (!m) throw new Error(`OIDC_STAFF_CLAIM must be written claim=value (e.g. groups=fedasil-staff), got "${claimRule}"`);
    staffClaim = { name: m[1], value: m[2].trim() };
  }
  if (!staffDomains.length && !staffClaim) throw new Error('OIDC_STAFF_DOMAINS or OIDC_STAFF_CLAIM is required when OIDC_ISSUER is set (which identities are Fedasil staff)');
  return {
    issuer,
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET || undefined,
    staffDomains,
    staffClaim,
    redirectUrl: `${publicUrl.replace(/\/$/, '')}/auth/oidc/callback`,
    scopes: env.OIDC_SCOPES?.trim() || 'openid email profile',
  };
}

/** A positive number from the environment, else the default. */
function positive(raw: string | undefined, fallback: number, scale = 1): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`Expected a positive number, got "${raw}"`);
  return Math.round(n * scale);
}

function parseLimits(env: NodeJS.ProcessEnv): ApiLimits {
  const d = DEFAULT_LIMITS;
  return {
    bodyBytes: positive(env.GRAPHQL_BODY_LIMIT_KB, d.bodyBytes, 1024),
    maxDepth: positive(env.GRAPHQL_MAX_DEPTH, d.maxDepth),
    maxAliases: positive(env.GRAPHQL_MAX_ALIASES, d.maxAliases),
    maxDirectives: positive(env.GRAPHQL_MAX_DIRECTIVES, d.maxDirectives),
    maxTokens: positive(env.GRAPHQL_MAX_TOKENS, d.maxTokens),
    maxCost: positive(env.GRAPHQL_MAX_COST, d.maxCost),
    wsInitTimeoutMs: positive(env.WS_INIT_TIMEOUT_SECONDS, d.wsInitTimeoutMs, 1000),
    wsMaxSubscriptions: positive(env.WS_MAX_SUBSCRIPTIONS, d.wsMaxSubscriptions),
    wsMaxFrameBytes: positive(env.WS_MAX_FRAME_KB, d.wsMaxFrameBytes, 1024),
    wsMaxBufferedBytes: positive(env.WS_MAX_BUFFERED_MB, d.wsMaxBufferedBytes, 1024 * 1024),
  };
}

function parseDatabase(raw: string | undefined, dataDir: string): Config['database'] {
  if (raw && /^postgres(ql)?:\/\//.test(raw)) return { kind: 'postgresql', url: raw };
  const file = raw ? raw.replace(/^(sqlite|file):(\/\/)?/, '') : path.join(dataDir, 'partner-hub.sqlite');
  const sqlitePath = file === ':memory:' ? file : path.resolve(file);
  return { kind: 'sqlite', url: `file:${sqlitePath}`, sqlitePath };
}

/** The session secret: from the environment, else generated once and kept in the data folder. */
function sessionSecret(envValue: string | undefined, dataDir: string): string {
  if (envValue) return envValue;
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** A number of months from the environment (a positive whole number), else the default. */
function months(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of months, got "${env[name]}"`);
  return value;
}

/** Parses the environment once. Defaults are the embedded set-up: a SQLite file and in-process pub/sub. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const database = parseDatabase(env.DATABASE_URL, dataDir);
  const host = env.HOST ?? '0.0.0.0';
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${port}`;
  const production = env.NODE_ENV === 'production';
  return {
    port,
    host,
    dataDir,
    database,
    redisUrl: env.REDIS_URL || undefined,
    sessionSecret: sessionSecret(env.SESSION_SECRET, dataDir),
    seedDemo: env.SEED_DEMO ? env.SEED_DEMO === 'true' : database.kind === 'sqlite',
    secureCookies: env.SECURE_COOKIES === 'true',
    clientDir: path.resolve(env.CLIENT_DIR ?? path.join(import.meta.dirname, '../../client/dist')),
    publicUrl,
    logLevel,
    uploadLimitBytes: Math.round(Number(env.UPLOAD_LIMIT_MB ?? 25) * 1024 * 1024),
    retention: {
      householdMonthsAfterGuidance: months(env, 'RETENTION_HOUSEHOLD_MONTHS', RETENTION_DEFAULTS.householdMonthsAfterGuidance),
      accessLogMonths: months(env, 'RETENTION_ACCESS_LOG_MONTHS', RETENTION_DEFAULTS.accessLogMonths),
    },
    jobsIntervalMs: Math.max(0, Math.round(Number(env.JOBS_INTERVAL_MINUTES ?? 60) * 60_000)) || 0,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Partner Hub <no-reply@partnerhub.invalid>',
    mailPollMs: Math.max(0, Math.round(Number(env.MAIL_POLL_SECONDS ?? 15) * 1000)) || 0,
    documentStorage: env.S3_BUCKET
      ? {
          kind: 's3',
          endpoint: env.S3_ENDPOINT || undefined,
          region: env.S3_REGION ?? 'us-east-1',
          bucket: env.S3_BUCKET,
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          forcePathStyle: env.S3_FORCE_PATH_STYLE !== 'false',
        }
      : { kind: 'local', root: path.join(dataDir, 'documents') },
    oidc: parseOidc(env, publicUrl),
    production,
    limits: parseLimits(env),
    trustedDocuments: {
      enforce: env.TRUSTED_DOCUMENTS ? env.TRUSTED_DOCUMENTS === 'true' : production,
      allowAdmins: env.ADMIN_API_DOCUMENTS === 'true',
      manifestPath: path.resolve(env.TRUSTED_DOCUMENTS_FILE ?? path.join(import.meta.dirname, '../../client/src/gql/persisted-documents.json')),
    },
    metricsToken: env.METRICS_TOKEN || undefined,
  };
}

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RETENTION_DEFAULTS } from '@partner-hub/shared';

export type DatabaseKind = 'sqlite' | 'postgresql';

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
  /** Where document bytes go: the data folder, or S3-compatible storage. */
  /**
   * Retention periods of a programme whose admins set none (privacy module); absent: shared's
   * RETENTION_DEFAULTS.
   */
  retention?: { householdMonthsAfterGuidance: number; accessLogMonths: number };
  documentStorage: { kind: 'local'; root: string } | { kind: 's3'; endpoint?: string; region: string; bucket: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean };
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
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    logLevel,
    uploadLimitBytes: Math.round(Number(env.UPLOAD_LIMIT_MB ?? 25) * 1024 * 1024),
    retention: {
      householdMonthsAfterGuidance: months(env, 'RETENTION_HOUSEHOLD_MONTHS', RETENTION_DEFAULTS.householdMonthsAfterGuidance),
      accessLogMonths: months(env, 'RETENTION_ACCESS_LOG_MONTHS', RETENTION_DEFAULTS.accessLogMonths),
    },
    jobsIntervalMs: Math.max(0, Math.round(Number(env.JOBS_INTERVAL_MINUTES ?? 60) * 60_000)) || 0,
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
  };
}

/**
 * Backup and restore of a hub's data: the database (SQLite online copy, or a PostgreSQL dump),
 * the document store (when on local disk) and the generated session secret.
 *
 * A backup is a folder:
 *   manifest.json      what it holds and when it was taken
 *   database.sqlite    SQLite: a consistent copy made with `VACUUM INTO` while the hub runs (WAL)
 *   database.pgdump    PostgreSQL: `pg_dump --format=custom`
 *   documents/         the content-addressed document files (local storage only)
 *   session-secret     the generated session secret, when the hub uses one from its data folder
 *
 * The database is copied first, the documents after: document files are written once under the
 * hash of their content and never changed, so every document the copied database refers to is
 * in the copy (only attachments abandoned for a day may be removed meanwhile).
 */
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'libsql';
import type { Config } from '../config.js';

export const BACKUP_FORMAT = 1;

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  database: { kind: Config['database']['kind']; file: string; bytes: number };
  /** `local`: the files are in `documents/`; `s3`: not copied (back the bucket up on its side). */
  documents: { kind: 'local' | 's3'; files: number; bytes: number };
  sessionSecret: boolean;
}

export class BackupError extends Error {}

/** Runs a program without a shell; rejects with its error output when it fails. */
function run(program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error) => reject(new BackupError(`${program} could not start (${error.message}); install the PostgreSQL client tools or set PG_BIN_DIR`)));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new BackupError(`${program} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  const dir = process.env.PG_BIN_DIR;
  return dir ? path.join(dir, name) : name;
}

/** SQLite's own check of a database file: 'ok' or the first problems it finds. */
export function sqliteIntegrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

/** Document files of a local store: `aa/bb/<sha256>`; temporary files are left out. */
function documentFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  for (const a of readdirSync(root)) {
    if (!/^[a-f0-9]{2}$/.test(a)) continue;
    for (const b of readdirSync(path.join(root, a))) {
      if (!/^[a-f0-9]{2}$/.test(b)) continue;
      for (const key of readdirSync(path.join(root, a, b))) if (/^[a-f0-9]{64}$/.test(key)) out.push(path.join(a, b, key));
    }
  }
  return out;
}

function copyDocuments(from: string, to: string): { files: number; bytes: number } {
  let bytes = 0;
  const files = documentFiles(from);
  for (const rel of files) {
    const target = path.join(to, rel);
    if (existsSync(target)) continue; // content-addressed: the same name is the same bytes
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(from, rel), `${target}.partial`);
    renameSync(`${target}.partial`, target);
    bytes += statSync(target).size;
  }
  return { files: files.length, bytes };
}

function sessionSecretFile(config: Config) {
  return path.join(config.dataDir, 'session-secret');
}

/** Takes a backup of the hub described by `config` into `outDir` (created; must not exist or be empty). */
export async function backup(config: Config, outDir: string): Promise<BackupManifest> {
  if (existsSync(outDir) && readdirSync(outDir).length) throw new BackupError(`${outDir} is not empty`);
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  let database: BackupManifest['database'];
  if (config.database.kind === 'sqlite') {
    const source = config.database.sqlitePath;
    if (!source || source === ':memory:' || !existsSync(source)) throw new BackupError(`no SQLite database at ${source}`);
    const file = path.join(outDir, 'database.sqlite');
    // A read transaction on a WAL database: a consistent snapshot while the hub goes on writing.
    const db = new Database(source);
    try {
      db.exec('PRAGMA busy_timeout = 10000');
      db.prepare('VACUUM INTO ?').run(file);
    } finally {
      db.close();
    }
    chmodSync(file, 0o600);
    const integrity = sqliteIntegrity(file);
    if (integrity !== 'ok') throw new BackupError(`the copy failed SQLite's integrity check: ${integrity}`);
    database = { kind: 'sqlite', file: 'database.sqlite', bytes: statSync(file).size };
  } else {
    const file = path.join(outDir, 'database.pgdump');
    // One transaction (repeatable read) in pg_dump: consistent while the hub runs.
    await run(pgTool('pg_dump'), ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${config.database.url}`]);
    chmodSync(file, 0o600);
    database = { kind: 'postgresql', file: 'database.pgdump', bytes: statSync(file).size };
  }
  const documents: BackupManifest['documents'] =
    config.documentStorage.kind === 'local' ? { kind: 'local', ...copyDocuments(config.documentStorage.root, path.join(outDir, 'documents')) } : { kind: 's3', files: 0, bytes: 0 };
  const secret = existsSync(sessionSecretFile(config));
  if (secret) {
    copyFileSync(sessionSecretFile(config), path.join(outDir, 'session-secret'));
    chmodSync(path.join(outDir, 'session-secret'), 0o600);
  }
  const manifest: BackupManifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), database, documents, sessionSecret: secret };
  writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export function readManifest(fromDir: string): BackupManifest {
  const file = path.join(fromDir, 'manifest.json');
  if (!existsSync(file)) throw new BackupError(`${fromDir} holds no manifest.json: not a Partner Hub backup`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
  // Another backup's format is a value the type does not allow: read as stored, to name it.
  const format: unknown = manifest.format;
  if (format !== BACKUP_FORMAT) throw new BackupError(`backup format ${String(format)} is not supported (expected ${BACKUP_FORMAT})`);
  return manifest;
}

/**
 * Restores a backup into the database and document store of `config`. The hub must be stopped.
 * SQLite: the database file must not exist yet, unless `force` (then it is replaced).
 * PostgreSQL: the database must exist; its tables are replaced (`pg_restore --clean`), in one transaction.
 */
export async function restore(config: Config, fromDir: string, options: { force?: boolean } = {}): Promise<BackupManifest> {
  const manifest = readManifest(fromDir);
  if (manifest.database.kind !== config.database.kind) {
    throw new BackupError(`the backup holds a ${manifest.database.kind} database but the hub is set up for ${config.database.kind} (DATABASE_URL)`);
  }
  const dump = path.join(fromDir, manifest.database.file);
  if (config.database.kind === 'sqlite') {
    const target = config.database.sqlitePath;
    if (!target || target === ':memory:') throw new BackupError('restore needs a SQLite file (DATABASE_URL or DATA_DIR)');
    const integrity = sqliteIntegrity(dump);
    if (integrity !== 'ok') throw new BackupError(`the backup's database failed SQLite's integrity check: ${integrity}`);
    if (existsSync(target) && !options.force) throw new BackupError(`${target} exists: stop the hub and pass --force to replace it`);
    mkdirSync(path.dirname(target), { recursive: true });
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    copyFileSync(dump, `${target}.restoring`);
    renameSync(`${target}.restoring`, target);
  } else {
    await run(pgTool('pg_restore'), ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${config.database.url}`, dump]);
  }
  if (manifest.documents.kind === 'local') {
    if (config.documentStorage.kind !== 'local')
      throw new BackupError('the backup holds local documents but the hub is set up for S3: copy documents/ into the bucket (aws s3 sync, keys without folders)');
    mkdirSync(config.documentStorage.root, { recursive: true });
    copyDocuments(path.join(fromDir, 'documents'), config.documentStorage.root);
  }
  if (manifest.sessionSecret && !process.env.SESSION_SECRET) {
    const target = sessionSecretFile(config);
    if (!existsSync(target) || options.force) {
      mkdirSync(config.dataDir, { recursive: true });
      copyFileSync(path.join(fromDir, 'session-secret'), target);
      chmodSync(target, 0o600);
    }
  }
  return manifest;
}

/** `backups/partner-hub-2026-12-07T09-30-00Z`: a folder name that sorts by time. */
export function defaultBackupDir(base = 'backups'): string {
  return path.resolve(
    base,
    `partner-hub-${new Date()
      .toISOString()
      .replace(/\.\d+Z$/, 'Z')
      .replace(/:/g, '-')}`,
  );
}

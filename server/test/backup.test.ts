/**
 * `pnpm backup` and `pnpm restore` (scripts/ops.mjs -> src/ops/cli.ts), run as an operator would:
 * a backup taken while the hub runs and keeps writing, restored into a fresh data folder (a fresh
 * database on PostgreSQL); a hub started there serves the same data and documents.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteIntegrity } from '../src/ops/backup.js';
import { DEMO, demoIds, scratchDatabase, startTestHub, type TestHub, usePostgres } from './harness.js';
import { gqlAt, hubConfig, okAt, serverDir, signInAt, startHubOn, tempDir } from './ops-helpers.js';

const root = path.resolve(serverDir, '..');

/** Runs `pnpm backup|restore ...` the way the root script does; resolves with its exit code and output. */
function ops(args: string[], env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
    const child = spawn(process.execPath, [path.join(root, 'scripts/ops.mjs'), ...args], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const THREAD = `query($t: ID!) { messages(threadId: $t, limit: 200) { messages { seq body } } }`;
const HOUSEHOLDS = `query($p: ID!) { partnership(id: $p) { households { id reference arrivalDate } } }`;
const DOCUMENTS = `query($h: ID) { documents(householdId: $h) { id name versions { number size } } }`;

describe('backup and restore', () => {
  let hub: TestHub;
  let dataDir: string;
  const cleanups: (() => Promise<void> | void)[] = [];
  beforeAll(async () => {
    dataDir = tempDir('ph-backup-src-');
    hub = await startTestHub({ documentStorage: { kind: 'local', root: path.join(dataDir, 'documents') } });
  });
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
    await hub?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const dbEnv = (database: TestHub['config']['database']) => (database.kind === 'postgresql' ? database.url : `file:${database.sqlitePath}`);

  it('restores a backup taken while the hub writes into a fresh data folder; a hub there serves the same data', { timeout: 180_000 }, async () => {
    const ids = await demoIds(hub);
    const deputy = await hub.as(DEMO.deputy);
    const threadId = (await deputy.ok(`mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, { p: ids.partnership.mechelen })).openPartnershipThread.id as string;
    const send = (body: string) => deputy.ok(`mutation($i: SendMessageInput!) { sendMessage(input: $i) { seq } }`, { i: { threadId, clientId: randomUUID(), body } });
    for (let i = 0; i < 5; i++) await send(`before the backup ${i}`);
    const coordinator = await hub.as(DEMO.coordinator);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PDF)]), 'huurcontract.pdf');
    const up = await fetch(`${hub.url}/documents?${new URLSearchParams({ householdId: ids.household.mechelen, category: 'LEASE' })}`, {
      method: 'POST',
      body: form,
      headers: { 'x-partner-hub-upload': '1', cookie: coordinator.cookie! },
    });
    expect(up.status).toBe(201);
    const documentId = ((await up.json()) as { document: { id: string } }).document.id;

    // The backup runs while a client keeps sending messages: the copy is a consistent snapshot.
    const backupDir = path.join(tempDir('ph-backup-out-'), 'nightly');
    cleanups.push(() => rmSync(path.dirname(backupDir), { recursive: true, force: true }));
    let backingUp = true;
    let during = 0;
    const writer = (async () => {
      while (backingUp) await send(`during the backup ${during++}`);
    })();
    const taken = await ops(['backup', backupDir], { DATA_DIR: dataDir, DATABASE_URL: dbEnv(hub.config.database) });
    backingUp = false;
    await writer;
    expect(taken.code, taken.output).toBe(0);
    expect(taken.output).toContain('documents: 1 files');
    const manifest = JSON.parse(readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 1, database: { kind: hub.config.database.kind }, documents: { kind: 'local', files: 1 } });
    if (!usePostgres) expect(sqliteIntegrity(path.join(backupDir, 'database.sqlite'))).toBe('ok');

    // A fresh data folder (and on PostgreSQL a fresh, empty database).
    const freshDir = tempDir('ph-backup-restored-');
    cleanups.push(() => rmSync(freshDir, { recursive: true, force: true }));
    let freshDatabase = hubConfig({ kind: 'sqlite', url: '', sqlitePath: path.join(freshDir, 'partner-hub.sqlite') }, freshDir).database;
    if (usePostgres) {
      const scratch = await scratchDatabase();
      cleanups.push(scratch.drop);
      freshDatabase = scratch.database;
    }
    const restored = await ops(['restore', backupDir], { DATA_DIR: freshDir, DATABASE_URL: usePostgres ? dbEnv(freshDatabase) : undefined });
    expect(restored.code, restored.output).toBe(0);
    if (!usePostgres) {
      expect(sqliteIntegrity(freshDatabase.sqlitePath!)).toBe('ok');
      // A second restore over the restored database is refused without --force.
      const again = await ops(['restore', backupDir], { DATA_DIR: freshDir, DATABASE_URL: undefined });
      expect(again.code).toBe(1);
      expect(again.output).toContain('pass --force');
    }

    const copy = await startHubOn(hubConfig(freshDatabase, freshDir));
    cleanups.push(() => copy.close());
    const cookie = await signInAt(copy.url, DEMO.deputy);
    const original = (await deputy.ok(THREAD, { t: threadId })).messages.messages as { seq: number; body: string }[];
    const restoredMessages = (await okAt(copy.url, cookie, THREAD, { t: threadId })).messages.messages as { seq: number; body: string }[];
    // Everything written before the backup is there; what was written during it is a prefix of
    // what the hub holds now (a snapshot: no gap, nothing half-written).
    for (let i = 0; i < 5; i++) expect(restoredMessages.map((m) => m.body)).toContain(`before the backup ${i}`);
    expect(restoredMessages).toEqual(original.slice(0, restoredMessages.length));
    for (const query of [HOUSEHOLDS]) expect(await okAt(copy.url, cookie, query, { p: ids.partnership.mechelen })).toEqual(await deputy.ok(query, { p: ids.partnership.mechelen }));
    const docs = await okAt(copy.url, cookie, DOCUMENTS, { h: ids.household.mechelen });
    expect(docs).toEqual(await deputy.ok(DOCUMENTS, { h: ids.household.mechelen }));
    expect(docs.documents.map((d: { id: string }) => d.id)).toContain(documentId);
    const download = await fetch(`${copy.url}/documents/${documentId}/download`, { headers: { cookie } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await gqlAt(copy.url, cookie, `{ me { email } }`)).data?.me.email).toBe(DEMO.deputy);
  });

  it('refuses to restore from a folder that is not a backup', { timeout: 60_000 }, async () => {
    const empty = tempDir('ph-backup-empty-');
    cleanups.push(() => rmSync(empty, { recursive: true, force: true }));
    const notBackup = await ops(['restore', empty], { DATA_DIR: empty, DATABASE_URL: undefined });
    expect(notBackup.code).toBe(1);
    expect(notBackup.output).toContain('not a Partner Hub backup');
    expect(existsSync(path.join(empty, 'partner-hub.sqlite'))).toBe(false);
  });
});

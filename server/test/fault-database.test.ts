/**
 * Fault (PostgreSQL; the SQLite counterpart: the write lock held by another process past the busy
 * timeout): the hub's database connections are terminated (pg_terminate_backend)
 * while a request is inside the database. The client gets a clear coded error, the process does
 * not crash, and the next requests succeed without a restart; a retried write is stored once.
 */
import { randomUUID } from 'node:crypto';
import Database from 'libsql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, demoIds, startTestHub, type TestHub, usePostgres } from './harness.js';

describe.runIf(usePostgres)('PostgreSQL connections terminated mid-request', () => {
  let hub: TestHub;
  let admin: pg.Client;
  let dbName: string;
  beforeAll(async () => {
    hub = await startTestHub();
    const url = new URL(hub.config.database.url);
    dbName = url.pathname.slice(1);
    admin = new pg.Client({ connectionString: hub.config.database.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await hub?.close();
  });

  /** The hub's server processes for its database (not this test's own connection). */
  const hubBackends = async () =>
    (await admin.query(`select pid, wait_event_type from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and backend_type = 'client backend'`, [dbName])).rows as {
      pid: number;
      wait_event_type: string | null;
    }[];

  it('answers a clear error, keeps running and recovers without a restart', { timeout: 120_000 }, async () => {
    const ids = await demoIds(hub);
    const deputy = await hub.as(DEMO.deputy);
    const threadId = (await deputy.ok(`mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, { p: ids.partnership.mechelen })).openPartnershipThread.id as string;
    const send = (clientId: string, body: string) => deputy.gql(`mutation($i: SendMessageInput!) { sendMessage(input: $i) { seq body } }`, { i: { threadId, clientId, body } });

    // Hold the message table so the hub's insert waits inside PostgreSQL: the request is
    // in flight, on a connection, when its connection is terminated.
    const blocker = new pg.Client({ connectionString: hub.config.database.url });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('lock table message in exclusive mode');
    const clientId = randomUUID();
    const inFlight = send(clientId, 'cut off');
    for (let i = 0; i < 200 && !(await hubBackends()).some((b) => b.wait_event_type === 'Lock'); i++) await new Promise((r) => setTimeout(r, 50));
    expect((await hubBackends()).some((b) => b.wait_event_type === 'Lock')).toBe(true);
    const terminated = await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and pid <> $2`, [
      dbName,
      (blocker as unknown as { processID: number }).processID,
    ]);
    expect(terminated.rowCount).toBeGreaterThan(0);
    await blocker.query('rollback');
    await blocker.end();

    const failed = await inFlight;
    expect(failed.data).toBeNull();
    expect(failed.errors?.map((e) => ({ code: e.extensions?.code, message: e.message }))).toEqual([
      { code: 'SERVICE_UNAVAILABLE', message: 'The hub could not reach its database or storage just now. Try again in a moment.' },
    ]);

    // No restart: the next requests (reads and the retried write) succeed on new connections.
    expect((await fetch(`${hub.url}/readyz`)).status).toBe(200);
    expect((await deputy.ok(`{ me { email } }`)).me.email).toBe(DEMO.deputy);
    const retried = await deputy.ok(`mutation($i: SendMessageInput!) { sendMessage(input: $i) { seq body } }`, { i: { threadId, clientId, body: 'cut off' } });
    expect(retried.sendMessage.body).toBe('cut off');
    const again = await deputy.ok(`mutation($i: SendMessageInput!) { sendMessage(input: $i) { seq body } }`, { i: { threadId, clientId, body: 'cut off' } });
    expect(again.sendMessage.seq).toBe(retried.sendMessage.seq);
    const stored = await admin.query(`select count(*)::int as n from message where client_id = $1`, [clientId]);
    expect(stored.rows[0].n).toBe(1);

    // Idle connections terminated between requests: the pool replaces them, requests succeed.
    await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [dbName]);
    for (let i = 0; i < 5; i++) {
      const result = await deputy.gql(`query($t: ID!) { messages(threadId: $t, limit: 5) { messages { seq } } }`, { t: threadId });
      expect(result.errors?.map((e) => e.extensions?.code) ?? []).toEqual([]);
    }
    expect((await deputy.ok(`{ me { email } }`)).me.email).toBe(DEMO.deputy);
  });
});

describe.runIf(!usePostgres)('SQLite write lock held by another process past the busy timeout', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub?.close());

  it('answers SERVICE_UNAVAILABLE, stores nothing, and the retry succeeds once the lock is gone', { timeout: 120_000 }, async () => {
    const ids = await demoIds(hub);
    const deputy = await hub.as(DEMO.deputy);
    const threadId = (await deputy.ok(`mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, { p: ids.partnership.mechelen })).openPartnershipThread.id as string;
    const other = new Database(hub.config.database.sqlitePath!);
    other.exec('BEGIN IMMEDIATE');
    const clientId = randomUUID();
    const send = () => deputy.gql(`mutation($i: SendMessageInput!) { sendMessage(input: $i) { seq body } }`, { i: { threadId, clientId, body: 'waiting for the lock' } });
    let failed;
    try {
      failed = await send();
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(failed.errors?.map((e) => ({ code: e.extensions?.code, message: e.message }))).toEqual([
      { code: 'SERVICE_UNAVAILABLE', message: 'The hub could not reach its database or storage just now. Try again in a moment.' },
    ]);
    const retried = await send();
    expect(retried.errors).toBeUndefined();
    const connection = hub.orm.em.fork().getConnection();
    const count = (await connection.execute('select count(*) as n from message where client_id = ?', [clientId])) as { n: number }[];
    expect(Number(count[0].n)).toBe(1);
    // The connection that failed was replaced; the new one has the durability settings too.
    const pragma = async (name: string) => Object.values(((await connection.execute(`PRAGMA ${name}`)) as Record<string, unknown>[])[0])[0];
    expect({ journal: await pragma('journal_mode'), synchronous: await pragma('synchronous'), busyTimeout: await pragma('busy_timeout'), foreignKeys: await pragma('foreign_keys') }).toEqual({
      journal: 'wal',
      synchronous: 2, // FULL
      busyTimeout: 5000,
      foreignKeys: 1,
    });
  });
});

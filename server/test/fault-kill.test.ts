/**
 * Fault: the server is killed (SIGKILL, no chance to finish anything) twice while a client sends
 * 200 messages with client ids and ticks plan steps; the hub is restarted on the same data and
 * address, and the client retries what it had no answer for. Every acknowledged write is there
 * once, nothing is there twice, and SQLite's integrity check passes. On PostgreSQL too
 * (TEST_DATABASE=postgresql).
 */
import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteIntegrity } from '../src/ops/backup.js';
import type { Config } from '../src/config.js';
import { DEMO, usePostgres } from './harness.js';
import { exited, killLaunchedHubs, freePort, gqlAt, hubConfig, launchHub, okAt, preparedDatabase, queryDatabase, signInAt, spawnHub, stopHub } from './ops-helpers.js';

const MESSAGES = 200;
const TICK_EVERY = 5;
const KILL_AT = [50, 150];

/** A write the client has no answer for is retried with the same client id while the hub is away. */
function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError || /ECONNREFUSED|ECONNRESET|socket|terminated|fetch failed/i.test(String((error as { cause?: unknown })?.cause ?? error));
}

describe('kill -9 of the server mid-write', () => {
  let prepared: Awaited<ReturnType<typeof preparedDatabase>>;
  let config: Config;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    prepared = await preparedDatabase();
    config = hubConfig(prepared.database, prepared.dataDir, { port: await freePort() });
    child = (await spawnHub(config)).child;
  });
  afterAll(async () => {
    await stopHub(child);
    await killLaunchedHubs();
    await prepared?.drop();
  });

  it('keeps every acknowledged write exactly once across two kills and restarts', { timeout: 300_000 }, async () => {
    let url = `http://127.0.0.1:${config.port}`;
    const deputy = await signInAt(url, DEMO.deputy);
    const coordinator = await signInAt(url, DEMO.coordinator);
    const [{ id: partnershipId }] = await queryDatabase<{ id: string }>(prepared.database, `select id from partnership where name = ?`, ['Onthaalgroep Mechelen']);
    const [{ id: householdId }] = await queryDatabase<{ id: string }>(prepared.database, `select id from household where reference = ?`, ['HH-2026-0004']);
    const threadId = (await okAt(url, deputy, `mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, { p: partnershipId })).openPartnershipThread.id as string;
    const plan = (await okAt(url, coordinator, `query($h: ID!) { household(id: $h) { plan { id version } } }`, { h: householdId })).household.plan as { id: string; version: number }[];
    // Three steps of the plan, ticked in turn; the version the client last saw of each.
    const steps = plan.slice(0, 3);
    expect(steps.length).toBe(3);
    const versions = new Map(steps.map((s) => [s.id, s.version]));

    let restarts = 0;
    // The replacement is loaded ahead (it opens the data only once started), so a restart is quick.
    let standby = launchHub(config, { standby: true });
    /** Runs one write until the hub answers it: the same client id every time. */
    const acknowledged = async <T>(send: () => Promise<T>): Promise<T> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await send();
        } catch (error) {
          // The bound only keeps a broken restart from hanging the suite.
          if (!isNetworkError(error) || attempt > 2_000) throw error;
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    };
    const graphql = async (cookie: string, query: string, variables: Record<string, unknown>) => {
      const result = await gqlAt(url, cookie, query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data!;
    };

    const tag = randomUUID().slice(0, 8);
    const acked = new Map<string, { seq: number; body: string }>();
    const ticks: { stepId: string; clientId: string }[] = [];
    for (let i = 0; i < MESSAGES; i++) {
      const clientId = randomUUID();
      const body = `fault ${tag} ${i}`;
      const message = acknowledged(() =>
        graphql(
          deputy,
          `
            mutation ($i: SendMessageInput!) {
              sendMessage(input: $i) {
                seq
                body
              }
            }
          `,
          { i: { threadId, clientId, body } },
        ),
      );
      if (KILL_AT.includes(i)) {
        // The write is on its way (or being stored, or stored and not yet answered): kill -9 now,
        // then start the hub again on the same data and port while the client keeps retrying.
        await new Promise((r) => setTimeout(r, i % 7));
        const dead = exited(child!);
        child!.kill('SIGKILL');
        expect((await dead).signal).toBe('SIGKILL');
        standby.start();
        child = standby.child;
        await standby.ready;
        standby = launchHub(config, { standby: true });
        url = `http://127.0.0.1:${config.port}`;
        restarts++;
      }
      const stored = (await message).sendMessage as { seq: number; body: string };
      expect(stored.body).toBe(body);
      acked.set(clientId, stored);
      if (i % TICK_EVERY === 0) {
        const tickId = randomUUID();
        const step = steps[ticks.length % steps.length];
        const status = Math.floor(ticks.length / steps.length) % 2 === 0 ? 'DONE' : 'IN_PROGRESS';
        const updated = (
          await acknowledged(() =>
            graphql(
              coordinator,
              `
                mutation ($id: ID!, $input: UpdateGuidanceStepInput!, $guard: WriteGuardInput) {
                  updateGuidanceStep(id: $id, input: $input, guard: $guard) {
                    status
                    version
                  }
                }
              `,
              {
                id: step.id,
                input: { status, note: `tick ${tag} ${ticks.length}` },
                guard: { clientId: tickId, expectedVersion: versions.get(step.id) },
              },
            ),
          )
        ).updateGuidanceStep as { status: string; version: number };
        expect(updated).toEqual({ status, version: versions.get(step.id)! + 1 });
        versions.set(step.id, updated.version);
        ticks.push({ stepId: step.id, clientId: tickId });
      }
    }
    expect(restarts).toBe(KILL_AT.length);
    standby.child.kill('SIGKILL');
    await exited(standby.child);
    expect(acked.size).toBe(MESSAGES);
    await stopHub(child);

    // Straight from the database: each acknowledged message once, nothing else, no seq twice.
    const rows = await queryDatabase<{ client_id: string; body: string; seq: number }>(prepared.database, `select client_id, body, seq from message where thread_id = ? and body like ?`, [
      threadId,
      `fault ${tag} %`,
    ]);
    expect(rows.length).toBe(MESSAGES);
    const byClientId = new Map(rows.map((r) => [r.client_id, r]));
    expect(byClientId.size).toBe(MESSAGES);
    for (const [clientId, { seq, body }] of acked) expect(byClientId.get(clientId), body).toMatchObject({ body, seq });
    expect(new Set(rows.map((r) => Number(r.seq))).size).toBe(MESSAGES);
    // Each tick applied once: one timeline entry each, and each step's version moved once per tick.
    const events = await queryDatabase<{ data: unknown }>(prepared.database, `select data from household_event where household_id = ? and kind = ?`, [householdId, 'STEP_UPDATED']);
    const eventData = events.map((e) => (typeof e.data === 'string' ? JSON.parse(e.data) : e.data) as { stepId?: string });
    for (const step of steps) {
      const mine = ticks.filter((t) => t.stepId === step.id);
      expect(mine.length).toBeGreaterThan(10);
      expect(eventData.filter((d) => d.stepId === step.id).length).toBe(mine.length);
      const [current] = await queryDatabase<{ version: number; last_client_id: string }>(prepared.database, `select version, last_client_id from guidance_step where id = ?`, [step.id]);
      expect({ version: Number(current.version), lastClientId: current.last_client_id }).toEqual({ version: step.version + mine.length, lastClientId: mine.at(-1)!.clientId });
    }
    if (!usePostgres) expect(sqliteIntegrity(prepared.database.sqlitePath!)).toBe('ok');
  });
});

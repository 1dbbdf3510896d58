/**
 * Fault: Redis (a redis-server this test starts on a free loopback port) stops mid-stream under two
 * hub instances. Both keep serving, /healthz says degraded; when Redis returns the subscribers are
 * told to catch up (their socket closes with 1012), and a subscriber that resumes from its last
 * sequence, as the web app does, gets every message exactly once.
 */
import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO, demoIds, startTestHub, type TestHub } from './harness.js';
import { startRedis } from './ops-helpers.js';

type Redis = Awaited<ReturnType<typeof startRedis>>;

async function healthz(hub: TestHub) {
  const res = await fetch(`${hub.url}/healthz`);
  return { status: res.status, body: (await res.json()) as { status: string; checks: Record<string, string> } };
}

/** Waits (bounded) until `done()`; the bound only guards against a hang, it is no assertion. */
async function until(done: () => boolean | Promise<boolean>, what: string, attempts = 200) {
  for (let i = 0; i < attempts; i++) {
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`still waiting for: ${what}`);
}

describe('Redis stopped mid-stream under two instances', () => {
  let redis: Redis;
  let a: TestHub;
  let b: TestHub;
  beforeAll(async () => {
    redis = await startRedis();
    a = await startTestHub({ redisUrl: redis.url });
    b = await startTestHub({ redisUrl: redis.url, shareDatabaseWith: a });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await redis?.stop();
  });

  it('keeps serving, reports degraded, and subscribers resuming from their last seq get every message once', { timeout: 120_000 }, async () => {
    const ids = await demoIds(a);
    const writer = await a.as(DEMO.deputy);
    const reader = await b.as(DEMO.contact);
    const threadId = (await writer.ok(`mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, { p: ids.partnership.mechelen })).openPartnershipThread.id as string;
    const tag = randomUUID().slice(0, 8);
    const sent: { seq: number; body: string }[] = [];
    const send = async (body: string) => {
      const m = (await writer.ok(`mutation($i: SendMessageInput!) { sendMessage(input: $i) { seq body } }`, { i: { threadId, clientId: randomUUID(), body: `${body} ${tag}` } })).sendMessage;
      sent.push(m);
      return m as { seq: number; body: string };
    };

    // The subscriber behaves like the web app: live events, and after every reconnect a catch-up
    // from the last seq it holds (subscription first, then messages(afterSeq:)). It applies an
    // event only once: one at or below the last seq it holds is an echo of what it has.
    const applied: { seq: number; body: string }[] = [];
    const closeCodes: number[] = [];
    let lastSeq = 0;
    const apply = (m: { seq: number; body: string }) => {
      if (m.seq <= lastSeq) return;
      applied.push(m);
      lastSeq = m.seq;
    };
    const catchUp = async () => {
      const page = (await reader.ok(`query($t: ID!, $after: Int) { messages(threadId: $t, afterSeq: $after, limit: 200) { messages { seq body } } }`, { t: threadId, after: lastSeq })).messages;
      for (const m of page.messages) apply(m);
    };
    const cookie = reader.cookie!;
    class CookieSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie } });
      }
    }
    let connections = 0;
    const client = createClient({
      url: `${b.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: CookieSocket,
      lazy: false,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: () => new Promise((r) => setTimeout(r, 100)),
      on: {
        connected: () => {
          connections++;
          if (connections > 1) void catchUp();
        },
        closed: (event) => closeCodes.push((event as { code: number }).code),
      },
    });
    const liveEvents: number[] = [];
    client.subscribe(
      { query: `subscription($t: ID) { messageEvents(threadId: $t) { kind message { seq body } } }`, variables: { t: threadId } },
      {
        next: (r) => {
          const m = (r.data as { messageEvents: { message: { seq: number; body: string } } }).messageEvents.message;
          liveEvents.push(m.seq);
          apply(m);
        },
        error: () => {},
        complete: () => {},
      },
    );
    try {
      // Live through Redis: the subscription is registered a moment after connecting.
      await until(async () => {
        await send('ready');
        await new Promise((r) => setTimeout(r, 100));
        return applied.length > 0;
      }, 'the first live message');
      // Counted from here: every message sent from now on (the readiness pings are not).
      const readySeq = lastSeq;
      const counted = sent.length;
      for (let i = 0; i < 5; i++) await send(`before ${i}`);
      await until(() => lastSeq === sent.at(-1)!.seq, 'the messages before the outage, live');
      expect(await healthz(a)).toEqual({ status: 200, body: { status: 'ok', checks: { database: 'ok', redis: 'ok', storage: 'ok' } } });

      await redis.stop();
      // Both instances notice, go on serving, and say they are degraded.
      await until(async () => (await healthz(a)).body.status === 'degraded' && (await healthz(b)).body.status === 'degraded', 'both hubs degraded');
      for (const hub of [a, b]) {
        expect(await healthz(hub)).toEqual({ status: 200, body: { status: 'degraded', checks: { database: 'ok', redis: 'down', storage: 'ok' } } });
        const ready = await fetch(`${hub.url}/readyz`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toMatchObject({ status: 'degraded', checks: { redis: 'down' } });
      }
      for (let i = 0; i < 10; i++) await send(`during ${i}`);
      expect((await reader.ok(`query($t: ID!) { thread(id: $t) { id } }`, { t: threadId })).thread.id).toBe(threadId);

      // Redis returns on the same port: the hubs reconnect, the subscriber is told to catch up.
      redis = await startRedis(redis.port);
      await until(async () => (await healthz(a)).body.status === 'ok' && (await healthz(b)).body.status === 'ok', 'both hubs ok again');
      await until(() => closeCodes.includes(1012) && lastSeq === sent.at(-1)!.seq, 'the catch-up after Redis returned');
      for (let i = 0; i < 5; i++) await send(`after ${i}`);
      await until(() => lastSeq === sent.at(-1)!.seq, 'the messages after the outage');

      // Every message exactly once, in order, no gap.
      const mine = applied.filter((m) => m.body.endsWith(tag) && m.seq > readySeq);
      expect(mine.map((m) => m.seq)).toEqual(sent.slice(counted).map((m) => m.seq));
      expect(mine).toEqual(sent.slice(counted));
      expect(mine.length).toBe(20);
      const afterOutage = sent.filter((m) => m.body.startsWith('after')).map((m) => m.seq);
      // The last five came live again (Redis delivers once more).
      for (const seq of afterOutage) expect(liveEvents).toContain(seq);
    } finally {
      await client.dispose();
    }
  });
});

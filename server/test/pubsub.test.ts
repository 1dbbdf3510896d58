import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO_PASSWORD } from '../src/seeders/demo.js';
import { type Answer, DEMO, demoIds, type TestHub, startTestHub } from './harness.js';

/** Live events cross server processes through Redis; runs when REDIS_URL is set (CI sets it). */
const redisUrl = process.env.REDIS_URL;

describe.runIf(redisUrl)('pub/sub across two servers on Redis', () => {
  let a: TestHub;
  let b: TestHub;
  beforeAll(async () => {
    a = await startTestHub({ redisUrl });
    b = await startTestHub({ redisUrl, shareDatabaseWith: a });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('delivers a change made through one server to a subscriber of the other', async () => {
    const ids = await demoIds(a);
    const subscriber = await b.as(DEMO.contact);
    const cookie = subscriber.cookie!;
    class CookieSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie } });
      }
    }
    const client = createClient({ url: `${b.url.replace('http', 'ws')}/graphql`, webSocketImpl: CookieSocket, lazy: false, retryAttempts: 0 });
    try {
      const received = new Promise<Answer>((resolve, reject) => {
        client.subscribe(
          { query: `subscription($p: ID!) { householdChanged(partnershipId: $p) { reference arrivalDate } }`, variables: { p: ids.partnership.mechelen } },
          { next: (r) => (r.errors ? reject(new Error(JSON.stringify(r.errors))) : resolve(r.data as Answer)), error: reject, complete: () => {} },
        );
      });
      await new Promise<void>((resolve) => client.on('connected', () => resolve()));
      const writer = await a.as(DEMO.coordinator);
      // The subscription may not be registered the instant the socket connects: repeat the change
      // until the event arrives (bounded), rather than sleeping a fixed time.
      let event: Answer | undefined;
      for (let day = 10; day < 30 && !event; day++) {
        await writer.ok(`mutation($id: ID!, $d: String!) { recordArrival(id: $id, arrivalDate: $d) { id } }`, { id: ids.household.mechelenPlanned, d: `2026-11-${day}` });
        event = await Promise.race([received, new Promise<undefined>((r) => setTimeout(r, 200))]);
      }
      expect(event?.householdChanged.reference).toBe('HH-2027-0005');
    } finally {
      await client.dispose();
    }
  });
});

/**
 * The test: two server PROCESSES on the same database (PostgreSQL when TEST_DATABASE=postgresql)
 * and Redis. The harness's hub (this process) owns the database; a second hub runs in a child
 * process (test/hub-process.ts). A message sent through one arrives live at a subscriber of the other,
 * both ways, once each and in order.
 */
describe.runIf(redisUrl)('messages across two server processes on Redis', () => {
  let a: TestHub;
  let child: ChildProcess | undefined;
  let bUrl: string;
  beforeAll(async () => {
    a = await startTestHub({ redisUrl });
    child = spawn(process.execPath, ['--conditions=source', '--import', '@swc-node/register/esm-register', 'test/hub-process.ts'], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env, HUB_CONFIG: JSON.stringify(a.config) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    bUrl = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /READY (\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child!.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child!.once('exit', (code) => reject(new Error(`the second hub exited (${code}): ${err}`)));
    });
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await a?.close();
  });

  /** Signs in on a hub by URL (the child process is not a TestHub). */
  async function signIn(url: string, email: string): Promise<string> {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, variables: { e: email, p: DEMO_PASSWORD } }),
    });
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error(`sign-in failed on ${url}: ${await res.text()}`);
    return cookie;
  }

  async function gql(url: string, cookie: string, query: string, variables: Record<string, unknown>) {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: Answer; errors?: unknown[] };
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  }

  /** Subscribes on `subscriberUrl`, sends through `senderUrl` until the first message arrives, then three more. */
  async function crossing(subscriberUrl: string, senderUrl: string) {
    const ids = await demoIds(a);
    const subscriberCookie = await signIn(subscriberUrl, DEMO.contact);
    // Both Fedasil staff: the same numbering of the thread (partners number only what they may see).
    const senderCookie = await signIn(senderUrl, DEMO.deputy);
    const threadId = (await gql(senderUrl, senderCookie, `mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, { p: ids.partnership.mechelen })).openPartnershipThread.id as string;
    class CookieSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie: subscriberCookie } });
      }
    }
    const client = createClient({ url: `${subscriberUrl.replace('http', 'ws')}/graphql`, webSocketImpl: CookieSocket, lazy: false, retryAttempts: 0 });
    const events: { seq: number; body: string }[] = [];
    let failure: unknown;
    let wake: () => void = () => {};
    client.subscribe(
      { query: `subscription($t: ID) { messageEvents(threadId: $t) { kind message { seq body } } }`, variables: { t: threadId } },
      {
        next: (r) => {
          if (r.errors) failure = r.errors;
          else events.push((r.data as Answer).messageEvents.message);
          wake();
        },
        error: (e) => {
          failure = e;
          wake();
        },
        complete: () => {},
      },
    );
    const send = async (body: string) =>
      (await gql(senderUrl, senderCookie, `mutation($input: SendMessageInput!) { sendMessage(input: $input) { seq } }`, { input: { threadId, clientId: randomUUID(), body } })).sendMessage
        .seq as number;
    const waitFor = async (done: () => boolean, trigger?: () => Promise<unknown>) => {
      // The attempt limit only guards against a hang; it is not part of any assertion.
      for (let attempt = 0; attempt < 80 && !done() && !failure; attempt++) {
        if (trigger) await trigger();
        if (done()) break;
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 150);
        });
      }
    };
    try {
      const tag = randomUUID().slice(0, 8);
      // The subscription is registered a moment after the socket connects: repeat until one arrives.
      await waitFor(
        () => events.some((e) => e.body.startsWith(`ready ${tag}`)),
        () => send(`ready ${tag}`),
      );
      expect(failure).toBeUndefined();
      const seqs = [];
      for (const i of [1, 2, 3]) seqs.push(await send(`Bericht ${i} ${tag}`));
      await waitFor(() => events.filter((e) => e.body.endsWith(tag) && e.body.startsWith('Bericht')).length >= 3);
      const live = events.filter((e) => e.body.startsWith('Bericht') && e.body.endsWith(tag));
      expect(live).toEqual(seqs.map((seq, i) => ({ seq, body: `Bericht ${i + 1} ${tag}` })));
    } finally {
      await client.dispose();
    }
  }

  it('delivers a message sent through this process to a subscriber of the other process', async () => {
    await crossing(bUrl, a.url);
  });

  it('delivers a message sent through the other process to a subscriber of this one', async () => {
    await crossing(a.url, bUrl);
  });
});

import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO, demoIds, type TestHub, startTestHub } from './harness.js';

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
      const received = new Promise<Record<string, any>>((resolve, reject) => {
        client.subscribe(
          { query: `subscription($p: ID!) { householdChanged(partnershipId: $p) { reference arrivalDate } }`, variables: { p: ids.partnership.mechelen } },
          { next: (r) => (r.errors ? reject(new Error(JSON.stringify(r.errors))) : resolve(r.data as Record<string, any>)), error: reject, complete: () => {} },
        );
      });
      await new Promise<void>((resolve) => client.on('connected', () => resolve()));
      const writer = await a.as(DEMO.coordinator);
      // The subscription may not be registered the instant the socket connects: repeat the change
      // until the event arrives (bounded), rather than sleeping a fixed time.
      let event: Record<string, any> | undefined;
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

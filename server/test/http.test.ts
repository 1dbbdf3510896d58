import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AppError, createErrorFormatter } from '../src/app/errors.js';
import type { Logger } from '../src/app/logger.js';
import { DEMO, type TestHub, startTestHub } from './harness.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ demo: true });
});
afterAll(() => hub?.close());

describe('/healthz', () => {
  it('answers ok when the database answers', async () => {
    const res = await fetch(`${hub.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('/graphql over HTTP', () => {
  it('refuses a simple cross-site request (no JSON content type, no preflight header)', async () => {
    const res = await fetch(`${hub.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(res.status).toBe(400);
  });
});

describe('a subscription sent over HTTP', () => {
  it('is refused with a clear coded error (400), for anyone, whatever the subscription', async () => {
    const agent = await hub.as(DEMO.contact);
    for (const query of ['subscription { messageEvents { kind threadId } }', 'subscription($p: ID!) { householdChanged(partnershipId: $p) { id } }', 'subscription { notificationAdded { id } }']) {
      const r = await agent.gql(query, { p: 'x' });
      expect(agent.lastResponse!.status, query).toBe(400);
      expect(
        r.errors!.map((e) => e.extensions!.code),
        query,
      ).toEqual(['SUBSCRIPTION_NEEDS_WEBSOCKET']);
      expect(r.errors![0].extensions).not.toHaveProperty('http');
      expect(r.data ?? null).toBeNull();
    }
    const anonymous = await hub.agent().gql('subscription { messageEvents { kind } }');
    expect(anonymous.errors!.map((e) => e.extensions!.code)).toEqual(['SUBSCRIPTION_NEEDS_WEBSOCKET']);
  });
});

describe('/graphql over WebSocket', () => {
  const open = (headers: Record<string, string>) =>
    new Promise<{ opened: boolean; closeCode?: number }>((resolve) => {
      const ws = new WebSocket(`${hub.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { headers });
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
      ws.on('message', (data) => {
        if (JSON.parse((data as Buffer).toString('utf8')).type === 'connection_ack') {
          ws.close();
          resolve({ opened: true });
        }
      });
      ws.on('close', (code) => resolve({ opened: false, closeCode: code }));
      ws.on('error', () => resolve({ opened: false }));
    });

  it('accepts a signed-in session and refuses a socket without one', async () => {
    const agent = await hub.as(DEMO.contact);
    expect((await open({ cookie: agent.cookie! })).opened).toBe(true);
    const anonymous = await open({});
    expect(anonymous).toEqual({ opened: false, closeCode: 4403 });
  });

  it('refuses a socket opened from another site, even with the cookie', async () => {
    const agent = await hub.as(DEMO.contact);
    const host = new URL(hub.url).host;
    expect((await open({ cookie: agent.cookie!, origin: 'https://evil.example' })).opened).toBe(false);
    expect((await open({ cookie: agent.cookie!, origin: `http://${host}` })).opened).toBe(true);
  });
});

describe('error formatting', () => {
  const logged: string[] = [];
  const logger: Logger = { debug() {}, info() {}, warn() {}, error: (msg) => logged.push(msg) };
  const format = createErrorFormatter(logger);

  it('keeps coded errors as they are', () => {
    const e = new AppError('NOT_FOUND', 'Not found');
    expect(format({ message: 'Not found', extensions: { code: 'NOT_FOUND' } }, e)).toMatchObject({ message: 'Not found', extensions: { code: 'NOT_FOUND' } });
  });

  it('logs and hides an unexpected error', () => {
    const e = new GraphQLError('boom', { originalError: new Error('SQLITE_CONSTRAINT: secret detail') });
    const out = format({ message: 'SQLITE_CONSTRAINT: secret detail', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, e);
    expect(out).toEqual({ message: 'Internal server error', path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toEqual(['unexpected error']);
  });
});

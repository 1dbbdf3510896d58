/**
 * Operations (README "Metrics and logs"): Prometheus metrics at /metrics behind METRICS_TOKEN, and
 * JSON log lines through pino carrying the request id that error answers also carry.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/app/logger.js';
import { DEMO, type TestHub, startTestHub } from './harness.js';
import { rawSocket } from './socket.js';

const TOKEN = 'metrics-token-for-tests';
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

let hub: TestHub;
beforeAll(async () => {
  // Jobs on (every hour, the first a second after start): their runs are counted.
  hub = await startTestHub({ metricsToken: TOKEN, logger: createLogger('info', sink), jobsIntervalMs: 3_600_000 });
});
afterAll(() => hub?.close());

const scrape = async (token = TOKEN) => fetch(`${hub.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
/** The value of one series in the exposition text (0 when absent). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(name) || line.startsWith('#')) continue;
    const m = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = (m[2] ?? '').split(',');
    if (wanted.every((w) => have.includes(w))) return Number(m[3]);
  }
  return 0;
}

describe('/metrics', () => {
  it('asks for the token', async () => {
    expect((await scrape('')).status).toBe(401);
    expect((await scrape('wrong-token')).status).toBe(401);
    const res = await scrape();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('counts requests and their latency by operation, and errors by code', async () => {
    const agent = await hub.as(DEMO.volunteer);
    const viewer = `query Viewer { __typename me { __typename email id language name organisation { __typename id name } role } }`;
    const before = await (await scrape()).text();
    await agent.ok(viewer);
    await agent.ok(viewer);
    await agent.gql(`query($n: Int!) { partnerships(first: $n) { totalCount } }`, { n: 0 });
    await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    const after = await (await scrape()).text();
    const delta = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('partner_hub_graphql_requests_total', { operation: 'Viewer', type: 'query' })).toBe(2);
    expect(delta('partner_hub_graphql_request_duration_seconds_count', { operation: 'Viewer', type: 'query' })).toBe(2);
    // Operations that are not the client's are one label, whatever their names.
    expect(delta('partner_hub_graphql_requests_total', { operation: 'other', type: 'query' })).toBe(1);
    expect(delta('partner_hub_graphql_errors_total', { code: 'LIST_SIZE_OUT_OF_RANGE', transport: 'http' })).toBe(1);
    expect(delta('partner_hub_graphql_errors_total', { code: 'MALFORMED_REQUEST', transport: 'http' })).toBe(1);
  });

  it('shows open sockets and their subscriptions, the outbox queue and job runs', async () => {
    const agent = await hub.as(DEMO.contact);
    const socket = await rawSocket(hub, agent);
    socket.subscribe('a', `subscription { notificationAdded { id } }`);
    socket.subscribe('b', `subscription { boardUpdated { id } }`);
    // Each scrape reads the sockets as they are; wait until both subscriptions are registered.
    let text = '';
    for (let i = 0; i < 50; i++) {
      text = await (await scrape()).text();
      if (sample(text, 'partner_hub_websocket_subscriptions') === 2) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(sample(text, 'partner_hub_websocket_connections')).toBe(1);
    expect(sample(text, 'partner_hub_websocket_subscriptions')).toBe(2);
    const outbox = (await hub.orm.em.fork().getConnection().execute('select count(*) as n from outbox_message')) as { n: number | string }[];
    expect(sample(text, 'partner_hub_outbox_queue_depth')).toBe(Number(outbox[0].n));
    socket.ws.close();
    await socket.closed();
    // The jobs run one after the other, a second after start: wait for the last one counted here
    // (on a loaded PostgreSQL the first three can take seconds).
    const settled = (t: string) => sample(t, 'partner_hub_job_runs_total', { job: 'abandoned attachments removed', outcome: 'ok' }) >= 1 && sample(t, 'partner_hub_websocket_connections') === 0;
    for (let i = 0; i < 300; i++) {
      text = await (await scrape()).text();
      if (settled(text)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(sample(text, 'partner_hub_websocket_connections')).toBe(0);
    expect(sample(text, 'partner_hub_job_runs_total', { job: 'feedback rounds due', outcome: 'ok' })).toBe(1);
    expect(sample(text, 'partner_hub_job_runs_total', { job: 'abandoned attachments removed', outcome: 'ok' })).toBe(1);
  });

  it('is off without METRICS_TOKEN', async () => {
    const other = await startTestHub({ shareDatabaseWith: hub });
    try {
      expect((await fetch(`${other.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    } finally {
      await other.server.close();
      await new Promise((r) => other.server.httpServer.close(r));
      await other.orm.close(true);
    }
  });
});

describe('logs', () => {
  it('are JSON lines through pino, and lines written for a request carry the id its error answer shows', async () => {
    lines.length = 0;
    const res = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-from-proxy-0001' }, body: '{"broken' });
    expect(res.headers.get('x-request-id')).toBe('req-from-proxy-0001');
    const body = await res.json();
    expect(body.errors[0].extensions).toEqual({ code: 'MALFORMED_REQUEST', requestId: 'req-from-proxy-0001' });
    const line = lines.find((l) => l.requestId === 'req-from-proxy-0001' && l.msg === 'request refused');
    expect(line).toMatchObject({ level: 'info', code: 'MALFORMED_REQUEST', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    // And the request's own line, once answered.
    await expect.poll(() => lines.find((l) => l.requestId === 'req-from-proxy-0001' && l.msg === 'graphql request')).toMatchObject({ status: 400, method: 'POST', ms: expect.any(Number) });
    const agent = await hub.as(DEMO.volunteer);
    await agent.ok(`query Viewer { me { id } }`);
    const id = agent.lastResponse!.headers.get('x-request-id');
    await expect.poll(() => lines.find((l) => l.requestId === id)).toMatchObject({ msg: 'graphql request', operation: 'Viewer', status: 200 });
  });

  it('makes a new id when the one given does not look like one (no log injection)', async () => {
    const res = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'bad id {"level":"error"}' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await res.json()).errors[0].extensions.requestId).toBe(id);
  });
});

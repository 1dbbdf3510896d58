/**
 * Fault: SIGTERM while a websocket is open and a mutation is in flight. The mutation completes
 * (and is stored), the socket is closed with 1001 (going away), which graphql-ws clients answer by
 * reconnecting, and the process exits cleanly.
 */
import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type Answer, DEMO } from './harness.js';
import { exited, killLaunchedHubs, hubConfig, okAt, preparedDatabase, queryDatabase, signInAt, spawnHub, stopHub } from './ops-helpers.js';

describe('SIGTERM with open sockets and a mutation in flight', () => {
  let prepared: Awaited<ReturnType<typeof preparedDatabase>>;
  let child: ChildProcess | undefined;
  let url: string;
  beforeAll(async () => {
    prepared = await preparedDatabase();
    ({ url, child } = await spawnHub(hubConfig(prepared.database, prepared.dataDir)));
  });
  afterAll(async () => {
    await stopHub(child);
    await killLaunchedHubs();
    await prepared?.drop();
  });

  it('completes the mutation, closes sockets with a code that makes clients reconnect, and exits 0', { timeout: 120_000 }, async () => {
    const cookie = await signInAt(url, DEMO.deputy);
    const [{ id: partnershipId }] = await queryDatabase<{ id: string }>(prepared.database, `select id from partnership where name = ?`, ['Onthaalgroep Mechelen']);
    const threadId = (await okAt(url, cookie, `mutation($p: ID!) { openPartnershipThread(partnershipId: $p) { id } }`, { p: partnershipId })).openPartnershipThread.id as string;

    // A subscriber, as the web app connects (graphql-ws, retrying).
    class CookieSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    }
    const events: string[] = [];
    let closeCode: number | undefined;
    let onClosed: () => void = () => {};
    const closed = new Promise<void>((resolve) => (onClosed = resolve));
    let onReconnecting: () => void = () => {};
    const reconnecting = new Promise<void>((resolve) => (onReconnecting = resolve));
    const client = createClient({
      url: `${url.replace('http', 'ws')}/graphql`,
      webSocketImpl: CookieSocket,
      lazy: false,
      retryAttempts: 1,
      retryWait: async () => {},
      onNonLazyError: () => {},
      on: {
        connecting: () => {
          events.push('connecting');
          if (closeCode !== undefined) onReconnecting();
        },
        connected: () => events.push('connected'),
        // The reconnection finds the stopped hub gone: expected here.
        error: () => {},
        closed: (event) => {
          closeCode ??= (event as { code: number }).code;
          events.push(`closed ${(event as { code: number }).code}`);
          onClosed();
        },
      },
    });
    client.subscribe({ query: `subscription($t: ID) { messageEvents(threadId: $t) { kind } }`, variables: { t: threadId } }, { next: () => {}, error: () => {}, complete: () => {} });
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));

    // The mutation: its headers reach the server (it answers 100 Continue), its body not yet.
    const clientId = randomUUID();
    const body = JSON.stringify({ query: `mutation($i: SendMessageInput!) { sendMessage(input: $i) { seq body } }`, variables: { i: { threadId, clientId, body: 'sent while the hub stops' } } });
    const { hostname, port } = new URL(url);
    const request = http.request({
      hostname,
      port,
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie, expect: '100-continue' },
    });
    const response = new Promise<{ status: number; json: Answer }>((resolve, reject) => {
      request.once('response', (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(text) }));
      });
      request.once('error', reject);
    });
    await new Promise<void>((resolve) => request.once('continue', () => resolve()));

    const exit = exited(child!);
    child!.kill('SIGTERM');
    // The socket is closed while the mutation is still waiting for its body.
    await closed;
    expect(closeCode).toBe(1001);
    request.end(body);
    const answer = await response;
    expect(answer.status).toBe(200);
    expect(answer.json.errors).toBeUndefined();
    expect(answer.json.data.sendMessage.body).toBe('sent while the hub stops');
    expect(await exit).toEqual({ code: 0, signal: null });

    // graphql-ws took the close as one to reconnect after (it is not one of its fatal codes).
    await reconnecting;
    expect(events.slice(0, 4)).toEqual(['connecting', 'connected', 'closed 1001', 'connecting']);
    await client.dispose();

    const stored = await queryDatabase<{ n: number }>(prepared.database, `select count(*) as n from message where client_id = ?`, [clientId]);
    expect(Number(stored[0].n)).toBe(1);
  });
});

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSender, defaultDelay, isRetryableSendError, newClientId, type PendingMessage } from './sender';

/** A server that stores each client id once, like the real one, and whose answers can be lost. */
function fakeServer() {
  const stored = new Map<string, { id: string; body: string }>();
  const calls: PendingMessage[] = [];
  let failNext = 0;
  let refuse: Error | null = null;
  let lose = 0;
  return {
    stored,
    calls,
    failNextAttempts(n: number) {
      failNext = n;
    },
    loseNextAnswers(n: number) {
      lose = n;
    },
    refuseWith(error: Error) {
      refuse = error;
    },
    // A property (it is handed over as `send: server.send`); answers and failures as promises, like fetch's.
    send: (message: PendingMessage) => {
      calls.push(message);
      if (refuse) return Promise.reject(refuse);
      if (failNext > 0) {
        failNext -= 1;
        return Promise.reject(new TypeError('Failed to fetch'));
      }
      if (!stored.has(message.clientId)) stored.set(message.clientId, { id: `m${stored.size + 1}`, body: message.body });
      if (lose > 0) {
        // Stored, but the answer never reaches the client.
        lose -= 1;
        return Promise.reject(new TypeError('Failed to fetch'));
      }
      return Promise.resolve(stored.get(message.clientId));
    },
  };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('createSender', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the message at once as "sending", then drops it from pending once delivered', async () => {
    const server = fakeServer();
    let ids = 0;
    const sender = createSender({ send: server.send, newId: () => `c${++ids}` });
    const changes: string[] = [];
    sender.subscribe(() =>
      changes.push(
        sender
          .pending()
          .map((m) => `${m.clientId}:${m.status}`)
          .join(','),
      ),
    );
    const clientId = sender.submit({ threadId: 't1', body: 'Hallo' });
    expect(clientId).toBe('c1');
    expect(sender.pending()).toMatchObject([{ clientId: 'c1', body: 'Hallo', status: 'sending', threadId: 't1' }]);
    await flush();
    expect(sender.pending()).toEqual([]);
    expect(server.stored.size).toBe(1);
    expect(changes[0]).toBe('c1:sending');
  });

  it('retries network failures by itself with growing pauses, always with the same client id', async () => {
    const server = fakeServer();
    server.failNextAttempts(3);
    const sender = createSender({ send: server.send });
    const clientId = sender.submit({ threadId: 't1', body: 'Hallo' });
    await flush();
    expect(server.calls).toHaveLength(1);
    expect(sender.pending()[0].status).toBe('sending');
    await vi.advanceTimersByTimeAsync(999);
    expect(server.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1); // 1 s after the first failure
    expect(server.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2000); // 2 s after the second
    expect(server.calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(4000); // 4 s after the third: delivered
    expect(server.calls).toHaveLength(4);
    expect(new Set(server.calls.map((c) => c.clientId))).toEqual(new Set([clientId]));
    expect(sender.pending()).toEqual([]);
    expect(server.stored.size).toBe(1);
  });

  it('never makes a second message when the answer of a stored send is lost', async () => {
    const server = fakeServer();
    server.loseNextAnswers(2);
    const sender = createSender({ send: server.send });
    sender.submit({ threadId: 't1', body: 'Once' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.calls.length).toBe(3);
    expect(server.stored.size).toBe(1);
    expect(sender.pending()).toEqual([]);
  });

  it('shows a failed message after the automatic attempts; a manual retry keeps the client id', async () => {
    const server = fakeServer();
    server.failNextAttempts(3);
    const sender = createSender({ send: server.send, maxAutoAttempts: 3 });
    const clientId = sender.submit({ threadId: 't1', body: 'Hallo' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(3);
    expect(sender.pending()).toMatchObject([{ clientId, status: 'failed' }]);
    // Nothing more happens by itself.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(3);
    sender.retry(clientId);
    expect(sender.pending()[0].status).toBe('sending');
    await flush();
    expect(server.calls.at(-1)!.clientId).toBe(clientId);
    expect(sender.pending()).toEqual([]);
    expect(server.stored.size).toBe(1);
  });

  it('does not retry a refusal (a coded error) and shows it as failed at once', async () => {
    const server = fakeServer();
    const refusal = new CombinedGraphQLErrors({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
    server.refuseWith(refusal);
    const sender = createSender({ send: server.send });
    const clientId = sender.submit({ threadId: 't1', body: 'Hallo' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(1);
    expect(sender.pending()).toMatchObject([{ clientId, status: 'failed', error: refusal }]);
    sender.discard(clientId);
    expect(sender.pending()).toEqual([]);
  });

  it('never runs two attempts of one message at once (a retry click during an attempt)', async () => {
    let resolve: () => void = () => undefined;
    const send = vi.fn(() => new Promise<void>((r) => (resolve = r)));
    const sender = createSender({ send });
    const clientId = sender.submit({ threadId: 't1', body: 'x' });
    sender.retry(clientId); // not failed: ignored
    expect(send).toHaveBeenCalledTimes(1);
    resolve();
    await flush();
    expect(sender.pending()).toEqual([]);
  });

  it('keeps several messages in the order they were written', () => {
    const send = vi.fn(() => new Promise<void>(() => undefined));
    let ids = 0;
    const sender = createSender({ send, newId: () => `c${++ids}` });
    sender.submit({ threadId: 't1', body: 'one' });
    sender.submit({ threadId: 't1', body: 'two' });
    sender.submit({ threadId: 't1', body: 'three' });
    expect(sender.pending().map((m) => m.body)).toEqual(['one', 'two', 'three']);
  });

  it('sends one message at a time, in the order written, also when the first one needs retries', async () => {
    const server = fakeServer();
    server.failNextAttempts(2);
    let ids = 0;
    const sender = createSender({ send: server.send, newId: () => `c${++ids}` });
    sender.submit({ threadId: 't1', body: 'one' });
    sender.submit({ threadId: 't1', body: 'two' });
    sender.submit({ threadId: 't1', body: 'three' });
    expect(server.calls.map((c) => c.body)).toEqual(['one']);
    await vi.advanceTimersByTimeAsync(60_000);
    // "one" failed twice and went out third; the others waited for it.
    expect(server.calls.map((c) => c.body)).toEqual(['one', 'one', 'one', 'two', 'three']);
    expect([...server.stored.values()].map((m) => m.body)).toEqual(['one', 'two', 'three']);
    expect(sender.pending()).toEqual([]);
  });

  it('lets the next message go when one has failed', async () => {
    const server = fakeServer();
    server.failNextAttempts(2);
    let ids = 0;
    const sender = createSender({ send: server.send, newId: () => `c${++ids}`, maxAutoAttempts: 2 });
    sender.submit({ threadId: 't1', body: 'one' });
    sender.submit({ threadId: 't1', body: 'two' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sender.pending()).toMatchObject([{ body: 'one', status: 'failed' }]);
    expect([...server.stored.values()].map((m) => m.body)).toEqual(['two']);
    sender.retry('c1');
    await flush();
    expect([...server.stored.values()].map((m) => m.body)).toEqual(['two', 'one']);
  });

  it('stops its timers when disposed', async () => {
    const server = fakeServer();
    server.failNextAttempts(1);
    const sender = createSender({ send: server.send });
    sender.submit({ threadId: 't1', body: 'x' });
    await flush();
    sender.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('waits 1, 2, 4, 8 s and at most 15 s', () => {
    expect([1, 2, 3, 4, 5, 9].map(defaultDelay)).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000]);
  });

  it('retries network trouble, not refusals', () => {
    expect(isRetryableSendError(new TypeError('Failed to fetch'))).toBe(true);
    expect(isRetryableSendError(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] }))).toBe(false);
    expect(isRetryableSendError(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }))).toBe(true);
    expect(isRetryableSendError(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }))).toBe(true);
  });

  it('makes UUIDs', () => {
    expect(newClientId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newClientId()).not.toBe(newClientId());
  });
});

describe('createSender offline', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits while offline (no attempt counts), then sends in order once resumed, each message once', async () => {
    const server = fakeServer();
    let online = false;
    const sender = createSender({ send: (m) => server.send(m), isOnline: () => online, maxAutoAttempts: 2 });
    sender.submit({ threadId: 't', body: 'first' });
    sender.submit({ threadId: 't', body: 'second' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(0);
    expect(sender.pending().map((m) => m.status)).toEqual(['waiting', 'waiting']);

    online = true;
    sender.resume();
    await flush();
    await flush();
    expect([...server.stored.values()].map((m) => m.body)).toEqual(['first', 'second']);
    expect(sender.pending()).toEqual([]);
  });

  it('the network dropping during an attempt does not use up the automatic attempts', async () => {
    const server = fakeServer();
    let online = true;
    const sender = createSender({ send: (m) => server.send(m), isOnline: () => online, maxAutoAttempts: 1 });
    server.loseNextAnswers(1);
    sender.submit({ threadId: 't', body: 'stored, answer lost' });
    online = false; // the answer is lost as the network goes
    await flush();
    expect(sender.pending()[0]).toMatchObject({ status: 'waiting', attempts: 0 });
    online = true;
    sender.resume();
    await flush();
    // Sent again with the same client id: stored once, never shown as failed.
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1].clientId).toBe(server.calls[0].clientId);
    expect(server.stored.size).toBe(1);
    expect(sender.pending()).toEqual([]);
  });

  it('messages kept from an earlier page go first, with their own client ids, once each', async () => {
    const server = fakeServer();
    let online = false;
    const kept = { threadId: 't', body: 'kept', clientId: 'kept-1', status: 'sending' as const, attempts: 1, error: null, createdAt: '2026-12-04T10:00:00.000Z' };
    const sender = createSender({ send: (m) => server.send(m), isOnline: () => online });
    sender.submit({ threadId: 't', body: 'new' });
    sender.adopt([kept]);
    sender.adopt([kept]);
    expect(sender.pending().map((m) => [m.body, m.status])).toEqual([
      ['kept', 'waiting'],
      ['new', 'waiting'],
    ]);
    online = true;
    sender.resume();
    await flush();
    await flush();
    expect([...server.stored.entries()].map(([id, m]) => [id === 'kept-1', m.body])).toEqual([
      [true, 'kept'],
      [false, 'new'],
    ]);
  });
});

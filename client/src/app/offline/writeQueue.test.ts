import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { createWriteQueue, type QueuedWrite, type WriteQueueOptions } from './writeQueue';

/** A device: its storage, its network switch, and a server the test answers by hand. */
function device(overrides: Partial<WriteQueueOptions> = {}) {
  const store = new Map<string, string>();
  const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
  let online = true;
  const sent: { write: QueuedWrite; resolve: (v: { version: number }) => void; reject: (e: unknown) => void }[] = [];
  const timers: (() => void)[] = [];
  let ids = 0;
  const options: WriteQueueOptions = {
    storage,
    isOnline: () => online,
    send: (write) => new Promise((resolve, reject) => sent.push({ write: structuredClone(write), resolve, reject })),
    newId: () => `id-${++ids}`,
    setTimer: (cb) => timers.push(cb),
    clearTimer: () => undefined,
    ...overrides,
  };
  const queue = createWriteQueue(options);
  queue.setOwner('user-1');
  return {
    queue,
    store,
    sent,
    timers,
    options,
    goOffline: () => (online = false),
    goOnline: () => {
      online = true;
      queue.resume();
    },
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const refused = (code: string, extensions: Record<string, unknown> = {}) => new CombinedGraphQLErrors({ errors: [{ message: code, extensions: { code, ...extensions } }] });
const step = (target: string, status: string, expectedVersion = 1) => ({ kind: 'step', target, payload: { input: { status } }, expectedVersion });

describe('the device write queue', () => {
  it('offline: keeps writes (in storage, waiting) and sends them in order, one at a time, when back online', async () => {
    const d = device();
    d.goOffline();
    const a = d.queue.enqueue(step('s-1', 'DONE'));
    d.queue.enqueue(step('s-2', 'DONE'));
    expect(await a.settled).toEqual({ status: 'waiting' });
    expect(d.queue.list().map((w) => [w.target, w.status])).toEqual([
      ['s-1', 'waiting'],
      ['s-2', 'waiting'],
    ]);
    expect(JSON.parse(d.store.get('ph.writes.user-1')!)).toHaveLength(2);
    expect(d.sent).toHaveLength(0);

    d.goOnline();
    expect(d.sent.map((s) => s.write.target)).toEqual(['s-1']);
    d.sent[0].resolve({ version: 2 });
    await flush();
    expect(d.sent.map((s) => s.write.target)).toEqual(['s-1', 's-2']);
    d.sent[1].resolve({ version: 2 });
    await flush();
    expect(d.queue.list()).toEqual([]);
    expect(d.store.has('ph.writes.user-1')).toBe(false);
  });

  it('a later change of the same record expects the version the earlier one produced', async () => {
    const d = device();
    d.goOffline();
    d.queue.enqueue(step('s-1', 'DONE', 4));
    d.queue.enqueue(step('s-1', 'TODO', 4));
    d.goOnline();
    d.sent[0].resolve({ version: 5 });
    await flush();
    expect(d.sent[1].write.expectedVersion).toBe(5);
  });

  it('a lost answer: the same write (same client id) is sent again after a pause, never a new one', async () => {
    const d = device();
    const w = d.queue.enqueue(step('s-1', 'DONE'));
    d.sent[0].reject(new TypeError('Failed to fetch'));
    expect(await w.settled).toMatchObject({ status: 'waiting' });
    expect(d.queue.list()[0].status).toBe('waiting');
    d.timers.shift()!();
    expect(d.sent).toHaveLength(2);
    expect(d.sent[1].write.clientId).toBe(d.sent[0].write.clientId);
  });

  it('survives a reload: a write in flight when the page closed is sent again with its client id', () => {
    const d = device();
    d.queue.enqueue(step('s-1', 'DONE'));
    expect((JSON.parse(d.store.get('ph.writes.user-1')!) as QueuedWrite[])[0].status).toBe('sending');
    // The page reloads: a new queue on the same storage.
    const sent: QueuedWrite[] = [];
    const reloaded = createWriteQueue({ ...d.options, send: (w) => (sent.push(w), Promise.resolve({ version: 2 })) });
    reloaded.setOwner('user-1');
    expect(sent.map((w) => w.clientId)).toEqual([d.sent[0].write.clientId]);
  });

  it('a conflict holds the write (and later writes of that record) until the user chooses; other records go on', async () => {
    const d = device();
    d.goOffline();
    const first = d.queue.enqueue(step('s-1', 'DONE'));
    d.queue.enqueue(step('s-1', 'TODO'));
    d.queue.enqueue(step('s-2', 'DONE'));
    d.goOnline();
    d.sent[0].reject(refused('CHANGED_MEANWHILE', { currentVersion: 3 }));
    await flush();
    expect(d.queue.list().map((w) => [w.target, w.status])).toEqual([
      ['s-1', 'conflict'],
      ['s-1', 'waiting'],
      ['s-2', 'sending'],
    ]);
    expect(d.queue.list()[0].problem).toEqual({ code: 'CHANGED_MEANWHILE', currentVersion: 3 });
    d.sent[1].resolve({ version: 2 });
    await flush();

    // "Use mine": sent again over the version now on the server, as a new decision (new client id).
    d.queue.useMine(d.queue.list()[0].clientId);
    expect(d.sent[2].write).toMatchObject({ target: 's-1', expectedVersion: 3 });
    expect(d.sent[2].write.clientId).not.toBe(d.sent[0].write.clientId);
    d.sent[2].resolve({ version: 4 });
    await flush();
    expect(d.sent[3].write).toMatchObject({ target: 's-1', expectedVersion: 4 });
    void first;
  });

  it('"keep theirs" drops my change; a refusal with a reason is kept as failed, not retried', async () => {
    const d = device();
    const w = d.queue.enqueue(step('s-1', 'NOT_APPLICABLE'));
    d.sent[0].reject(refused('REASON_REQUIRED'));
    expect(await w.settled).toMatchObject({ status: 'failed' });
    expect(d.queue.list()[0]).toMatchObject({ status: 'failed', problem: { code: 'REASON_REQUIRED' } });
    expect(d.timers).toHaveLength(0);
    d.queue.discard(w.clientId);
    expect(d.queue.list()).toEqual([]);
  });

  it("keeps each user's writes apart, and forgets them on sign-out", () => {
    const d = device();
    d.goOffline();
    d.queue.enqueue(step('s-1', 'DONE'));
    d.queue.setOwner('user-2');
    expect(d.queue.list()).toEqual([]);
    d.queue.setOwner('user-1');
    expect(d.queue.list()).toHaveLength(1);
    d.queue.clear();
    expect(d.queue.list()).toEqual([]);
    expect(d.store.size).toBe(0);
  });
});

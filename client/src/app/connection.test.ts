import { API_REVISION } from '@partner-hub/shared';
import { describe, expect, it } from 'vitest';
import { createConnectionStore, reconnectDelay } from './connection';

/** The acknowledgement of a server of this page's API revision. */
const ACK = { apiRevision: API_REVISION };

describe('connection store', () => {
  it('is quiet on the first connection and counts acknowledged connections', () => {
    const store = createConnectionStore();
    expect(store.get()).toEqual({ status: 'idle', epoch: 0, outdated: false });
    store.connecting(false);
    expect(store.get().status).toBe('connecting');
    store.connected(ACK);
    expect(store.get()).toEqual({ status: 'connected', epoch: 1, outdated: false });
  });

  it('says "reconnecting" when the socket drops, until connected again (a new epoch: catch up)', () => {
    const store = createConnectionStore();
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.get().status));
    store.connecting(false);
    store.connected(ACK);
    store.closed(1006);
    expect(store.get().status).toBe('reconnecting');
    store.connecting(true);
    store.closed(1006);
    store.connecting(true);
    expect(store.get().status).toBe('reconnecting');
    store.connected(ACK);
    expect(store.get()).toEqual({ status: 'connected', epoch: 2, outdated: false });
    expect(seen).toEqual(['connecting', 'connected', 'reconnecting', 'connected']);
  });

  it('a socket closed on purpose (nothing subscribed) is not a drop', () => {
    const store = createConnectionStore();
    store.connecting(false);
    store.connected(ACK);
    store.closed(1000);
    expect(store.get().status).toBe('idle');
    store.connecting(false);
    expect(store.get().status).toBe('connecting');
  });

  it('going offline while connected shows "reconnecting"; while idle it does not', () => {
    const store = createConnectionStore();
    store.offline();
    expect(store.get().status).toBe('idle');
    store.connecting(false);
    store.connected(ACK);
    store.offline();
    expect(store.get().status).toBe('reconnecting');
  });

  it('is outdated once a server of another API revision (or one that tells none) answers, and stays so', () => {
    const store = createConnectionStore();
    store.connecting(false);
    store.connected(ACK);
    store.closed(1006);
    store.connecting(true);
    store.connected({ apiRevision: API_REVISION + 1 });
    expect(store.get()).toEqual({ status: 'connected', epoch: 2, outdated: true });
    store.closed(1006);
    store.connected(ACK);
    expect(store.get().outdated).toBe(true);
    const older = createConnectionStore();
    older.connected(undefined);
    expect(older.get().outdated).toBe(true);
  });

  it('waits longer after each failed attempt, at most about 5 s', () => {
    const none = () => 0;
    expect([0, 1, 2, 3, 4, 10].map((n) => reconnectDelay(n, none))).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
    expect(reconnectDelay(10, () => 1)).toBeLessThanOrEqual(6667);
  });
});

import type { ApolloClient } from '@apollo/client';
import { useSyncExternalStore } from 'react';
import { isOnline } from './network';
import { createWriteQueue, type QueuedWrite, type WriteResult } from './writeQueue';

/**
 * The app's one queue of device-kept writes. Features register the kinds of write they queue
 * (how to send one with its guard); the app attaches the Apollo client at start and tells the
 * queue whose writes these are when the viewer is known.
 */
export interface WriteKind {
  send(client: ApolloClient, write: QueuedWrite): Promise<WriteResult | null | undefined>;
}

const kinds = new Map<string, WriteKind>();
let apollo: ApolloClient | null = null;

export function registerWriteKind(name: string, kind: WriteKind): void {
  kinds.set(name, kind);
}

export const offlineWrites = createWriteQueue({
  isOnline,
  send: (write) => {
    const kind = kinds.get(write.kind);
    if (!apollo || !kind) return Promise.reject(new Error(`No sender for ${write.kind} writes yet`));
    return kind.send(apollo, write);
  },
});

type OwnerListener = (owner: string | null, client: ApolloClient | null) => void;
const ownerListeners = new Set<OwnerListener>();
let deviceOwner: string | null = null;

/** Other device-kept queues (e.g. messages) follow whose writes these are. */
export function onDeviceOwner(listener: OwnerListener): () => void {
  ownerListeners.add(listener);
  if (deviceOwner) listener(deviceOwner, apollo);
  return () => ownerListeners.delete(listener);
}

/** Who is signed in on this device (null: nobody): their kept writes are loaded and sent. */
export function setDeviceOwner(owner: string | null): void {
  offlineWrites.setOwner(owner);
  if (owner === deviceOwner) return;
  deviceOwner = owner;
  for (const l of [...ownerListeners]) l(owner, apollo);
}

let attached = false;
/** Gives the queue the client it sends with, and sends as soon as the browser is back online. */
export function attachOfflineWrites(client: ApolloClient): void {
  apollo = client;
  if (attached || typeof window === 'undefined') return;
  attached = true;
  window.addEventListener('online', () => offlineWrites.resume());
}

const NONE: readonly QueuedWrite[] = [];
let lastAll: readonly QueuedWrite[] = NONE;
const cache = new Map<string, readonly QueuedWrite[]>();

/** The device-kept writes of one record (or all of them), re-rendering on change. */
export function useQueuedWrites(target?: string): readonly QueuedWrite[] {
  return useSyncExternalStore(
    (listener) => offlineWrites.subscribe(listener),
    () => {
      const all = offlineWrites.list();
      if (all !== lastAll) {
        lastAll = all;
        cache.clear();
      }
      if (target === undefined) return all;
      let mine = cache.get(target);
      if (!mine) {
        mine = all.filter((w) => w.target === target);
        if (!mine.length) mine = NONE;
        cache.set(target, mine);
      }
      return mine;
    },
    () => NONE,
  );
}

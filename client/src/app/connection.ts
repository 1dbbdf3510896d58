import { API_REVISION } from '@partner-hub/shared';
import { useSyncExternalStore } from 'react';

/**
 * The state of the live connection (the graphql-ws socket), for the whole page:
 * - `idle`: no socket yet (nothing subscribed) or closed on purpose (no subscription left);
 * - `connecting`: the first connection is being made;
 * - `connected`: events flow;
 * - `reconnecting`: the socket dropped (or the browser went offline) and the client is retrying.
 *
 * `epoch` counts the connections acknowledged by the server: a view that follows events asks
 * the server what it missed whenever the epoch changes (catch-up after a reconnect).
 * `outdated`: the server answers another API revision than this page was built for (the hub was
 * updated while the page was open): the page must be reloaded.
 */
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting';

export interface ConnectionState {
  status: ConnectionStatus;
  epoch: number;
  outdated: boolean;
}

type Listener = () => void;

export interface ConnectionStore {
  // Properties, not methods: useSyncExternalStore takes them detached from the store.
  get: () => ConnectionState;
  subscribe: (listener: Listener) => () => void;
  /** graphql-ws `connecting` event. */
  connecting(isRetry: boolean): void;
  /** graphql-ws `connected` event, with the acknowledgement's payload. */
  connected(payload?: unknown): void;
  /** graphql-ws `closed` event; `code` is the close code (1000: closed on purpose). */
  closed(code: number | undefined): void;
  /** The browser says the network is gone. */
  offline(): void;
}

export function createConnectionStore(): ConnectionStore {
  let state: ConnectionState = { status: 'idle', epoch: 0, outdated: false };
  const listeners = new Set<Listener>();
  const set = (next: Partial<ConnectionState>) => {
    const merged = { ...state, ...next };
    if (merged.status === state.status && merged.epoch === state.epoch && merged.outdated === state.outdated) return;
    state = merged;
    for (const l of [...listeners]) l();
  };
  return {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connecting(isRetry) {
      // A retry, or a new socket after a drop: the user is told; a first connection is quiet.
      set({ status: isRetry || state.status === 'reconnecting' ? 'reconnecting' : 'connecting' });
    },
    connected(payload) {
      const revision = payload && typeof payload === 'object' ? (payload as { apiRevision?: unknown }).apiRevision : undefined;
      set({ status: 'connected', epoch: state.epoch + 1, outdated: state.outdated || revision !== API_REVISION });
    },
    closed(code) {
      // 1000: the client closed an unused socket (lazy mode), nothing is lost; any other code
      // (1006 abnormal, 4499 terminated, server restart...) is a drop that the client retries.
      set({ status: code === 1000 ? 'idle' : 'reconnecting' });
    },
    offline() {
      if (state.status !== 'idle') set({ status: 'reconnecting' });
    },
  };
}

/** The page's one connection store, fed by the graphql-ws client in apollo.ts. */
export const connection = createConnectionStore();

/** The live connection's state, re-rendering on change. */
export function useConnection(store: ConnectionStore = connection): ConnectionState {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/**
 * How long to wait before reconnect attempt `retries` (0-based): 0.5 s, 1 s, 2 s, 4 s, then at
 * most 5 s, plus up to a third of it at random so many clients do not all return at once.
 */
export function reconnectDelay(retries: number, random: () => number = Math.random): number {
  const base = Math.min(500 * 2 ** retries, 5000);
  return Math.round(base + (base * random()) / 3);
}

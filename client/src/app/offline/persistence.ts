import type { ApolloCache } from '@apollo/client';
import { CachePersistor, LocalStorageWrapper } from 'apollo3-cache-persist';

/**
 * The last-seen pages, kept on the device: the Apollo cache of the signed-in user is saved in
 * the browser's storage and restored at start, so the volunteer's households, plans and threads
 * open without a connection. It holds only what the server gave this user, never their
 * household's specific needs (special-category data: shown on request and access-logged, so not
 * kept on the device), and is removed on sign-out.
 */
const KEY = 'ph.apollo-cache';
/** Stored objects that never stay on the device. */
const NEVER_KEPT_TYPES = new Set(['SpecificNeeds', 'AccessLogEntry', 'AccessLogEntryConnection']);
/** Fields (by name, with or without arguments) that never stay on the device. */
const NEVER_KEPT_FIELD = /^(specificNeeds|accessLog)\b/;

type Stored = Record<string, Record<string, unknown>>;

/** Removes what must not be kept on the device from a serialised cache. */
export function withoutSensitive(serialized: string): string {
  const data = JSON.parse(serialized) as Stored;
  for (const [id, object] of Object.entries(data)) {
    if (NEVER_KEPT_TYPES.has(String(object.__typename))) {
      delete data[id];
      continue;
    }
    for (const field of Object.keys(object)) if (NEVER_KEPT_FIELD.test(field)) delete object[field];
  }
  return JSON.stringify(data);
}

let persistor: CachePersistor<unknown> | null = null;

/** Restores the last-seen pages, then keeps saving the cache as it changes (at most once a second). */
export async function keepCacheOnDevice(cache: ApolloCache): Promise<void> {
  if (typeof localStorage === 'undefined') return;
  persistor = new CachePersistor({
    cache: cache as never,
    storage: new LocalStorageWrapper(localStorage),
    key: KEY,
    debounce: 1000,
    maxSize: 2 * 1024 * 1024,
    persistenceMapper: async (data) => withoutSensitive(data as string),
  });
  await persistor.restore().catch(() => persistor?.purge());
}

/** Signing out: nothing of the previous user stays on the device. */
export async function forgetCacheOnDevice(): Promise<void> {
  if (!persistor) {
    if (typeof localStorage !== 'undefined') localStorage.removeItem(KEY);
    return;
  }
  persistor.pause();
  await persistor.purge();
  persistor.resume();
}

import type { ApolloCache } from '@apollo/client';
import { CachePersistor, LocalStorageWrapper } from 'apollo3-cache-persist';
import { isOnline } from './network';

/**
 * The last-seen pages, kept on the device: the Apollo cache of the signed-in user is saved in
 * the browser's storage and restored when the app starts offline, so the volunteer's households,
 * plans and threads open without a connection. It holds only what the server gave this user, never a household's
 * specific needs (special-category data, access-logged at every read: not kept on the device, so
 * the pages of those who need to know them open only online), and is removed on sign-out.
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
    // Null (the viewer may not know) stays: the page opens offline. A value is never written to
    // the device, so a page that shows specific needs opens only with a connection.
    for (const field of Object.keys(object)) if (NEVER_KEPT_FIELD.test(field) && object[field] !== null) delete object[field];
  }
  return JSON.stringify(data);
}

let persistor: CachePersistor<unknown> | null = null;
/** Other things kept on the device for offline use (ids only), forgotten with the cache. */
const ALSO_FORGOTTEN = ['ph.thread-ids'];

/** Offline, restores the last-seen pages; online or not, keeps saving the cache as it changes (at most once a second). */
export async function keepCacheOnDevice(cache: ApolloCache): Promise<void> {
  if (typeof localStorage === 'undefined') return;
  persistor = new CachePersistor({
    cache: cache as never,
    storage: new LocalStorageWrapper(localStorage),
    key: KEY,
    debounce: 1000,
    maxSize: 2 * 1024 * 1024,
    persistenceMapper: (data) => Promise.resolve(withoutSensitive(data as string)),
  });
  // Online, the server is the answer (a page opened after a reload shows what is true now); the
  // device's copy is what opens the app offline.
  if (!isOnline()) await persistor.restore().catch(() => persistor?.purge());
  // The page is closed or goes to the background before the next save: save now.
  window.addEventListener('pagehide', () => void persistor?.persist());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void persistor?.persist();
  });
}

/** Signing out: nothing of the previous user stays on the device. */
export async function forgetCacheOnDevice(): Promise<void> {
  if (typeof localStorage !== 'undefined') for (const key of ALSO_FORGOTTEN) localStorage.removeItem(key);
  if (!persistor) {
    if (typeof localStorage !== 'undefined') localStorage.removeItem(KEY);
    return;
  }
  persistor.pause();
  await persistor.purge();
  persistor.resume();
}

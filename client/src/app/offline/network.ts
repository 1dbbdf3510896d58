import { useSyncExternalStore } from 'react';

/** What the browser believes about the network (navigator.onLine); true where it cannot tell. */
export function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Re-renders when the browser goes offline or comes back online. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, () => true);
}

/**
 * For pages that show what they have and refresh it ('cache-and-network'): offline, what the
 * device has is the answer ('cache-first'), so a page seen before opens without the network
 * instead of failing on it. Read when the page opens.
 */
export function freshWhenOnline(): 'cache-and-network' | 'cache-first' {
  return isOnline() ? 'cache-and-network' : 'cache-first';
}

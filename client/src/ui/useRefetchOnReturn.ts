import { useEffect, useRef } from 'react';

/**
 * Asks again when the reader comes back: the tab becomes visible, or the browser is online again.
 * Live events missed while the socket was down (a phone asleep, a train tunnel) are then caught
 * up from the server, which stays the source of truth.
 */
export function useRefetchOnReturn(refetch: () => Promise<unknown>, enabled = true): void {
  const latest = useRef(refetch);
  // Kept current after each render (refs are not written while rendering).
  useEffect(() => {
    latest.current = refetch;
  });
  useEffect(() => {
    if (!enabled) return;
    const again = () => void latest.current().catch(() => undefined);
    const onVisibility = () => {
      if (document.visibilityState === 'visible') again();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('online', again);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('online', again);
    };
  }, [enabled]);
}

import { useEffect, useState } from 'react';
import { useConnection } from '../app/connection';
import { useT } from '../app/i18n';

/** The browser's own idea of the network (navigator.onLine), following its online/offline events. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine !== false));
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/**
 * "Reconnecting…" while the live connection is down (shown at the top of every page), so that
 * nobody takes a quiet screen for "no new messages". The status region exists all along, so
 * screen readers announce the change.
 */
export function ConnectionBanner() {
  const t = useT();
  const { status } = useConnection();
  const online = useOnline();
  const reconnecting = status === 'reconnecting';
  return (
    <div role="status" aria-live="polite" className="connection-status" data-testid="connection-status" data-state={status}>
      {reconnecting && (
        <p className="connection-banner">
          <span className="spinner" aria-hidden="true" />
          {t('live.reconnecting')}
          {!online && <span className="connection-detail"> {t('live.offline')}</span>}
        </p>
      )}
    </div>
  );
}

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
 * nobody takes a quiet screen for "no new messages"; "reload" once the hub was updated while the
 * page was open. The status region exists all along, so screen readers announce the change.
 */
export function ConnectionBanner() {
  const t = useT();
  const { status, outdated } = useConnection();
  const online = useOnline();
  const reconnecting = status === 'reconnecting';
  return (
    <div role="status" aria-live="polite" className="connection-status" data-testid="connection-status" data-state={status}>
      {outdated && (
        <p className="connection-banner" data-testid="outdated">
          {t('live.outdated')}{' '}
          <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
            {t('live.reload')}
          </button>
        </p>
      )}
      {!outdated && reconnecting && (
        <p className="connection-banner">
          <span className="spinner" aria-hidden="true" />
          {t('live.reconnecting')}
          {!online && <span className="connection-detail"> {t('live.offline')}</span>}
        </p>
      )}
    </div>
  );
}

import { useConnection } from '../app/connection';
import { useT } from '../app/i18n';
import { useOnline } from '../app/offline/network';
import { useQueuedWrites } from '../app/offline/writes';
import styles from './ConnectionBanner.module.css';

/**
 * "Reconnecting…" while the live connection is down (shown at the top of every page), so that
 * nobody takes a quiet screen for "no new messages"; "reload" once the hub was updated while the
 * page was open. The status region exists all along, so screen readers announce the change.
 */
export function ConnectionBanner() {
  const t = useT();
  const { status, outdated } = useConnection();
  const online = useOnline();
  const waiting = useQueuedWrites().filter((w) => w.status === 'waiting' || w.status === 'sending').length;
  const reconnecting = status === 'reconnecting';
  return (
    <div role="status" aria-live="polite" className={styles.connectionStatus} data-testid="connection-status" data-state={status}>
      {outdated && (
        <p className={styles.connectionBanner} data-testid="outdated">
          {t('live.outdated')}{' '}
          <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
            {t('live.reload')}
          </button>
        </p>
      )}
      {!outdated && reconnecting && (
        <p className={styles.connectionBanner}>
          <span className="spinner" aria-hidden="true" />
          {t('live.reconnecting')}
          {!online && <span className={styles.connectionDetail}> {t('live.offline')}</span>}
        </p>
      )}
      {waiting > 0 && (
        <p className={styles.connectionBanner} data-testid="queued-count">
          {t('offline.queuedCount', { count: waiting })}
        </p>
      )}
    </div>
  );
}

import { useApolloClient } from '@apollo/client/react';
import { describeErrorCode } from '../errors';
import { useI18n } from '../i18n';
import { offlineWrites, useQueuedWrites } from './writes';

/**
 * What became of the changes of one record kept on the device: "waiting to send", "sending", or
 * held back — someone else changed the record meanwhile (send mine anyway, or keep theirs), or
 * the server refused it (with its reason; discard it).
 */
export function QueuedWriteState({ target, what }: { target: string; what: string }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const writes = useQueuedWrites(target);
  if (!writes.length) return null;
  // "Keep theirs" or a dropped refusal: show the record as the server has it again.
  const reload = () => void client.refetchQueries({ include: 'active' }).catch(() => undefined);
  return (
    <ul className="queued-writes" data-testid="queued-writes">
      {writes.map((w) => (
        <li key={w.clientId} data-status={w.status}>
          {w.status === 'waiting' && <span className="badge badge-warning">{t('offline.waiting')}</span>}
          {w.status === 'sending' && <span className="badge badge-info">{t('offline.sending')}</span>}
          {w.status === 'conflict' && (
            <div role="alert" className="alert alert-warning">
              <p>{t('offline.conflict', { change: what })}</p>
              <div className="button-row">
                <button type="button" className="button button-primary button-small" onClick={() => offlineWrites.useMine(w.clientId)}>
                  {t('offline.useMine')}
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => {
                    offlineWrites.discard(w.clientId);
                    reload();
                  }}
                >
                  {t('offline.keepTheirs')}
                </button>
              </div>
            </div>
          )}
          {w.status === 'failed' && (
            <div role="alert" className="alert alert-error">
              <p>{t('offline.refused', { change: what, reason: describeErrorCode(w.problem?.code ?? null, t) })}</p>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => {
                  offlineWrites.discard(w.clientId);
                  reload();
                }}
              >
                {t('offline.discard')}
              </button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

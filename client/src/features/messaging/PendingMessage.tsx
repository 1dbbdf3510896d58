import { useT } from '../../app/i18n';
import { MessageText } from './MessageText';
import styles from './messaging.module.css';
import type { PendingMessage as Pending } from './sender';

/** One of the viewer's own messages not confirmed by the server yet: waiting, sending, or failed (retry or discard). */
export function PendingMessage({ message: p, onRetry, onDiscard }: { message: Pending; onRetry: () => void; onDiscard: () => void }) {
  const t = useT();
  return (
    <article className={`${styles.messageItem} ${styles.isOwn} ${styles.isPending}${p.internal ? ` ${styles.isInternal}` : ''}`} data-testid="pending-message" data-status={p.status}>
      <header className={styles.messageMeta}>
        <h3 className={styles.messageAuthor}>{t('thread.you')}</h3>
        {p.internal && <span className="badge badge-warning">{t('thread.internal')}</span>}
      </header>
      {p.body && <MessageText text={p.body} />}
      {(p.attachmentNames?.length ?? 0) > 0 && (
        <ul className={styles.attachmentList} aria-label={t('attachments.label')}>
          {p.attachmentNames!.map((name) => (
            <li key={name} className={styles.attachment}>
              <span className={styles.attachmentName}>{name}</span>
            </li>
          ))}
        </ul>
      )}
      {p.status === 'waiting' ? (
        <p className={styles.messageStatus}>{t('offline.waiting')}</p>
      ) : p.status === 'sending' ? (
        <p className={styles.messageStatus}>{t('thread.sending')}</p>
      ) : (
        <div className={`${styles.messageStatus} ${styles.messageFailed}`} role="alert">
          <p>{t('thread.failed')}</p>
          <div className="button-row">
            <button type="button" className="button button-primary button-small" onClick={onRetry}>
              {t('thread.retry')}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={onDiscard}>
              {t('thread.discard')}
            </button>
          </div>
        </div>
      )}
    </article>
  );
}

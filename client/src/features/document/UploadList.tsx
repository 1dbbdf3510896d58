import { useState } from 'react';
import { describeUploadError } from '../../app/errors';
import { formatFileSize } from '../../app/format';
import { useI18n } from '../../app/i18n';
import type { UploadItem } from './useUploadQueue';
import styles from './document.module.css';

/** The translated refusal of one file: the API's code, the limit when too large, and field problems. */
export function useUploadMessage() {
  const { t, locale } = useI18n();
  return (item: UploadItem): string => {
    if (!item.failure) return '';
    const described = describeUploadError(item.failure, t);
    const parts = [described.message];
    if (described.code === 'FILE_TOO_LARGE' && described.limitBytes) parts.push(t('documents.limit', { size: formatFileSize(described.limitBytes, locale) }));
    for (const f of described.fieldErrors) parts.push(t('error.fieldIssues', { field: f.label, messages: f.messages.join('; ') }));
    return parts.join(' ');
  };
}

/**
 * Files being uploaded, each with a progress bar named "Uploading: <file>" and a Cancel button;
 * a refusal is shown next to its file (role="alert"); the end of each upload is announced.
 */
export function UploadList({ items, onCancel, onDismiss }: { items: readonly UploadItem[]; onCancel: (key: string) => void; onDismiss: (key: string) => void }) {
  const { t, locale } = useI18n();
  const message = useUploadMessage();
  const [announcement, setAnnouncement] = useState('');
  const finished = items.filter((i) => i.status === 'done' || i.status === 'cancelled').map((i) => `${i.name}: ${t(i.status === 'done' ? 'documents.uploaded' : 'documents.cancelled')}`);
  const lastFinished = finished[finished.length - 1] ?? '';
  const [announced, setAnnounced] = useState('');
  if (announced !== lastFinished) {
    setAnnounced(lastFinished);
    if (lastFinished) setAnnouncement(lastFinished);
  }

  return (
    <>
      {/* Always in the page, so screen readers announce what is put in it (a plain live region: the page's own status messages keep role="status"). */}
      <p aria-live="polite" className="visually-hidden" data-testid="upload-announcement">
        {announcement}
      </p>
      {items.length > 0 && (
        <ul className={styles.uploadList} aria-label={t('documents.uploads')}>
          {items.map((item) => {
            const active = item.status === 'waiting' || item.status === 'uploading';
            const percent = item.total > 0 ? Math.min(100, Math.round((item.loaded / item.total) * 100)) : 0;
            return (
              <li key={item.key} className={item.status === 'failed' ? `${styles.upload} ${styles.isFailed}` : styles.upload} data-testid="upload">
                <div className={styles.uploadHead}>
                  <span className={styles.uploadName}>{item.name}</span>
                  <span className="muted upload-size">{formatFileSize(item.size, locale)}</span>
                </div>
                {active ? (
                  <div className={styles.uploadProgress}>
                    <progress max={100} value={percent} aria-label={t('documents.uploading', { name: item.name })} />
                    <span className={styles.uploadPercent}>{item.status === 'waiting' ? t('documents.waiting') : t('documents.percent', { percent })}</span>
                    <button type="button" className="button button-secondary button-small" aria-label={t('documents.cancelUpload', { name: item.name })} onClick={() => onCancel(item.key)}>
                      {t('app.cancel')}
                    </button>
                  </div>
                ) : (
                  <div className={styles.uploadOutcome}>
                    {item.status === 'failed' ? (
                      <div role="alert" className="alert alert-error upload-error">
                        <p>{message(item)}</p>
                      </div>
                    ) : (
                      <p className={item.status === 'done' ? styles.uploadDone : 'muted'}>
                        {item.status === 'done' && <span aria-hidden="true">✓ </span>}
                        {t(item.status === 'done' ? 'documents.uploaded' : 'documents.cancelled')}
                      </p>
                    )}
                    <button type="button" className="button button-secondary button-small" aria-label={t('documents.dismiss', { name: item.name })} onClick={() => onDismiss(item.key)}>
                      {t('app.close')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

import { useState } from 'react';
import { describeErrorCode } from '../../app/errors';
import { formatFileSize } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { DownloadError, type DownloadProgress, downloadWithProgress, saveBlob } from './download';
import styles from './privacy.module.css';

/** A download button for a streamed export: shows the bytes received while it runs, then what was saved. */
export function ExportButton({ url, label }: { url: string; label: string }) {
  const { t, locale } = useI18n();
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [done, setDone] = useState<{ file: string; size: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const size = (n: number) => formatFileSize(n, locale);

  const start = async () => {
    setError(null);
    setDone(null);
    setProgress({ received: 0, estimated: null });
    try {
      const { blob, filename } = await downloadWithProgress(url, setProgress);
      saveBlob(blob, filename);
      setDone({ file: filename, size: blob.size });
    } catch (e) {
      setError(e instanceof DownloadError ? describeErrorCode(e.code, t) : t('privacy.export.failed'));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className={styles.exportButton}>
      <button type="button" className="button button-secondary" onClick={() => void start()} disabled={progress !== null}>
        {label}
      </button>
      {progress && (
        <p role="status" aria-live="polite">
          {progress.estimated
            ? t('privacy.export.progressOf', { received: size(progress.received), total: size(progress.estimated) })
            : t('privacy.export.progress', { received: size(progress.received) })}{' '}
          <progress value={progress.estimated ? Math.min(progress.received, progress.estimated) : undefined} max={progress.estimated ?? undefined} />
        </p>
      )}
      {done && (
        <p role="status" className="alert alert-success">
          {t('privacy.export.done', { file: done.file, size: size(done.size) })}
        </p>
      )}
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
    </div>
  );
}

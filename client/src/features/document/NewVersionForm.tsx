import { useId } from 'react';
import { useT } from '../../app/i18n';
import { ACCEPTED_FILES } from './categories';
import { UploadList } from './UploadList';
import type { useUploadQueue } from './useUploadQueue';
import styles from './document.module.css';

/**
 * Uploads a new version of a document (same upload, with its id) as soon as it is chosen. The
 * queue belongs to the document's row, so closing this form does not stop an upload under way.
 */
export function NewVersionForm({ documentId, name, queue }: { documentId: string; name: string; queue: ReturnType<typeof useUploadQueue> }) {
  const t = useT();
  const id = useId();
  return (
    <div className={styles.newVersion}>
      <div className="field">
        <label htmlFor={id}>{t('documents.newVersionFile', { name })}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('documents.typesHint')}
        </p>
        <input
          id={id}
          type="file"
          accept={ACCEPTED_FILES}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            if (files.length > 0) queue.add(files.slice(0, 1), { documentId });
          }}
        />
      </div>
      <UploadList items={queue.items} onCancel={queue.cancel} onDismiss={queue.dismiss} />
    </div>
  );
}

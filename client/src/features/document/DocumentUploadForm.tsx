import type { DocumentCategory } from '@partner-hub/shared';
import { useId, useRef, useState, type DragEvent } from 'react';
import { useT } from '../../app/i18n';
import { SelectField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';
import { ACCEPTED_FILES, isSensitiveCategory, offeredCategories } from './categories';
import type { UploadedDocument } from './upload';
import { UploadList } from './UploadList';
import { useUploadQueue } from './useUploadQueue';
import styles from './document.module.css';

export type DocumentOwner = { householdId: string } | { partnershipId: string } | { meetingId: string };

/**
 * Adds documents to a household, a partnership or a meeting: a category, then files (picked, or dropped on
 * the zone; several at once). Each file is uploaded as soon as it is chosen, with its own progress
 * bar and Cancel button; a refused file says why, next to it.
 */
export function DocumentUploadForm({ owner, needToKnow, onUploaded }: { owner: DocumentOwner; needToKnow: boolean; onUploaded: (document: UploadedDocument) => void }) {
  const t = useT();
  const inputId = useId();
  const titleId = useId();
  const categories = offeredCategories('householdId' in owner, needToKnow);
  const [category, setCategory] = useState<DocumentCategory | ''>('');
  const [pending, setPending] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);
  const queue = useUploadQueue(onUploaded);
  const { add } = queue;

  const upload = (files: File[], chosen: DocumentCategory | '') => {
    if (files.length === 0) return;
    if (!chosen) {
      setPending((p) => [...p, ...files]);
      return;
    }
    add(files, { ...owner, category: chosen });
  };

  // Files chosen before the category go as soon as it is chosen.
  const chooseCategory = (chosen: DocumentCategory) => {
    setCategory(chosen);
    if (chosen && pending.length > 0) {
      add(pending, { ...owner, category: chosen });
      setPending([]);
    }
  };

  const onDragEnter = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    dragDepth.current += 1;
    setDragging(true);
  };
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = () => {
    dragDepth.current = Math.max(0, dragDepth.current - 1);
    if (dragDepth.current === 0) setDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    upload(Array.from(event.dataTransfer.files), category);
  };

  return (
    <div className={styles.documentUpload} role="group" aria-labelledby={titleId}>
      <h3 id={titleId} className="subsection-title">
        {t('documents.add')}
      </h3>
      <div className={styles.documentUploadFields}>
        <SelectField<DocumentCategory>
          label={t('documents.category')}
          value={category}
          onChange={chooseCategory}
          placeholder={t('documents.chooseCategory')}
          options={categories.map((c) => ({ value: c, label: t(`documentCategory.${c}`) }))}
          hint={categories.some(isSensitiveCategory) ? t('documents.needToKnow') : undefined}
          required
        />
        <div
          className={dragging ? `${styles.dropzone} ${styles.isDragging}` : styles.dropzone}
          data-testid="dropzone"
          onDragEnter={onDragEnter}
          onDragOver={onDragOver}
          onDragLeave={onDragLeave}
          onDrop={onDrop}
        >
          <p className={styles.dropzoneText} aria-hidden="true">
            {dragging ? t('documents.dropNow') : t('documents.dropHere')}
          </p>
          <div className="field">
            <label htmlFor={inputId}>{t('documents.files')}</label>
            <p className="hint" id={`${inputId}-hint`}>
              {t('documents.filesHint')}
            </p>
            <input
              id={inputId}
              type="file"
              multiple
              accept={ACCEPTED_FILES}
              aria-describedby={`${inputId}-hint`}
              onChange={(event) => {
                const files = Array.from(event.target.files ?? []);
                event.target.value = ''; // the same file may be chosen again
                upload(files, category);
              }}
            />
          </div>
        </div>
      </div>
      {pending.length > 0 && <FormError message={`${t('documents.categoryFirst')} (${pending.map((f) => f.name).join(', ')})`} />}
      <UploadList items={queue.items} onCancel={queue.cancel} onDismiss={queue.dismiss} />
    </div>
  );
}

import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { evictObject } from '../../app/cache';
import { formatFileSize } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { DocumentRow_DocumentFragment } from '../../gql/graphql';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { Disclosure } from '../../ui/Disclosure';
import { FormError } from '../../ui/FormError';
import { TableWrap } from '../../ui/TableWrap';
import { DateTimeText } from '../../ui/Values';
import { EditDocumentForm } from './EditDocumentForm';
import { NewVersionForm } from './NewVersionForm';
import type { UploadedDocument } from './upload';
import { useUploadQueue } from './useUploadQueue';
import styles from './document.module.css';

export const DocumentRow_document = graphql(`
  fragment DocumentRow_document on Document {
    id
    name
    category
    createdAt
    downloadUrl
    household {
      id
    }
    createdBy {
      id
      name
    }
    viewerCan {
      manage
      upload
    }
    versions {
      id
      number
      size
      contentType
      originalName
      uploadedAt
      downloadUrl
      previewUrl
      uploadedBy {
        id
        name
      }
    }
  }
`);

export const DeleteDocumentDocument = graphql(`
  mutation DeleteDocument($id: ID!) {
    deleteDocument(id: $id)
  }
`);

type Version = DocumentRow_DocumentFragment['versions'][number];

/** The preview of a version the API can show inline (images, PDF), on demand. */
function Preview({ version, name }: { version: Version; name: string }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  const id = useId();
  if (!version.previewUrl) return null;
  const title = t('documents.previewNamed', { name });
  return (
    <div className={styles.documentPreview}>
      <button type="button" className="button button-secondary button-small" aria-expanded={shown} aria-controls={id} onClick={() => setShown((s) => !s)}>
        {shown ? t('documents.hidePreview') : t('documents.showPreview')}
      </button>
      {shown && (
        <div id={id} className={styles.documentPreviewFrame}>
          {version.contentType.startsWith('image/') ? (
            <img src={version.previewUrl} alt={title} loading="lazy" />
          ) : (
            <>
              <iframe src={version.previewUrl} title={title} />
              {/* Phones often cannot show a PDF inside a page: their own viewer can. */}
              <a className={styles.previewOpen} href={version.previewUrl} target="_blank" rel="noopener">
                {t('documents.openPreview', { name })}
              </a>
            </>
          )}
        </div>
      )}
    </div>
  );
}

function VersionsTable({ document }: { document: DocumentRow_DocumentFragment }) {
  const { t, locale } = useI18n();
  return (
    <TableWrap label={t('documents.versionsNamed', { name: document.name })}>
      <table className="responsive-table versions-table">
        <thead>
          <tr>
            <th scope="col">{t('documents.col.version')}</th>
            <th scope="col">{t('documents.col.file')}</th>
            <th scope="col">{t('documents.col.date')}</th>
            <th scope="col">{t('documents.col.uploadedBy')}</th>
            <th scope="col" className="numeric">
              {t('documents.col.size')}
            </th>
            <th scope="col">{t('col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {document.versions.map((v) => (
            <tr key={v.id} data-testid="document-version">
              <th scope="row" data-label={t('documents.col.version')}>
                {t('documents.version', { number: v.number })}
              </th>
              <td data-label={t('documents.col.file')} className={styles.documentName}>
                {v.originalName}
              </td>
              <td data-label={t('documents.col.date')}>
                <DateTimeText iso={v.uploadedAt} />
              </td>
              <td data-label={t('documents.col.uploadedBy')}>{v.uploadedBy?.name ?? t('documents.unknownUser')}</td>
              <td data-label={t('documents.col.size')} className="numeric">
                {formatFileSize(v.size, locale)}
              </td>
              <td data-label={t('col.actions')}>
                <a href={v.downloadUrl} download={v.originalName} aria-label={t('documents.downloadVersion', { number: v.number, name: v.originalName })}>
                  {t('documents.download')}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/**
 * One document in the list: name, category, its latest version's date, uploader and size, a
 * Download link; "Details" opens the preview, the versions and what the viewer may do with it.
 */
export function DocumentRow({
  document: documentRef,
  needToKnow,
  onUploaded,
  onChanged,
}: {
  document: FragmentType<typeof DocumentRow_document>;
  needToKnow: boolean;
  onUploaded: (document: UploadedDocument) => void;
  /** A short confirmation for the panel (the row itself may be gone). */
  onChanged: (message: string) => void;
}) {
  const { t, locale } = useI18n();
  const d = getFragmentData(DocumentRow_document, documentRef);
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const [remove, removeState] = useMutation(DeleteDocumentDocument);
  const versionUploads = useUploadQueue(onUploaded);
  const latest = d.versions[0];
  const label = t(`documentCategory.${d.category}`);

  return (
    <>
      <tr data-testid="document-row" className={open ? styles.isOpen : undefined}>
        <th scope="row" data-label={t('col.name')} className={styles.documentName}>
          {d.name}
        </th>
        <td data-label={t('documents.category')}>{label}</td>
        <td data-label={t('documents.col.date')}>
          <DateTimeText iso={latest?.uploadedAt ?? d.createdAt} />
        </td>
        <td data-label={t('documents.col.uploadedBy')}>{(latest?.uploadedBy ?? d.createdBy)?.name ?? t('documents.unknownUser')}</td>
        <td data-label={t('documents.col.size')} className="numeric">
          {latest ? formatFileSize(latest.size, locale) : ''}
        </td>
        <td data-label={t('col.actions')}>
          <div className={styles.rowActions}>
            <a className="button button-secondary button-small" href={d.downloadUrl} download={latest?.originalName ?? d.name} aria-label={t('documents.downloadNamed', { name: d.name })}>
              {t('documents.download')}
            </a>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-expanded={open}
              aria-controls={detailsId}
              aria-label={t('documents.detailsNamed', { name: d.name })}
              onClick={() => setOpen((o) => !o)}
            >
              {t('documents.details')}
            </button>
          </div>
        </td>
      </tr>
      {open && (
        <tr id={detailsId} className={styles.documentDetails} data-testid="document-details">
          <td colSpan={6}>
            <div role="group" aria-label={t('documents.detailsNamed', { name: d.name })} className={styles.documentDetailsBody}>
              {latest && <Preview version={latest} name={d.name} />}
              <Disclosure label={t('documents.versions', { count: d.versions.length })} small>
                {() => <VersionsTable document={d} />}
              </Disclosure>
              {d.viewerCan.upload && (
                <Disclosure label={t('documents.newVersion')} accessibleLabel={t('documents.newVersionNamed', { name: d.name })} small>
                  {() => <NewVersionForm documentId={d.id} name={d.name} queue={versionUploads} />}
                </Disclosure>
              )}
              {d.viewerCan.manage && (
                <Disclosure label={t('documents.edit')} accessibleLabel={t('documents.editNamed', { name: d.name })} small>
                  {(close) => (
                    <EditDocumentForm
                      document={{ id: d.id, name: d.name, category: d.category, onHousehold: Boolean(d.household) }}
                      needToKnow={needToKnow}
                      onDone={(name) => {
                        onChanged(t('documents.saved', { name }));
                        close();
                      }}
                    />
                  )}
                </Disclosure>
              )}
              {d.viewerCan.manage && (
                <div className="disclosure">
                  <ConfirmAction
                    small
                    triggerLabel={t('documents.deleteNamed', { name: d.name })}
                    shortLabel={t('documents.delete')}
                    question={t('documents.deleteConfirm', { name: d.name })}
                    confirmLabel={t('documents.deleteYes')}
                    busy={removeState.loading}
                    onConfirm={async () => {
                      const name = d.name;
                      await remove({
                        variables: { id: d.id },
                        // Gone from every list that held it.
                        update: (cache, { data }) => {
                          if (data?.deleteDocument) evictObject(cache, 'Document', d.id);
                        },
                      });
                      onChanged(t('documents.deleted', { name }));
                    }}
                  />
                  <FormError error={removeState.error} />
                </div>
              )}
            </div>
          </td>
        </tr>
      )}
    </>
  );
}

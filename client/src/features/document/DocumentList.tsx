import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { TableWrap } from '../../ui/TableWrap';
import { DocumentRow } from './DocumentRow';
import type { UploadedDocument } from './upload';
import styles from './document.module.css';

export const DocumentList_documents = graphql(`
  fragment DocumentList_documents on Document {
    id
    ...DocumentRow_document
  }
`);

/** The documents as a table (stacked cards on a phone), newest first as the API sends them. */
export function DocumentList({
  documents,
  needToKnow,
  onUploaded,
  onChanged,
}: {
  documents: readonly FragmentType<typeof DocumentList_documents>[];
  needToKnow: boolean;
  onUploaded: (document: UploadedDocument) => void;
  onChanged: (message: string) => void;
}) {
  const { t } = useI18n();
  const rows = getFragmentData(DocumentList_documents, documents);
  return (
    <TableWrap label={t('documents.listLabel')}>
      <table className={`responsive-table ${styles.documentsTable}`}>
        <thead>
          <tr>
            <th scope="col">{t('col.name')}</th>
            <th scope="col">{t('documents.category')}</th>
            <th scope="col">{t('documents.col.date')}</th>
            <th scope="col">{t('documents.col.uploadedBy')}</th>
            <th scope="col" className="numeric">
              {t('documents.col.size')}
            </th>
            <th scope="col">{t('col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <DocumentRow key={d.id} document={d} needToKnow={needToKnow} onUploaded={onUploaded} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

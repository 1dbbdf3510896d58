import { freshWhenOnline } from '../../app/offline/network';
import { useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { StatusMessage } from '../../ui/FormError';
import { DocumentList } from './DocumentList';
import { DocumentUploadForm } from './DocumentUploadForm';

export const DocumentsPanelDocument = graphql(`
  query DocumentsPanel($partnershipId: ID, $householdId: ID) {
    documents(partnershipId: $partnershipId, householdId: $householdId) {
      id
      ...DocumentList_documents
    }
  }
`);

export const DocumentAddedDocument = graphql(`
  subscription DocumentAdded($partnershipId: ID!, $householdId: ID) {
    documentAdded(partnershipId: $partnershipId, householdId: $householdId) {
      id
    }
  }
`);

/**
 * The documents of a household (give `householdId`) or of a partnership (its own documents):
 * the list with downloads, versions, previews and management, and the upload. The list follows
 * live (`documentAdded`: someone else's upload or new version) and after the viewer's own uploads.
 */
export function DocumentsPanel({
  partnershipId,
  householdId,
  canUpload,
  needToKnow,
}: {
  partnershipId: string;
  householdId?: string;
  /** May the viewer add documents here (the API has no permission for it: the page decides, the API checks). */
  canUpload: boolean;
  /** May the viewer see identity, residence and medical papers (households only). */
  needToKnow: boolean;
}) {
  const t = useT();
  const headingId = useId();
  const variables = householdId ? { householdId } : { partnershipId };
  const { data, error, refetch } = useQuery(DocumentsPanelDocument, { variables, fetchPolicy: freshWhenOnline() });
  const [message, setMessage] = useState<string | null>(null);

  // Several uploads (or events) in a row: one reload.
  const latestRefetch = useRef(refetch);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latestRefetch.current = refetch;
  }, [refetch]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const reload = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void latestRefetch.current().catch(() => undefined);
    }, 150);
  }, []);

  useSubscription(DocumentAddedDocument, {
    variables: { partnershipId, householdId: householdId ?? null },
    skip: !data,
    onData: () => reload(),
  });

  const documents = data?.documents;
  return (
    <section className="section documents-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('documents.title')}</h2>
      {documents ? (
        documents.length === 0 ? (
          <EmptyState>
            <p>{t('documents.empty')}</p>
          </EmptyState>
        ) : (
          <DocumentList documents={documents} needToKnow={needToKnow} onUploaded={reload} onChanged={setMessage} />
        )
      ) : error ? (
        <InlineError error={error} />
      ) : (
        <Loading />
      )}
      {message && <StatusMessage>{message}</StatusMessage>}
      {canUpload && <DocumentUploadForm owner={householdId ? { householdId } : { partnershipId }} needToKnow={needToKnow} onUploaded={reload} />}
    </section>
  );
}

import { useId, useState } from 'react';
import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { EmptyState } from '../../ui/Feedback';
import { StatusMessage } from '../../ui/FormError';
import { DocumentList } from '../document/DocumentList';
import { DocumentUploadForm } from '../document/DocumentUploadForm';

export const MeetingDocuments_meeting = graphql(`
  fragment MeetingDocuments_meeting on Meeting {
    id
    status
    documents {
      id
      ...DocumentList_documents
    }
  }
`);

/**
 * The files shared on a meeting (agenda notes, reports, presentations): the documents list with
 * downloads, versions and previews, and the upload with its progress bars, both from the document
 * feature. Whoever sees the meeting may add files while it is not cancelled (the API decides). The
 * list follows live: an upload changes the meeting, and the page's meetingChanged brings it.
 */
export function MeetingDocuments({ meeting: ref, onUploaded }: { meeting: FragmentType<typeof MeetingDocuments_meeting>; onUploaded: () => void }) {
  const t = useT();
  const headingId = useId();
  const meeting = getFragmentData(MeetingDocuments_meeting, ref);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section className="section documents-panel" aria-labelledby={headingId} data-testid="meeting-documents">
      <h2 id={headingId}>{t('meeting.documents')}</h2>
      <p className="hint">{t('meeting.documentsHint')}</p>
      {meeting.documents.length === 0 ? (
        <EmptyState>
          <p>{t('meeting.documentsEmpty')}</p>
        </EmptyState>
      ) : (
        <DocumentList documents={meeting.documents} needToKnow={false} onUploaded={onUploaded} onChanged={setMessage} />
      )}
      {message && <StatusMessage>{message}</StatusMessage>}
      {meeting.status !== 'CANCELLED' && <DocumentUploadForm owner={{ meetingId: meeting.id }} needToKnow={false} onUploaded={onUploaded} />}
    </section>
  );
}

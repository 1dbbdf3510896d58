import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql } from '../../gql';
import { FormError } from '../../ui/FormError';
import { Badge, DateTimeText } from '../../ui/Values';

/** What the minutes section shows; acknowledging returns the same, so the cache updates the section. */
export const MinutesStatus_status = graphql(`
  fragment MinutesStatus_status on MinutesStatus {
    id
    available
    pdfUrl
    viewerCanAcknowledge
    viewerAcknowledgedAt
    viewerAcknowledgementCurrent
    acknowledgements {
      at
      current
      user {
        id
        name
      }
    }
  }
`);

export const MeetingMinutesDocument = graphql(`
  query MeetingMinutes($meetingId: ID!) {
    meetingMinutes(meetingId: $meetingId) {
      ...MinutesStatus_status
    }
  }
`);

export const AcknowledgeMinutesDocument = graphql(`
  mutation AcknowledgeMinutes($meetingId: ID!) {
    acknowledgeMinutes(meetingId: $meetingId) {
      ...MinutesStatus_status
    }
  }
`);

/** The meeting's minutes and evaluation as a PDF; partners acknowledge them, staff see who did. */
export function MeetingMinutesPdf({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const { data } = useQuery(MeetingMinutesDocument, { variables: { meetingId } });
  const [acknowledge, { loading, error }] = useMutation(AcknowledgeMinutesDocument);
  const m = getFragmentData(MinutesStatus_status, data?.meetingMinutes);
  if (!m?.available) return null;
  return (
    <section className="section" aria-labelledby="minutes-pdf-heading" data-testid="minutes-pdf">
      <h2 id="minutes-pdf-heading">{t('minutesPdf.title')}</h2>
      <p>
        <a href={m.pdfUrl} target="_blank" rel="noopener">
          {t('minutesPdf.open')}
        </a>
      </p>
      {m.viewerAcknowledgedAt && (
        <p data-testid="minutes-acknowledged">
          {m.viewerAcknowledgementCurrent ? <Badge tone="success">{t('minutesPdf.acknowledged')}</Badge> : <Badge tone="warning">{t('minutesPdf.changedSince')}</Badge>}{' '}
          <DateTimeText iso={m.viewerAcknowledgedAt} />
        </p>
      )}
      <FormError error={error} />
      {m.viewerCanAcknowledge && (
        <>
          <p className="muted">{t('minutesPdf.ackHint')}</p>
          <button type="button" className="button button-primary" disabled={loading} onClick={() => void acknowledge({ variables: { meetingId } }).catch(() => undefined)}>
            {t('minutesPdf.acknowledge')}
          </button>
        </>
      )}
      {m.acknowledgements.length > 0 && !m.viewerCanAcknowledge && !m.viewerAcknowledgedAt && (
        <>
          <h3>{t('minutesPdf.whoAcknowledged')}</h3>
          <ul data-testid="minutes-acknowledgements">
            {m.acknowledgements.map((a) => (
              <li key={a.user?.id ?? a.at}>
                {a.user?.name ?? t('payments.someone')} · <DateTimeText iso={a.at} /> {a.current ? null : <Badge tone="warning">{t('minutesPdf.changedSince')}</Badge>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

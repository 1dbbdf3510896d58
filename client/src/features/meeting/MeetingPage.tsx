import { useQuery, useSubscription } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n';
import { getFragmentData, graphql } from '../../gql';
import { Loading, PageError } from '../../ui/Feedback';
import { TableWrap } from '../../ui/TableWrap';
import { usePageTitle } from '../../ui/usePageTitle';
import { ActionItemsPanel } from './ActionItemsPanel';
import { AgendaPanel } from './AgendaPanel';
import { EvaluationForm } from './EvaluationForm';
import { ManageMeeting } from './ManageMeeting';
import { MeetingDetails } from './MeetingDetails';
import { MeetingDocuments } from './MeetingDocuments';
import { MinutesPanel } from './MinutesPanel';
import { RsvpPanel } from './RsvpPanel';
import { MeetingMinutesPdf } from '../report/MeetingMinutesPdf';

export const MeetingPage_meeting = graphql(`
  fragment MeetingPage_meeting on Meeting {
    id
    kind
    title
    status
    sequence
    inviteUrl
    invitees {
      id
      response
      user {
        id
        name
        organisation {
          id
          name
        }
      }
    }
    ...MeetingDetails_meeting
    ...ManageMeeting_meeting
    ...RsvpPanel_meeting
    ...AgendaPanel_meeting
    ...MinutesPanel_meeting
    ...ActionItemsPanel_meeting
    ...EvaluationForm_meeting
    ...MeetingDocuments_meeting
  }
`);

export const MeetingPageDocument = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      id
      ...MeetingPage_meeting
    }
  }
`);

/**
 * Live: the whole meeting as the page shows it, after every change (schedule, answers, agenda,
 * minutes, action items, evaluation); it normalises into the cache and the page re-renders.
 */
export const MeetingChangedDocument = graphql(`
  subscription MeetingChanged($meetingId: ID!) {
    meetingChanged(meetingId: $meetingId) {
      id
      ...MeetingPage_meeting
    }
  }
`);

/** /meetings/:id: a meeting as one object: details, answers, agenda, minutes, action items, evaluation. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { data, error, refetch } = useQuery(MeetingPageDocument, { variables: { id } });
  const meeting = getFragmentData(MeetingPage_meeting, data?.meeting);
  usePageTitle(meeting?.title);
  useSubscription(MeetingChangedDocument, { variables: { meetingId: id }, skip: !meeting });

  if (error && !meeting) return <PageError error={error} onRetry={() => void refetch()} />;
  // Loading only before the first answer: a refetch (after an upload) keeps the page on screen.
  if (!data?.meeting || !meeting) return <Loading />;

  return (
    <article className="page" aria-labelledby="page-title">
      <p className="breadcrumb">
        <Link to="/meetings">{t('meeting.back')}</Link>
      </p>
      <div className="page-header">
        <h1 id="page-title">{meeting.title}</h1>
        <a className="button button-secondary" href={meeting.inviteUrl} download data-testid="ics-link">
          {t('meeting.ics')}
        </a>
      </div>
      <p className="muted">{t('meeting.live')}</p>

      <section className="section" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('meeting.details')}</h2>
        <MeetingDetails meeting={meeting} />
        <ManageMeeting meeting={meeting} />
      </section>

      <RsvpPanel meeting={meeting} />

      <section className="section" aria-labelledby="invitees-heading">
        <h2 id="invitees-heading">{t('meeting.invitees')}</h2>
        <TableWrap label={t('meeting.invitees')}>
          <table className="responsive-table">
            <thead>
              <tr>
                <th scope="col">{t('col.name')}</th>
                <th scope="col">{t('col.organisation')}</th>
                <th scope="col">{t('rsvp.answer')}</th>
              </tr>
            </thead>
            <tbody>
              {meeting.invitees.map((i) => (
                <tr key={i.id} data-testid="invitee-row">
                  <th scope="row" data-label={t('col.name')}>
                    {i.user.name}
                  </th>
                  <td data-label={t('col.organisation')}>{i.user.organisation?.name ?? t('schedule.fedasil')}</td>
                  <td data-label={t('rsvp.answer')}>{t(`rsvp.${i.response ?? 'PENDING'}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>

      <AgendaPanel meeting={meeting} />
      <MinutesPanel meeting={meeting} />
      <ActionItemsPanel meeting={meeting} />
      <MeetingDocuments meeting={meeting} onUploaded={() => void refetch().catch(() => undefined)} />
      <EvaluationForm meeting={meeting} />
      <MeetingMinutesPdf meetingId={meeting.id} />
    </article>
  );
}

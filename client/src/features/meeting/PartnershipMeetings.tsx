import { freshWhenOnline } from '../../app/offline/network';
import { useQuery } from '@apollo/client/react';
import { EVALUATION_OBJECTIVES, EVALUATION_RATING_MAX } from '@partner-hub/shared';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql } from '../../gql';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { Badge } from '../../ui/Values';
import { EvaluationTrend } from './EvaluationTrend';
import { useMeetingsChanged } from './live';
import { MeetingList, MeetingList_meetings, splitByTime } from './MeetingList';

export const PartnershipMeetingsDocument = graphql(`
  query PartnershipMeetings($partnershipId: ID!) {
    meetings(partnershipId: $partnershipId, includePast: true) {
      id
      ...MeetingList_meetings
    }
    evaluationHistory(partnershipId: $partnershipId) {
      date
      signedOff
      average
      meeting {
        id
        title
      }
      ratings {
        objective
        rating
      }
    }
  }
`);

/**
 * The "Meetings" section of a partnership page: its upcoming and past meetings, and the
 * evaluation history on the objectives of its programme with their trend.
 */
export function PartnershipMeetings({ partnershipId, canSchedule }: { partnershipId: string; canSchedule: boolean }) {
  const { t, formatDate } = useI18n();
  const { data, loading, error, refetch } = useQuery(PartnershipMeetingsDocument, { variables: { partnershipId }, fetchPolicy: freshWhenOnline() });
  // Live: this partnership's meetings only; the list and the evaluation history are fetched again
  // (a new or cancelled meeting, a signed-off evaluation).
  useMeetingsChanged(() => void refetch().catch(() => undefined), { partnershipId, enabled: Boolean(data) });
  const meetings = data?.meetings ?? [];
  const { upcoming, past } = splitByTime(getFragmentData(MeetingList_meetings, meetings).map((m, i) => ({ ...m, ref: meetings[i] })));
  const history = data?.evaluationHistory ?? [];
  // The objectives rated in this partnership's evaluations (its programme's; resettlement: the three).
  const rated = EVALUATION_OBJECTIVES.filter((o) => history.some((h) => h.ratings.some((r) => r.objective === o)));

  return (
    <section className="section" aria-labelledby="partnership-meetings-heading">
      <div className="section-header">
        <h2 id="partnership-meetings-heading">{t('meetings.title')}</h2>
        {canSchedule && (
          <Link className="button button-secondary" to={`/meetings/new?partnershipId=${encodeURIComponent(partnershipId)}`}>
            {t('schedule.title')}
          </Link>
        )}
      </div>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : (
        <>
          {meetings.length === 0 ? (
            <EmptyState>
              <p>{t('meetings.emptyPartnership')}</p>
            </EmptyState>
          ) : (
            <>
              {upcoming.length > 0 && (
                <>
                  <h3>{t('meetings.upcoming')}</h3>
                  <MeetingList meetings={upcoming.map((m) => m.ref)} headingLevel={4} label={t('meetings.upcoming')} />
                </>
              )}
              {past.length > 0 && (
                <>
                  <h3>{t('meetings.past')}</h3>
                  <MeetingList meetings={past.map((m) => m.ref)} headingLevel={4} label={t('meetings.past')} />
                </>
              )}
            </>
          )}
          <h3 id="evaluation-history-heading">{t('evaluation.history')}</h3>
          {history.length === 0 ? (
            <p className="muted">{t('evaluation.historyEmpty')}</p>
          ) : (
            <EvaluationTrend
              caption={t('evaluation.history')}
              max={EVALUATION_RATING_MAX}
              objectives={rated.map((o) => ({ key: o, label: t(`objective.${o}`) }))}
              evaluations={history.map((h) => ({
                id: h.meeting.id,
                heldAt: h.date,
                ratings: Object.fromEntries(h.ratings.map((r) => [r.objective, r.rating])),
                signedOff: h.signedOff,
              }))}
              renderDate={(e) => (
                <>
                  <Link to={`/meetings/${e.id}`}>{formatDate(e.heldAt)}</Link>
                  {!e.signedOff && (
                    <>
                      {' '}
                      <Badge tone="warning">{t('evaluation.notSignedOff')}</Badge>
                    </>
                  )}
                </>
              )}
            />
          )}
        </>
      )}
    </section>
  );
}

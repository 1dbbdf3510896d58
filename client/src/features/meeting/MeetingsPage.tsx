import { freshWhenOnline } from '../../app/offline/network';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { getFragmentData, graphql } from '../../gql';
import { EmptyState, Loading, PageError } from '../../ui/Feedback';
import { usePageTitle } from '../../ui/usePageTitle';
import { CalendarFeedSection } from './CalendarFeedSection';
import { useMeetingsChanged } from './live';
import { MeetingList, MeetingList_meetings, splitByTime } from './MeetingList';

export const MeetingsDocument = graphql(`
  query Meetings {
    meetings(includePast: true) {
      id
      ...MeetingList_meetings
    }
  }
`);

/** /meetings: upcoming and past meetings, "schedule a meeting" for Fedasil staff, and the calendar feed. */
export function MeetingsPage() {
  const t = useT();
  const { me } = useViewer();
  usePageTitle(t('meetings.title'));
  const { data, loading, error, refetch } = useQuery(MeetingsDocument, { fetchPolicy: freshWhenOnline() });
  // Live: a listed meeting's change is in the cache with the event; a new one, or one the viewer
  // was uninvited from, needs the list again.
  useMeetingsChanged(
    (change) => {
      if (!change.meeting || !data?.meetings.some((m) => m.id === change.meetingId)) void refetch().catch(() => undefined);
    },
    { enabled: Boolean(data) },
  );
  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;

  const meetings = data?.meetings ?? [];
  const times = getFragmentData(MeetingList_meetings, meetings);
  const { upcoming, past } = splitByTime(times.map((m, i) => ({ ...m, ref: meetings[i] })));
  const canSchedule = me?.role === 'ADMIN' || me?.role === 'CONTACT_PERSON';

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('meetings.title')}</h1>
        {canSchedule && (
          <Link className="button button-primary" to="/meetings/new">
            {t('schedule.title')}
          </Link>
        )}
      </div>
      <p className="lead">{t('meetings.intro')}</p>
      {loading && !data ? (
        <Loading />
      ) : (
        <>
          <section className="section" aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">{t('meetings.upcoming')}</h2>
            {upcoming.length === 0 ? (
              <EmptyState>
                <p>{t('meetings.emptyUpcoming')}</p>
              </EmptyState>
            ) : (
              <MeetingList meetings={upcoming.map((m) => m.ref)} label={t('meetings.upcoming')} />
            )}
          </section>
          <section className="section" aria-labelledby="past-heading">
            <h2 id="past-heading">{t('meetings.past')}</h2>
            {past.length === 0 ? (
              <EmptyState>
                <p>{t('meetings.emptyPast')}</p>
              </EmptyState>
            ) : (
              <MeetingList meetings={past.map((m) => m.ref)} label={t('meetings.past')} />
            )}
          </section>
        </>
      )}
      <CalendarFeedSection />
    </div>
  );
}

import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { Badge } from '../../ui/Values';
import { formatMeetingWhen } from './time';
import styles from './meeting.module.css';

export const MeetingList_meetings = graphql(`
  fragment MeetingList_meetings on Meeting {
    id
    kind
    status
    title
    startsAt
    endsAt
    place
    onlineUrl
    partnershipNames
    rsvpCounts {
      yes
      no
      maybe
      pending
    }
    viewerInvitation {
      id
      response
    }
  }
`);

/** Splits meetings into upcoming (not ended yet, soonest first) and past (most recent first). */
export function splitByTime<T extends { startsAt: string; endsAt: string }>(meetings: readonly T[], now: Date = new Date()): { upcoming: T[]; past: T[] } {
  const at = now.toISOString();
  const upcoming = meetings.filter((m) => new Date(m.endsAt).toISOString() >= at).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = meetings.filter((m) => new Date(m.endsAt).toISOString() < at).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { upcoming, past };
}

/** Meetings as cards: title (a link), kind, when in Brussels time, partnerships, answers. */
export function MeetingList({ meetings, headingLevel = 3, label }: { meetings: readonly FragmentType<typeof MeetingList_meetings>[]; headingLevel?: 3 | 4; label: string }) {
  const { t, locale } = useI18n();
  const rows = getFragmentData(MeetingList_meetings, meetings);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className={styles.meetingList} aria-label={label}>
      {rows.map((m) => (
        <li key={m.id} className={m.status === 'CANCELLED' ? `${styles.meetingCard} ${styles.meetingCardCancelled}` : styles.meetingCard} data-testid="meeting-card">
          <Heading>
            <Link to={`/meetings/${m.id}`}>{m.title}</Link>
          </Heading>
          <p className={styles.meetingMeta}>
            <span>{t(`meetingKind.${m.kind}`)}</span>
            <span>
              <time dateTime={m.startsAt}>{formatMeetingWhen(m.startsAt, m.endsAt, locale)}</time>
            </span>
            <span>{m.partnershipNames.join(', ')}</span>
            {m.place && <span>{m.place}</span>}
            {!m.place && m.onlineUrl && <span>{t('meeting.online')}</span>}
          </p>
          <p className={styles.meetingMeta}>
            {m.status === 'CANCELLED' ? (
              <Badge tone="danger">{t('meetingStatus.CANCELLED')}</Badge>
            ) : (
              <>
                <span>{t('meetings.answerCounts', { yes: m.rsvpCounts.yes, maybe: m.rsvpCounts.maybe, no: m.rsvpCounts.no })}</span>
                {m.viewerInvitation && <span>{t('rsvp.yourAnswer', { answer: t(`rsvp.${m.viewerInvitation.response ?? 'PENDING'}`) })}</span>}
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}

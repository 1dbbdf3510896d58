import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { Badge } from '../../ui/Values';
import { formatDuration, formatMeetingWhen, minutesBetween } from './time';

export const MeetingDetails_meeting = graphql(`
  fragment MeetingDetails_meeting on Meeting {
    id
    kind
    status
    title
    description
    startsAt
    endsAt
    place
    onlineUrl
    cancelReason
    partnershipNames
    createdBy {
      id
      name
    }
  }
`);

/** When (in Brussels time, said so), where, which partnerships, who planned it. */
export function MeetingDetails({ meeting: ref }: { meeting: FragmentType<typeof MeetingDetails_meeting> }) {
  const { t, locale } = useI18n();
  const m = getFragmentData(MeetingDetails_meeting, ref);
  return (
    <>
      {m.status === 'CANCELLED' && (
        <div className="alert alert-error" role="note">
          <p>
            <strong>{t('meeting.cancelledNotice')}</strong>
            {m.cancelReason && <> {t('meeting.cancelReason', { reason: m.cancelReason })}</>}
          </p>
        </div>
      )}
      <dl className="details">
        <div>
          <dt>{t('meeting.kind')}</dt>
          <dd>
            {t(`meetingKind.${m.kind}`)} {m.status === 'CANCELLED' && <Badge tone="danger">{t('meetingStatus.CANCELLED')}</Badge>}
          </dd>
        </div>
        <div>
          <dt>{t('meeting.when')}</dt>
          <dd data-testid="meeting-when">
            <time dateTime={m.startsAt}>{formatMeetingWhen(m.startsAt, m.endsAt, locale)}</time> ({t('meeting.brusselsTime')}, {formatDuration(minutesBetween(m.startsAt, m.endsAt), locale)})
          </dd>
        </div>
        <div>
          <dt>{t('meeting.where')}</dt>
          <dd>
            {m.place && <span className="note">{m.place}</span>}
            {m.place && m.onlineUrl && <br />}
            {m.onlineUrl && (
              <a href={m.onlineUrl} target="_blank" rel="noreferrer noopener">
                {t('meeting.joinOnline')}
              </a>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('meeting.partnerships')}</dt>
          <dd>{m.partnershipNames.join(', ')}</dd>
        </div>
        {m.createdBy && (
          <div>
            <dt>{t('meeting.organiser')}</dt>
            <dd>{m.createdBy.name}</dd>
          </div>
        )}
      </dl>
      {m.description && (
        <>
          <h2 className="subsection-title">{t('meeting.description')}</h2>
          <p className="note">{m.description}</p>
        </>
      )}
    </>
  );
}

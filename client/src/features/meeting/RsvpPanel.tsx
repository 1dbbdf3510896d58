import { useMutation } from '@apollo/client/react';
import type { RsvpResponse } from '@partner-hub/shared';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { FormError, StatusMessage } from '../../ui/FormError';
import styles from './meeting.module.css';

export const RsvpPanel_meeting = graphql(`
  fragment RsvpPanel_meeting on Meeting {
    id
    status
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
    viewerCan {
      respond
    }
  }
`);

export const RespondToMeetingDocument = graphql(`
  mutation RespondToMeeting($meetingId: ID!, $response: RsvpResponse!) {
    respondToMeeting(meetingId: $meetingId, response: $response) {
      id
      response
      respondedAt
    }
  }
`);

/** Answers in the order people read them: yes, maybe, no. */
const ANSWERS: readonly RsvpResponse[] = ['YES', 'MAYBE', 'NO'];

const COUNT_FIELD = { YES: 'yes', NO: 'no', MAYBE: 'maybe' } as const satisfies Record<RsvpResponse, string>;

/**
 * The invitees' answers (yes / maybe / no / not yet) as counts, which follow live through the
 * meeting's subscription, and the viewer's own answer as three toggle buttons.
 */
export function RsvpPanel({ meeting: ref }: { meeting: FragmentType<typeof RsvpPanel_meeting> }) {
  const t = useT();
  const meeting = getFragmentData(RsvpPanel_meeting, ref);
  const [respond, { loading, error }] = useMutation(RespondToMeetingDocument);
  const [saved, setSaved] = useState<RsvpResponse | null>(null);
  const counts = meeting.rsvpCounts;
  const own = meeting.viewerInvitation?.response ?? null;

  const answer = async (response: RsvpResponse) => {
    setSaved(null);
    const before = own;
    await respond({
      variables: { meetingId: meeting.id, response },
      // The answer itself normalises into the cache; the counts move by one here at once (the
      // meeting's subscription then brings the server's counts, which include everyone else's).
      update: (cache) => {
        if (before === response) return;
        const id = cache.identify({ __typename: 'Meeting', id: meeting.id });
        if (!id) return;
        cache.modify<{ rsvpCounts: typeof counts }>({
          id,
          fields: {
            rsvpCounts: (current) => {
              const next = { ...(current as typeof counts) };
              next[before ? COUNT_FIELD[before] : 'pending'] -= 1;
              next[COUNT_FIELD[response]] += 1;
              return next;
            },
          },
        });
      },
    });
    setSaved(response);
  };

  return (
    <section className="section" aria-labelledby="rsvp-heading">
      <h2 id="rsvp-heading">{t('rsvp.counts')}</h2>
      <dl className={styles.rsvpCounts} data-testid="rsvp-counts" aria-live="polite">
        {ANSWERS.map((r) => (
          <div key={r}>
            <dt>{t(`rsvp.${r}`)}</dt>
            <dd data-testid={`rsvp-count-${r}`}>{counts[COUNT_FIELD[r]]}</dd>
          </div>
        ))}
        <div>
          <dt>{t('rsvp.PENDING')}</dt>
          <dd data-testid="rsvp-count-PENDING">{counts.pending}</dd>
        </div>
      </dl>
      {meeting.viewerInvitation && (
        <>
          <h3 id="rsvp-own-heading">{t('rsvp.title')}</h3>
          <p>{t('rsvp.yourAnswer', { answer: t(`rsvp.${own ?? 'PENDING'}`) })}</p>
          {meeting.viewerCan.respond && (
            <div className={styles.rsvpButtons} role="group" aria-labelledby="rsvp-own-heading">
              {ANSWERS.map((r) => (
                <button key={r} type="button" className="button button-secondary" aria-pressed={own === r} disabled={loading} onClick={() => void answer(r).catch(() => undefined)}>
                  {t(`rsvp.${r}`)}
                </button>
              ))}
            </div>
          )}
          <FormError error={error} />
          {saved && !error && <StatusMessage>{t('rsvp.saved', { answer: t(`rsvp.${saved}`) })}</StatusMessage>}
        </>
      )}
    </section>
  );
}

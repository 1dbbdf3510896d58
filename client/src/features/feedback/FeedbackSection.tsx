import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { useRefetchOnReturn } from '../../ui/useRefetchOnReturn';
import { FeedbackRhythm } from './FeedbackRhythm';
import { FeedbackRoundItem } from './FeedbackRoundItem';
import './feedback.css';

export const FeedbackSectionDocument = graphql(`
  query FeedbackSection($partnershipId: ID!) {
    feedbackSettings(partnershipId: $partnershipId) {
      partnershipId
      ...FeedbackRhythm_settings
    }
    feedbackRounds(partnershipId: $partnershipId) {
      id
      ...FeedbackRoundItem_round
    }
  }
`);

/** A round of this partnership opened, was saved, submitted, sent back or accepted. */
export const FeedbackRoundChangedDocument = graphql(`
  subscription FeedbackRoundChanged($partnershipId: ID!) {
    feedbackRoundChanged(partnershipId: $partnershipId) {
      id
      ...FeedbackRoundItem_round
    }
  }
`);

/**
 * The partnership page's "Feedback" section: the rhythm, and the rounds newest first, live.
 * `?round=<id>` (from a notification or a home page) opens that round.
 */
export function FeedbackSection({ partnershipId }: { partnershipId: string }) {
  const t = useT();
  const [params] = useSearchParams();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(FeedbackSectionDocument, { variables: { partnershipId } });
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(() => new Set(params.get('round') ? [params.get('round')!] : []));
  const sectionRef = useRef<HTMLElement>(null);

  // A link to another round of the same page (a notification while here) opens it too: when the
  // link changes, while rendering (React's "adjusting state when a prop changes"), not an effect later.
  const requested = params.get('round');
  const [openedFor, setOpenedFor] = useState(requested);
  if (requested !== openedFor) {
    setOpenedFor(requested);
    if (requested) setOpenIds((ids) => (ids.has(requested) ? ids : new Set([...ids, requested])));
  }

  // "#feedback": once the rounds are there, the section comes into view (the page loaded first).
  const loaded = Boolean(data);
  useEffect(() => {
    if (loaded && location.hash === '#feedback' && !requested) sectionRef.current?.scrollIntoView?.({ block: 'start' });
  }, [loaded, location.hash, requested]);

  // Round changes missed while the socket was down are caught up when the reader comes back.
  useRefetchOnReturn(refetch, Boolean(data));

  const rounds = data?.feedbackRounds;
  const knownIds = useRef(new Set<string>());
  // Kept current after each render (refs are not written while rendering).
  useEffect(() => {
    knownIds.current = new Set(rounds?.map((r) => r.id) ?? []);
  });

  useSubscription(FeedbackRoundChangedDocument, {
    variables: { partnershipId },
    skip: !data,
    onData: ({ data: event }) => {
      const changed = event.data?.feedbackRoundChanged;
      // A changed round is normalised into the cache and re-renders; a new one needs the list again.
      if (changed && !knownIds.current.has(changed.id)) void refetch().catch(() => undefined);
    },
  });

  const toggle = (id: string) =>
    setOpenIds((ids) => {
      const next = new Set(ids);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section id="feedback" ref={sectionRef} className="section" aria-labelledby="feedback-heading" tabIndex={-1}>
      <h2 id="feedback-heading">{t('feedback.title')}</h2>
      <p className="muted">{t('feedback.intro')}</p>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : data ? (
        <>
          <FeedbackRhythm settings={data.feedbackSettings} />
          {data.feedbackRounds.length === 0 ? (
            <EmptyState>
              <p>{t('feedback.noRounds')}</p>
            </EmptyState>
          ) : (
            <ol className="feedback-rounds" aria-label={t('feedback.rounds')}>
              {data.feedbackRounds.map((round) => (
                <FeedbackRoundItem key={round.id} round={round} open={openIds.has(round.id)} onToggle={() => toggle(round.id)} />
              ))}
            </ol>
          )}
          <p className="visually-hidden">{t('feedback.live')}</p>
        </>
      ) : null}
    </section>
  );
}

import { freshWhenOnline } from '../../app/offline/network';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { Badge, DateText } from '../../ui/Values';
import { usePeriodText } from './FeedbackRoundItem';
import { feedbackRoundHref, ROUND_STATUS_TONE } from './labels';
import './feedback.css';

export const MyFeedbackRoundsDocument = graphql(`
  query MyFeedbackRounds {
    myFeedbackRounds {
      id
      periodStart
      periodEnd
      dueDate
      status
      overdue
      partnership {
        id
        name
      }
    }
  }
`);

/**
 * On the home page of coordinators and contact persons: the feedback rounds that wait for them
 * (to fill in, or to review) and every overdue round, oldest due date first; each opens the round.
 */
export function FeedbackHomeSection() {
  const t = useT();
  const periodText = usePeriodText();
  // Asked again whenever the home page opens: a round submitted elsewhere must not linger here.
  const { data, loading, error } = useQuery(MyFeedbackRoundsDocument, { fetchPolicy: freshWhenOnline(), nextFetchPolicy: 'cache-first' });
  const rounds = data?.myFeedbackRounds ?? [];
  const overdue = rounds.filter((r) => r.overdue).length;

  return (
    <section className="section" aria-labelledby="feedback-home-heading">
      <h2 id="feedback-home-heading">{t('feedback.homeTitle')}</h2>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : rounds.length === 0 ? (
        <EmptyState>
          <p>{t('feedback.homeEmpty')}</p>
        </EmptyState>
      ) : (
        <>
          <p data-testid="feedback-home-summary">{t('feedback.homeCount', { count: rounds.length, overdue })}</p>
          <ul className="feedback-home-list">
            {rounds.map((r) => (
              <li key={r.id} data-testid="feedback-home-round">
                <Link to={feedbackRoundHref(r.partnership.id, r.id)}>{t('feedback.homeItem', { partnership: r.partnership.name, period: periodText(r) })}</Link>
                <Badge tone={ROUND_STATUS_TONE[r.status]}>{t(`feedbackRoundStatus.${r.status}`)}</Badge>
                {r.overdue && <Badge tone="danger">{t('feedback.overdue')}</Badge>}
                <span className="muted">
                  {t('feedback.due')}: <DateText iso={r.dueDate} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

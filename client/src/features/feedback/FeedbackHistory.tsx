import { useT } from '../../app/i18n';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { DateTimeText } from '../../ui/Values';
import { FeedbackAnswers } from './FeedbackAnswers';

export const FeedbackHistory_round = graphql(`
  fragment FeedbackHistory_round on FeedbackRound {
    id
    history {
      id
      kind
      at
      note
      generalNote
      by {
        id
        name
      }
      answers {
        ...FeedbackAnswers_answers
      }
    }
  }
`);

/** Every submission and review of a round, oldest first; a submission shows what was submitted. */
export function FeedbackHistory({ round: roundRef, headingId }: { round: FragmentType<typeof FeedbackHistory_round>; headingId: string }) {
  const t = useT();
  const round = getFragmentData(FeedbackHistory_round, roundRef);
  return (
    <section className="feedback-history" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('feedback.history')}</h4>
      {round.history.length === 0 ? (
        <p className="muted">{t('feedback.historyEmpty')}</p>
      ) : (
        <ol className="feedback-history-list" data-testid="feedback-history">
          {round.history.map((entry) => (
            <li key={entry.id} data-kind={entry.kind}>
              <p className="feedback-history-head">
                <strong>{entry.by ? t('feedback.historyBy', { what: t(`feedbackRevisionKind.${entry.kind}`), name: entry.by.name }) : t(`feedbackRevisionKind.${entry.kind}`)}</strong>
                {', '}
                <DateTimeText iso={entry.at} />
              </p>
              {entry.note && <blockquote className="note feedback-note">{entry.note}</blockquote>}
              {entry.answers && (
                <details className="feedback-submitted">
                  <summary>{t('feedback.asSubmitted')}</summary>
                  <FeedbackAnswers answers={entry.answers} generalNote={entry.generalNote} />
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

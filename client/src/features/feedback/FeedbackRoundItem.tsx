import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { StatusMessage } from '../../ui/FormError';
import { Badge, DateText } from '../../ui/Values';
import { programmeIndicators } from '../programme/programmeIndicator';
import { FeedbackAnswers } from './FeedbackAnswers';
import { FeedbackHistory } from './FeedbackHistory';
import { FeedbackReview } from './FeedbackReview';
import { FeedbackRoundForm } from './FeedbackRoundForm';
import { ROUND_STATUS_TONE } from './labels';

export const FeedbackRoundItem_round = graphql(`
  fragment FeedbackRoundItem_round on FeedbackRound {
    id
    periodStart
    periodEnd
    dueDate
    status
    overdue
    late
    generalNote
    submittedAt
    reviewedAt
    reviewNote
    updatedAt
    submittedBy {
      id
      name
    }
    reviewedBy {
      id
      name
    }
    answers {
      ...FeedbackAnswers_answers
    }
    indicatorValues {
      key
      number
      choice
      text
    }
    partnership {
      id
      programme {
        id
        objectives
        indicators {
          ...ProgrammeIndicatorFields
        }
      }
    }
    viewerCan {
      submit
      review
    }
    ...FeedbackRoundForm_round
    ...FeedbackHistory_round
  }
`);

/** "1 Mar 2026 to 31 Mar 2026", as the round's name. */
export function usePeriodText(): (round: { periodStart: string; periodEnd: string }) => string {
  const { t, formatDate } = useI18n();
  return (round) => t('feedback.period', { start: formatDate(round.periodStart), end: formatDate(round.periodEnd) });
}

/**
 * One round in the partnership's list: its period, status, due date and overdue flag; opened, it
 * shows what the viewer may do (the partner's form, the contact person's review) and the history.
 */
export function FeedbackRoundItem({ round: roundRef, open, onToggle }: { round: FragmentType<typeof FeedbackRoundItem_round>; open: boolean; onToggle: () => void }) {
  const { t, formatDateTime } = useI18n();
  const round = getFragmentData(FeedbackRoundItem_round, roundRef);
  const period = usePeriodText()(round);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  // After submitting or reviewing, the form that had the focus is gone: the outcome takes it.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const ref = useRef<HTMLLIElement>(null);
  const panelId = `feedback-round-${round.id}`;

  // Open from the start: a notification or a home page link asked for this round; bring it into
  // view once (not when the reader opens it here).
  const openedFromLink = useRef(open);
  useEffect(() => {
    if (openedFromLink.current) ref.current?.scrollIntoView?.({ block: 'start' });
  }, []);

  return (
    <li ref={ref} className={`feedback-round${round.overdue ? ' is-overdue' : ''}`} data-testid="feedback-round" data-round-id={round.id}>
      <div className="feedback-round-head">
        <h3 className="feedback-round-title">{t('feedback.roundFor', { period })}</h3>
        <div className="feedback-round-badges">
          <Badge tone={ROUND_STATUS_TONE[round.status]}>{t(`feedbackRoundStatus.${round.status}`)}</Badge>
          {round.overdue && <Badge tone="danger">{t('feedback.overdue')}</Badge>}
          {round.late && (
            <span title={t('feedback.lateHint')}>
              <Badge tone="warning">{t('feedback.late')}</Badge>
            </span>
          )}
        </div>
      </div>
      <p className="feedback-round-due">
        {t('feedback.due')}: <DateText iso={round.dueDate} />
      </p>
      <button
        type="button"
        className={`button button-small ${open ? 'button-secondary' : round.viewerCan.submit || round.viewerCan.review ? 'button-primary' : 'button-secondary'}`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={open ? `${t('feedback.closeRound')}: ${t('feedback.roundFor', { period })}` : t('feedback.openRoundNamed', { period })}
        onClick={() => {
          setDone(null);
          onToggle();
        }}
      >
        {open ? t('feedback.closeRound') : t('feedback.openRound')}
      </button>
      <div ref={doneRef} tabIndex={-1} className="feedback-outcome">
        <StatusMessage>{done}</StatusMessage>
      </div>
      {open && (
        <div id={panelId} className="feedback-round-panel">
          {round.status === 'SENT_BACK' && round.reviewNote && (
            <div className="notice feedback-sent-back" data-testid="feedback-review-note">
              <p>
                <strong>{t('feedback.sentBackNotice', { name: round.reviewedBy?.name ?? t('notifications.someone') })}</strong>
              </p>
              <p className="visually-hidden">{t('feedback.reviewNote')}</p>
              <blockquote className="note feedback-note">{round.reviewNote}</blockquote>
            </div>
          )}
          {round.status === 'ACCEPTED' && round.reviewedAt && <p>{t('feedback.acceptedBy', { name: round.reviewedBy?.name ?? t('notifications.someone'), date: formatDateTime(round.reviewedAt) })}</p>}
          {round.viewerCan.submit ? (
            <FeedbackRoundForm key={`${round.id}:${round.status}`} round={round} onSubmitted={() => setDone(t('feedback.submitted'))} />
          ) : (
            <>
              {round.status === 'SUBMITTED' && !round.viewerCan.review && <p>{t('feedback.waitingReview')}</p>}
              {(round.status === 'OPEN' || round.status === 'SENT_BACK') && <p>{t('feedback.waitingPartner')}</p>}
              {round.status !== 'OPEN' && (
                <FeedbackAnswers
                  answers={round.answers}
                  generalNote={round.generalNote}
                  objectives={round.partnership.programme.objectives}
                  indicators={programmeIndicators(round.partnership.programme.indicators)}
                  indicatorValues={round.indicatorValues}
                />
              )}
            </>
          )}
          {round.viewerCan.review && round.status === 'SUBMITTED' && (
            <FeedbackReview roundId={round.id} onReviewed={(outcome) => setDone(t(outcome === 'ACCEPTED' ? 'feedback.accepted' : 'feedback.sentBack'))} />
          )}
          <FeedbackHistory round={round} headingId={`${panelId}-history`} />
        </div>
      )}
    </li>
  );
}

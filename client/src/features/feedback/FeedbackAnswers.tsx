import { useT } from '../../app/i18n';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { Badge } from '../../ui/Values';
import { OBJECTIVE_STATUS_TONE } from './labels';

export const FeedbackAnswers_answers = graphql(`
  fragment FeedbackAnswers_answers on FeedbackAnswer {
    objective
    status
    text
  }
`);

/** The partner's answers, read-only: a status and the text per objective, and the general note. */
export function FeedbackAnswers({
  answers: answersRef,
  generalNote,
}: {
  answers: readonly FragmentType<typeof FeedbackAnswers_answers>[];
  generalNote: string | null;
}) {
  const t = useT();
  const answers = getFragmentData(FeedbackAnswers_answers, answersRef);
  return (
    <dl className="feedback-answers">
      {answers.map((a) => (
        <div key={a.objective}>
          <dt>{t(`feedbackObjective.${a.objective}`)}</dt>
          <dd>
            {a.status ? <Badge tone={OBJECTIVE_STATUS_TONE[a.status]}>{t(`objectiveStatus.${a.status}`)}</Badge> : <span className="muted">{t('feedback.noAnswer')}</span>}
            {a.text && <p className="note">{a.text}</p>}
          </dd>
        </div>
      ))}
      {generalNote && (
        <div>
          <dt>{t('feedback.generalNote')}</dt>
          <dd>
            <p className="note">{generalNote}</p>
          </dd>
        </div>
      )}
    </dl>
  );
}

import { useI18n } from '../../app/i18n';
import type { IndicatorDef } from './IndicatorFields';
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
  objectives,
  indicators = [],
  indicatorValues = [],
}: {
  answers: readonly FragmentType<typeof FeedbackAnswers_answers>[];
  generalNote: string | null;
  /** The programme's evaluation objectives; all when not given. */
  objectives?: readonly string[];
  indicators?: readonly IndicatorDef[];
  indicatorValues?: readonly { key: string; number?: number | null; choice?: string | null; text?: string | null }[];
}) {
  const { t, locale, formatNumber } = useI18n();
  const answers = getFragmentData(FeedbackAnswers_answers, answersRef).filter((a) => !objectives || objectives.includes(a.objective));
  const lang = locale;
  return (
    <dl className="feedback-answers">
      {indicators.map((i) => {
        const v = indicatorValues.find((x) => x.key === i.key);
        const shown = v?.number !== null && v?.number !== undefined ? formatNumber(v.number) : v?.choice ? (i.choices.find((c) => c.key === v.choice)?.label[lang] ?? v.choice) : (v?.text ?? null);
        return (
          <div key={`indicator-${i.key}`} data-indicator={i.key}>
            <dt>{i.label[lang]}</dt>
            <dd>{shown !== null ? <p className="note">{shown}</p> : <span className="muted">{t('feedback.noAnswer')}</span>}</dd>
          </div>
        );
      })}
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

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { FeedbackAnswerInput } from '../../gql/graphql';
import { FormError, StatusMessage } from '../../ui/FormError';
import { TextAreaField } from '../../ui/Fields';
import { IndicatorFields, indicatorInput, initialIndicatorDraft, missingIndicators, type IndicatorDraft } from './IndicatorFields';
import { programmeIndicators } from '../programme/programmeIndicator';
import { FEEDBACK_OBJECTIVES, OBJECTIVE_STATUSES, type FeedbackObjective, type ObjectiveStatus } from './labels';

export const FeedbackRoundForm_round = graphql(`
  fragment FeedbackRoundForm_round on FeedbackRound {
    id
    status
    generalNote
    answers {
      objective
      status
      text
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
  }
`);

export const SaveFeedbackDraftDocument = graphql(`
  mutation SaveFeedbackDraft($input: FeedbackAnswersInput!) {
    saveFeedbackDraft(input: $input) {
      id
      ...FeedbackRoundItem_round
    }
  }
`);

export const SubmitFeedbackRoundDocument = graphql(`
  mutation SubmitFeedbackRound($input: FeedbackAnswersInput!) {
    submitFeedbackRound(input: $input) {
      id
      ...FeedbackRoundItem_round
    }
  }
`);

interface Answer {
  status: ObjectiveStatus | '';
  text: string;
}

type Answers = Record<FeedbackObjective, Answer>;

function initialAnswers(answers: readonly { objective: string; status: string | null; text: string | null }[]): Answers {
  const byObjective = new Map(answers.map((a) => [a.objective, a]));
  return Object.fromEntries(
    FEEDBACK_OBJECTIVES.map((o) => {
      const a = byObjective.get(o);
      return [o, { status: (a?.status as ObjectiveStatus | null) ?? '', text: a?.text ?? '' }];
    }),
  ) as Answers;
}

function toInput(answers: Answers, objectives: readonly FeedbackObjective[]): FeedbackAnswerInput[] {
  return objectives.map((objective) => ({
    objective,
    status: answers[objective].status || null,
    text: answers[objective].text.trim() ? answers[objective].text : null,
  }));
}

/** One objective: a status (radio buttons) and free text, in a fieldset named after the objective. */
function ObjectiveFieldset({ objective, value, onChange, invalid }: { objective: FeedbackObjective; value: Answer; onChange: (a: Answer) => void; invalid: boolean }) {
  const t = useT();
  const id = useId();
  const name = t(`feedbackObjective.${objective}`);
  return (
    <fieldset className="fieldset feedback-objective" data-objective={objective}>
      <legend>{name}</legend>
      <div
        role="radiogroup"
        aria-label={t('feedback.objectiveStatus', { objective: name })}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        className="radio-row"
      >
        {OBJECTIVE_STATUSES.map((s) => (
          <label key={s} className="radio-option">
            <input type="radio" name={`${id}-status`} value={s} checked={value.status === s} onChange={() => onChange({ ...value, status: s })} />
            {t(`objectiveStatus.${s}`)}
          </label>
        ))}
      </div>
      {invalid && (
        <p className="field-error" id={`${id}-error`}>
          {t('feedback.chooseStatus')}
        </p>
      )}
      <TextAreaField label={t('feedback.objectiveText', { objective: name })} value={value.text} onChange={(text) => onChange({ ...value, text })} optional rows={3} />
    </fieldset>
  );
}

/**
 * The partner's answers for an open or sent-back round: a status and text per objective and a
 * general note; save as a draft (nothing checked) or submit (every objective needs a status).
 */
export function FeedbackRoundForm({ round: roundRef, onSubmitted }: { round: FragmentType<typeof FeedbackRoundForm_round>; onSubmitted?: () => void }) {
  const t = useT();
  const round = getFragmentData(FeedbackRoundForm_round, roundRef);
  const [answers, setAnswers] = useState<Answers>(() => initialAnswers(round.answers));
  const [generalNote, setGeneralNote] = useState(round.generalNote ?? '');
  const [showMissing, setShowMissing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [saveDraft, draft] = useMutation(SaveFeedbackDraftDocument);
  const [submit, submission] = useMutation(SubmitFeedbackRoundDocument);
  const busy = draft.loading || submission.loading;
  // The programme's evaluation objectives (resettlement: the three) and its reporting indicators.
  const programme = round.partnership.programme;
  const indicators = programmeIndicators(programme.indicators);
  const objectives = FEEDBACK_OBJECTIVES.filter((o) => programme.objectives.includes(o));
  const [indicatorDraft, setIndicatorDraft] = useState<IndicatorDraft>(() => initialIndicatorDraft(round.indicatorValues));
  const missing = [...objectives.filter((o) => !answers[o].status), ...missingIndicators(indicators, indicatorDraft).map((i) => i.key)];
  const resubmit = round.status === 'SENT_BACK';

  const input = () => ({
    roundId: round.id,
    answers: toInput(answers, objectives),
    // Left out when the programme asks no figures (resettlement), so the request is as before.
    ...(indicators.length ? { indicatorValues: indicatorInput(indicators, indicatorDraft) } : {}),
    generalNote: generalNote.trim() ? generalNote : null,
  });

  const onSaveDraft = async () => {
    setSaved(null);
    submission.reset();
    try {
      await saveDraft({ variables: { input: input() } });
      setSaved(t('feedback.draftSaved'));
    } catch {
      // shown from the mutation's error
    }
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    draft.reset();
    if (missing.length > 0) {
      setShowMissing(true);
      return;
    }
    try {
      await submit({ variables: { input: input() } });
      onSubmitted?.();
    } catch {
      // shown from the mutation's error
    }
  };

  return (
    <form className="form feedback-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t(resubmit ? 'feedback.resubmit' : 'feedback.submit')}>
      <IndicatorFields indicators={indicators} draft={indicatorDraft} onChange={setIndicatorDraft} showMissing={showMissing} />
      {objectives.map((objective) => (
        <ObjectiveFieldset
          key={objective}
          objective={objective}
          value={answers[objective]}
          invalid={showMissing && !answers[objective].status}
          onChange={(a) => setAnswers((current) => ({ ...current, [objective]: a }))}
        />
      ))}
      <TextAreaField label={t('feedback.generalNote')} value={generalNote} onChange={setGeneralNote} optional rows={4} />
      {showMissing && missing.length > 0 && <FormError message={t(objectives.some((o) => !answers[o].status) ? 'feedback.incomplete' : 'error.INDICATORS_INCOMPLETE')} />}
      <FormError error={draft.error ?? submission.error} />
      <StatusMessage>{saved}</StatusMessage>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t(resubmit ? 'feedback.resubmit' : 'feedback.submit')}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void onSaveDraft()}>
          {t('feedback.saveDraft')}
        </button>
      </div>
    </form>
  );
}

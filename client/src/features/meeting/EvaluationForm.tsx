import { useMutation } from '@apollo/client/react';
import { EVALUATION_RATING_MAX, EVALUATION_RATING_MIN, type EvaluationObjective } from '@partner-hub/shared';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { TextAreaField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';
import styles from './meeting.module.css';

export const EvaluationForm_meeting = graphql(`
  fragment EvaluationForm_meeting on Meeting {
    id
    kind
    evaluationSignedOffAt
    evaluationObjectives
    evaluationSignedOffBy {
      id
      name
    }
    viewerCan {
      evaluate
      signOffEvaluation
    }
    evaluation {
      id
      objective
      rating
      notes
    }
  }
`);

export const SaveEvaluationDocument = graphql(`
  mutation SaveEvaluation($meetingId: ID!, $scores: [EvaluationScoreInput!]!) {
    saveEvaluation(meetingId: $meetingId, scores: $scores) {
      id
      ...EvaluationForm_meeting
    }
  }
`);

export const SignOffEvaluationDocument = graphql(`
  mutation SignOffEvaluation($meetingId: ID!) {
    signOffEvaluation(meetingId: $meetingId) {
      id
      ...EvaluationForm_meeting
    }
  }
`);

const RATINGS = Array.from({ length: EVALUATION_RATING_MAX - EVALUATION_RATING_MIN + 1 }, (_, i) => EVALUATION_RATING_MIN + i);

type Draft = Partial<Record<EvaluationObjective, { rating: number | null; notes: string }>>;

/** A rating from 1 to 5 as radio buttons in a fieldset (one tap each on a phone), with the words of each rating. */
function RatingField({ objective, value, onChange }: { objective: EvaluationObjective; value: number | null; onChange: (rating: number) => void }) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="fieldset">
      <legend>{t('evaluation.rating')}</legend>
      <div className={styles.ratingOptions}>
        {RATINGS.map((r) => (
          <label key={r}>
            <input type="radio" name={`${name}-${objective}`} value={r} checked={value === r} onChange={() => onChange(r)} />
            {r} – {t(`rating.${r}` as 'rating.1')}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The evaluation of an evaluation meeting: a rating and notes for each objective of the
 * partnership's programme (resettlement: the three), filled in by the Fedasil staff of the meeting
 * and signed off by the partnership's contact person; read-only once signed off. A programme that
 * rates no objectives is evaluated in the minutes, and only signed off here.
 */
export function EvaluationForm({ meeting: ref }: { meeting: FragmentType<typeof EvaluationForm_meeting> }) {
  const { t, formatDateTime } = useI18n();
  const meeting = getFragmentData(EvaluationForm_meeting, ref);
  const scores = meeting.evaluation ?? [];
  const objectives = meeting.evaluationObjectives ?? [];
  const scoreOf = (o: EvaluationObjective) => scores.find((s) => s.objective === o);
  const [draft, setDraft] = useState<Draft>(() => Object.fromEntries(objectives.map((o) => [o, { rating: scoreOf(o)?.rating ?? null, notes: scoreOf(o)?.notes ?? '' }])));
  const entry = (o: EvaluationObjective) => draft[o] ?? { rating: null, notes: '' };
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, saving] = useMutation(SaveEvaluationDocument);
  const [signOff, signing] = useMutation(SignOffEvaluationDocument);

  if (meeting.kind !== 'EVALUATION') return null;
  const signedOff = Boolean(meeting.evaluationSignedOffAt);
  const editable = meeting.viewerCan.evaluate && !signedOff;
  const complete = objectives.every((o) => scoreOf(o));

  const heading = <h2 id="evaluation-heading">{t('evaluation.title')}</h2>;

  if (!editable) {
    return (
      <section className="section" aria-labelledby="evaluation-heading" data-testid="evaluation">
        {heading}
        {signedOff && <p className="notice">{t('evaluation.signedOff', { name: meeting.evaluationSignedOffBy?.name ?? '', date: formatDateTime(meeting.evaluationSignedOffAt!) })}</p>}
        {objectives.length === 0 ? (
          <p className="muted">{t('evaluation.noObjectives')}</p>
        ) : scores.length === 0 ? (
          <p className="muted">{t('evaluation.notYet')}</p>
        ) : (
          <dl className="details">
            {objectives.map((o) => {
              const s = scoreOf(o);
              return (
                <div key={o}>
                  <dt>{t(`objective.${o}`)}</dt>
                  <dd>
                    {s ? `${t('evaluation.ratingOf', { rating: s.rating, max: EVALUATION_RATING_MAX })} (${t(`rating.${s.rating}` as 'rating.1')})` : t('app.notSet')}
                    {s?.notes && <p className="note">{s.notes}</p>}
                  </dd>
                </div>
              );
            })}
          </dl>
        )}
        {!signedOff && meeting.viewerCan.signOffEvaluation && complete && <SignOff onConfirm={() => signOff({ variables: { meetingId: meeting.id } })} busy={signing.loading} />}
        <FormError error={signing.error} />
      </section>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const rated = objectives.filter((o) => entry(o).rating !== null);
    if (rated.length === 0) {
      setProblem(t('evaluation.needRatings'));
      return;
    }
    setProblem(null);
    try {
      await save({
        variables: {
          meetingId: meeting.id,
          scores: rated.map((o) => ({ objective: o, rating: entry(o).rating!, notes: entry(o).notes.trim() || null })),
        },
      });
      setSaved(true);
    } catch {
      // shown by FormError
    }
  };

  // Unsaved changes must be saved before signing off, so the signature covers what is shown.
  const unsaved = objectives.some((o) => (scoreOf(o)?.rating ?? null) !== entry(o).rating || (scoreOf(o)?.notes ?? '') !== entry(o).notes.trim());

  return (
    <section className="section" aria-labelledby="evaluation-heading" data-testid="evaluation">
      {heading}
      {objectives.length === 0 ? (
        <p className="muted">{t('evaluation.noObjectives')}</p>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} aria-labelledby="evaluation-heading">
          <p className="muted">{t('evaluation.intro')}</p>
          {objectives.map((o) => (
            <fieldset key={o} className={`fieldset ${styles.objectiveFieldset}`}>
              <legend>{t(`objective.${o}`)}</legend>
              <RatingField objective={o} value={entry(o).rating} onChange={(rating) => setDraft((d) => ({ ...d, [o]: { ...entry(o), rating } }))} />
              <TextAreaField
                label={t('evaluation.notesFor', { objective: t(`objective.${o}`) })}
                value={entry(o).notes}
                onChange={(notes) => setDraft((d) => ({ ...d, [o]: { ...entry(o), notes } }))}
                optional
              />
            </fieldset>
          ))}
          <FormError error={saving.error} message={problem} />
          {saved && !saving.error && !unsaved && <StatusMessage>{t('evaluation.saved')}</StatusMessage>}
          <button type="submit" className="button button-primary" disabled={saving.loading}>
            {t('evaluation.save')}
          </button>
        </form>
      )}
      {meeting.viewerCan.signOffEvaluation && (
        <div className="subsection">
          <p className="hint">{t('evaluation.signOffHint')}</p>
          {complete && !unsaved && <SignOff onConfirm={() => signOff({ variables: { meetingId: meeting.id } })} busy={signing.loading} />}
          <FormError error={signing.error} />
        </div>
      )}
    </section>
  );
}

function SignOff({ onConfirm, busy }: { onConfirm: () => Promise<unknown>; busy: boolean }) {
  const { t } = useI18n();
  return <ConfirmAction tone="primary" triggerLabel={t('evaluation.signOff')} question={t('evaluation.signOffConfirm')} confirmLabel={t('evaluation.signOffYes')} onConfirm={onConfirm} busy={busy} />;
}

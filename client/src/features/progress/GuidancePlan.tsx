import { useApolloClient } from '@apollo/client/react';
import { STEP_STATUSES, type StepStatus } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { QueuedWriteState } from '../../app/offline/QueuedWriteState';
import { offlineWrites, useQueuedWrites } from '../../app/offline/writes';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { GuidanceStepItem_StepFragment, UpdateGuidanceStepInput } from '../../gql/graphql';
import { Disclosure } from '../../ui/Disclosure';
import { EmptyState } from '../../ui/Feedback';
import { SelectField, TextAreaField, TextField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';
import { Badge, DateText } from '../../ui/Values';
import { isOpenStatus, STEP_STATUS_TONE, stepName } from './labels';
import { showStepChange } from './offlineWrites';
import styles from './progress.module.css';

/** The step's look by status (only finished steps look different). */
const STATUS_CLASSES: Record<StepStatus, string | undefined> = { TODO: undefined, IN_PROGRESS: undefined, DONE: styles.stepDone, NOT_APPLICABLE: styles.stepNotApplicable };

export const GuidancePlan_household = graphql(`
  fragment GuidancePlan_household on Household {
    id
    progress {
      done
      total
    }
    nextStep {
      id
    }
    viewerCan {
      updateStep
    }
    plan {
      id
      ...GuidanceStepItem_step
    }
  }
`);

export const GuidanceStepItem_step = graphql(`
  fragment GuidanceStepItem_step on GuidanceStep {
    id
    key
    version
    status
    dueDate
    overdue
    owner
    note
    notApplicableReason
    updatedAt
    label {
      nl
      fr
      en
    }
    member {
      id
      firstName
    }
    updatedBy {
      id
      name
    }
  }
`);

type Step = GuidanceStepItem_StepFragment;

/**
 * Changes a step through the device's write queue: shown at once, sent now when online, kept and
 * sent later when not; answers the outcome and the announcement to make.
 */
function useStepWriter(step: Step, name: string) {
  const { t } = useI18n();
  const client = useApolloClient();
  const writes = useQueuedWrites(step.id);
  const save = async (input: UpdateGuidanceStepInput) => {
    const before = { status: step.status, note: step.note, notApplicableReason: step.notApplicableReason, dueDate: step.dueDate };
    const { clientId, settled } = offlineWrites.enqueue({ kind: 'step', target: step.id, payload: { input }, expectedVersion: step.version });
    showStepChange(client, step.id, input);
    const outcome = await settled;
    const status = t(`stepStatus.${input.status ?? step.status}`);
    if (outcome.status === 'failed') {
      // Refused while the user is here: the form says why, and the step shows what it was.
      offlineWrites.discard(clientId);
      showStepChange(client, step.id, before);
      return { outcome, announcement: '' };
    }
    return { outcome, announcement: outcome.status === 'sent' ? t('plan.stepSaved', { label: name, status }) : t('offline.keptStep', { label: name, status }) };
  };
  return { save, sending: writes.some((w) => w.status === 'sending') };
}

/** The form behind "Change": status, the reason when it does not apply, a note and the due date. */
function StepChangeForm({ step, name, onDone, onSaved }: { step: Step; name: string; onDone: () => void; onSaved: (message: string) => void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<StepStatus>(step.status);
  const [reason, setReason] = useState(step.notApplicableReason ?? '');
  const [note, setNote] = useState(step.note ?? '');
  const [dueDate, setDueDate] = useState(step.dueDate ?? '');
  const [clientError, setClientError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { save, sending: loading } = useStepWriter(step, name);
  const reasonMissing = status === 'NOT_APPLICABLE' && !reason.trim();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (reasonMissing) {
      setClientError(t('error.REASON_REQUIRED'));
      return;
    }
    setClientError(null);
    setError(null);
    const { outcome, announcement } = await save({
      status,
      note: note.trim() || null,
      ...(status === 'NOT_APPLICABLE' ? { notApplicableReason: reason.trim() } : {}),
      ...(dueDate !== (step.dueDate ?? '') ? { dueDate: dueDate || null } : {}),
    });
    if (outcome.status === 'failed') {
      // Refused while the user is here: the form shows why; nothing stays queued.
      setError(outcome.error);
      return;
    }
    onSaved(announcement);
    onDone();
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('plan.changeFor', { label: name })}>
      <SelectField
        label={t('plan.status')}
        value={status}
        onChange={(v) => {
          setStatus(v);
          setClientError(null);
        }}
        options={STEP_STATUSES.map((s) => ({ value: s, label: t(`stepStatus.${s}`) }))}
      />
      {status === 'NOT_APPLICABLE' && (
        <TextAreaField
          label={t('plan.reason')}
          hint={t('plan.reasonHint')}
          required
          rows={2}
          value={reason}
          onChange={(v) => {
            setReason(v);
            setClientError(null);
          }}
          errors={clientError ? [clientError] : undefined}
        />
      )}
      <TextAreaField label={t('plan.note')} optional rows={2} value={note} onChange={setNote} />
      <TextField label={t('plan.dueDate')} type="date" optional hint={t('plan.dueDateHint')} value={dueDate} onChange={setDueDate} />
      <FormError message={clientError} error={clientError ? undefined : error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('app.saving') : t('plan.saveStep')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}

/** One step: its label, status, due date, owner, note, who changed it; "Mark as done" in one tap. */
function GuidanceStepItem({
  step: stepRef,
  canUpdate,
  isNext,
  onSaved,
}: {
  step: FragmentType<typeof GuidanceStepItem_step>;
  canUpdate: boolean;
  isNext: boolean;
  onSaved: (message: string) => void;
}) {
  const { t, localize, formatDateTime } = useI18n();
  const step = getFragmentData(GuidanceStepItem_step, stepRef);
  const name = stepName(step, localize, t);
  const open = isOpenStatus(step.status);
  const [error, setError] = useState<unknown>(null);
  const { save, sending: loading } = useStepWriter(step, name);

  const setStatus = async (status: StepStatus) => {
    setError(null);
    const { outcome, announcement } = await save({ status });
    if (outcome.status === 'failed') setError(outcome.error);
    else onSaved(announcement);
  };

  const classes = [styles.step, STATUS_CLASSES[step.status], step.overdue ? styles.stepOverdue : '', isNext ? styles.stepNext : ''].filter(Boolean).join(' ');

  return (
    <li className={classes} data-testid="plan-step" data-step-key={step.key}>
      <div className={styles.stepHead}>
        <h3 className={styles.stepTitle}>{name}</h3>
        <div className="step-badges">
          <Badge tone={STEP_STATUS_TONE[step.status]}>{t(`stepStatus.${step.status}`)}</Badge>
          {step.overdue && <Badge tone="danger">{t('plan.overdue')}</Badge>}
          {isNext && <Badge tone="info">{t('plan.nextStep')}</Badge>}
        </div>
      </div>
      <dl className={styles.stepFacts}>
        <div>
          <dt>{t('plan.due')}</dt>
          <dd>{step.dueDate ? <DateText iso={step.dueDate} /> : <span className="muted">{t('plan.dueUnknown')}</span>}</dd>
        </div>
        <div>
          <dt>{t('plan.owner')}</dt>
          <dd>{t(`stepOwner.${step.owner}`)}</dd>
        </div>
        {step.status === 'NOT_APPLICABLE' && step.notApplicableReason && (
          <div className={styles.stepFactWide}>
            <dt>{t('plan.reason')}</dt>
            <dd className="note">{step.notApplicableReason}</dd>
          </div>
        )}
        {step.note && (
          <div className={styles.stepFactWide}>
            <dt>{t('plan.note')}</dt>
            <dd className="note">{step.note}</dd>
          </div>
        )}
      </dl>
      {step.updatedBy && <p className={styles.stepChanged}>{t('plan.changedBy', { name: step.updatedBy.name, when: formatDateTime(step.updatedAt) })}</p>}
      {canUpdate && (
        <div className={styles.stepActions}>
          {/* One button in one place: it keeps the focus when "Mark as done" turns into "Reopen". */}
          {step.status !== 'NOT_APPLICABLE' && (
            <button
              type="button"
              className={`button button-small ${open ? 'button-primary' : 'button-secondary'}`}
              aria-label={open ? t('plan.markDoneFor', { label: name }) : t('plan.reopenFor', { label: name })}
              disabled={loading}
              onClick={() => void setStatus(open ? 'DONE' : 'TODO')}
            >
              {loading ? t('app.saving') : open ? t('plan.markDone') : t('plan.reopen')}
            </button>
          )}
          <Disclosure label={t('plan.change')} accessibleLabel={t('plan.changeFor', { label: name })} small>
            {(close) => <StepChangeForm step={step} name={name} onDone={close} onSaved={onSaved} />}
          </Disclosure>
        </div>
      )}
      <QueuedWriteState target={step.id} what={name} />
      <FormError error={error} />
    </li>
  );
}

/** The guidance plan of a household: progress, then every step in order. */
export function GuidancePlan({ household }: { household: FragmentType<typeof GuidancePlan_household> }) {
  const { t } = useI18n();
  const h = getFragmentData(GuidancePlan_household, household);
  const [announcement, setAnnouncement] = useState('');
  const { done, total } = h.progress;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;

  return (
    <>
      {h.plan.length === 0 ? (
        <EmptyState>
          <p>{t('plan.empty')}</p>
        </EmptyState>
      ) : (
        <>
          <div className={styles.planProgress}>
            <p className={styles.planProgressText} data-testid="plan-progress">
              {t('plan.progress', { done, total })}
            </p>
            <div
              className={`progress ${styles.progressSmall}`}
              role="progressbar"
              aria-label={t('plan.progressLabel')}
              aria-valuemin={0}
              aria-valuemax={total}
              aria-valuenow={done}
              aria-valuetext={t('plan.progress', { done, total })}
            >
              <div className="progress-arrived" style={{ width: `${percent}%` }} />
            </div>
            {!h.nextStep && <p className="muted">{t('plan.noOpenStep')}</p>}
          </div>
          <ol className={styles.stepList}>
            {h.plan.map((step) => (
              <GuidanceStepItem key={step.id} step={step} canUpdate={h.viewerCan.updateStep} isNext={h.nextStep?.id === step.id} onSaved={setAnnouncement} />
            ))}
          </ol>
        </>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}

import { useMutation } from '@apollo/client/react';
import { TRAJECTORY_CLOSE_REASONS, TRAJECTORY_STAGES, type TrajectoryCloseReason, type TrajectoryStage } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { todayInBrussels } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { SupportTrajectory_TrajectoryFragment } from '../../gql/graphql';
import { SelectField, TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';
import { StageHistory } from '../../ui/StageHistory';

export const AdvanceSupportTrajectoryDocument = graphql(`
  mutation AdvanceSupportTrajectory($id: ID!, $stage: TrajectoryStage!, $on: String!, $closeReason: TrajectoryCloseReason) {
    advanceSupportTrajectory(id: $id, stage: $stage, on: $on, closeReason: $closeReason) {
      id
      ...SupportTrajectory_trajectory
    }
  }
`);

const AssignSupportTrajectoryDocument = graphql(`
  mutation AssignSupportTrajectory($id: ID!, $followedByUserId: ID) {
    assignSupportTrajectory(id: $id, followedByUserId: $followedByUserId) {
      id
      ...SupportTrajectory_trajectory
    }
  }
`);

const ExtendSupportTrajectoryDocument = graphql(`
  mutation ExtendSupportTrajectory($id: ID!) {
    extendSupportTrajectory(id: $id) {
      id
      ...SupportTrajectory_trajectory
    }
  }
`);

type Trajectory = SupportTrajectory_TrajectoryFragment;

/** Moves a trajectory on to its next stage, or closes it with a reason, on a day (today unless told otherwise). */
function StageForm({ trajectory, closing }: { trajectory: Trajectory; closing: boolean }) {
  const { t } = useI18n();
  const next: TrajectoryStage | undefined = closing ? 'CLOSED' : TRAJECTORY_STAGES[TRAJECTORY_STAGES.indexOf(trajectory.stage) + 1];
  const [on, setOn] = useState(todayInBrussels());
  const [reason, setReason] = useState<TrajectoryCloseReason | ''>('');
  const [done, setDone] = useState<string | null>(null);
  // A closed trajectory leaves the open lists: they are asked again.
  const [advance, mutation] = useMutation(AdvanceSupportTrajectoryDocument, { refetchQueries: next === 'CLOSED' ? ['SupportTrajectories', 'SupportTrajectoryBoard'] : [] });
  // Past the review only closing is left: the form goes, what it just did stays said.
  if (!next || (!closing && next === 'CLOSED')) return done ? <StatusMessage>{done}</StatusMessage> : null;
  const stage = t(`trajectoryStage.${next}`);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    try {
      await advance({ variables: { id: trajectory.id, stage: next, on, closeReason: closing ? reason || null : null } });
      setDone(t('trajectories.advanced', { reference: trajectory.reference, stage }));
    } catch {
      // shown below
    }
  };
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t(closing ? 'trajectories.closeTitle' : 'trajectories.advanceTitle', { reference: trajectory.reference })}>
      <TextField type="date" label={t('trajectories.advanceOn', { stage })} value={on} onChange={setOn} max={todayInBrussels()} required />
      {closing && (
        <SelectField
          label={t('trajectories.closeReason')}
          value={reason}
          onChange={setReason}
          placeholder={t('trajectories.chooseReason')}
          options={TRAJECTORY_CLOSE_REASONS.map((r) => ({ value: r, label: t(`closeReason.${r}`) }))}
          required
        />
      )}
      <FormError error={mutation.error} />
      {done && !mutation.error && <StatusMessage>{done}</StatusMessage>}
      <div className="button-row">
        <button type="submit" className={closing ? 'button button-secondary' : 'button button-primary'} disabled={mutation.loading || !on || (closing && !reason)}>
          {closing ? t('trajectories.close') : t('trajectories.advance', { stage })}
        </button>
      </div>
    </form>
  );
}

/** Sets the partner's staff member who follows the trajectory. */
function AssignForm({ trajectory, staff }: { trajectory: Trajectory; staff: readonly { id: string; name: string }[] }) {
  const { t } = useI18n();
  const [userId, setUserId] = useState(trajectory.followedBy?.id ?? '');
  const [done, setDone] = useState(false);
  const [assign, mutation] = useMutation(AssignSupportTrajectoryDocument);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    try {
      await assign({ variables: { id: trajectory.id, followedByUserId: userId || null } });
      setDone(true);
    } catch {
      // shown below
    }
  };
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('trajectories.assignTitle', { reference: trajectory.reference })}>
      <SelectField label={t('trajectories.followedBy')} value={userId} onChange={setUserId} placeholder={t('trajectories.nobody')} options={staff.map((s) => ({ value: s.id, label: s.name }))} />
      <FormError error={mutation.error} />
      {done && !mutation.error && <StatusMessage>{t('trajectories.assigned')}</StatusMessage>}
      <div className="button-row">
        <button type="submit" className="button button-secondary" disabled={mutation.loading || userId === (trajectory.followedBy?.id ?? '')}>
          {t('trajectories.assign')}
        </button>
      </div>
    </form>
  );
}

/** Extends the trajectory once (the contact person). */
function ExtendButton({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useI18n();
  const [extend, mutation] = useMutation(ExtendSupportTrajectoryDocument);
  return (
    <div className="button-row">
      <button type="button" className="button button-secondary" disabled={mutation.loading} onClick={() => void extend({ variables: { id: trajectory.id } }).catch(() => undefined)}>
        {t('trajectories.extend')}
      </button>
      <FormError error={mutation.error} />
    </div>
  );
}

/** An opened trajectory: its stages with their days, the needs note (need-to-know), and what the viewer may do with it. */
export function TrajectoryDetails({ trajectory, staff, can }: { trajectory: Trajectory; staff: readonly { id: string; name: string }[]; can: { edit: boolean; extend: boolean } }) {
  const { t, formatDate } = useI18n();
  return (
    <div className="trajectory-details" data-testid="trajectory-details">
      <h3>{t('trajectories.history', { reference: trajectory.reference })}</h3>
      <p>
        {trajectory.birthYear !== null && <>{t('trajectories.bornIn', { year: trajectory.birthYear })} · </>}
        {t('trajectories.startedOnText', { date: formatDate(trajectory.startedOn) })}
        {trajectory.extended && <> · {t('trajectories.extended')}</>}
      </p>
      <StageHistory stages={trajectory.stages} label={(stage) => t(`trajectoryStage.${stage as TrajectoryStage}`)} />
      {trajectory.needsNote ? (
        <p data-testid="trajectory-needs">
          <strong>{t('trajectories.needsNote')}:</strong> {trajectory.needsNote}
        </p>
      ) : (
        trajectory.hasSpecificNeeds && (
          <p className="muted" data-testid="trajectory-need-to-know">
            {t('trajectories.needToKnow')}
          </p>
        )
      )}
      {can.edit && (
        <>
          <StageForm trajectory={trajectory} closing={false} />
          <AssignForm trajectory={trajectory} staff={staff} />
          <StageForm trajectory={trajectory} closing />
        </>
      )}
      {can.extend && !trajectory.extended && <ExtendButton trajectory={trajectory} />}
    </div>
  );
}

import type { SupportTrajectory_TrajectoryFragment } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { Badge } from '../../ui/Values';

/** The target group, or only "specific needs" for whoever may not know which (need-to-know). */
export function TargetGroupText({ trajectory: t }: { trajectory: SupportTrajectory_TrajectoryFragment }) {
  const { t: tr } = useI18n();
  if (t.targetGroup) return <>{tr(`targetGroup.${t.targetGroup}`)}</>;
  return <span className="muted">{tr('trajectories.specificNeeds')}</span>;
}

/** The stage reached with its flags (planned end passed, no update for too long). */
export function StageWithFlags({ trajectory: t }: { trajectory: SupportTrajectory_TrajectoryFragment }) {
  const { t: tr } = useI18n();
  return (
    <>
      {tr(`trajectoryStage.${t.stage}`)}{' '}
      {t.flags.map((f) => (
        <Badge key={f} tone={f === 'PAST_PLANNED_END' ? 'danger' : 'warning'}>
          {tr(`trajectoryFlag.${f}`)}
        </Badge>
      ))}
    </>
  );
}

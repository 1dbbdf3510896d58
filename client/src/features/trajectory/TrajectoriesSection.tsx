import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql } from '../../gql';
import { Disclosure } from '../../ui/Disclosure';
import { InlineError } from '../../ui/Feedback';
import { CaseTable } from '../../ui/CaseTable';
import { StatusMessage } from '../../ui/FormError';
import { OpenTrajectoryForm } from './OpenTrajectoryForm';
import { SupportTrajectory_trajectory, useTrajectoryPartnership } from './trajectory';
import { StageWithFlags, TargetGroupText } from './TrajectoryCells';
import { TrajectoryDetails } from './TrajectoryDetails';

export const SupportTrajectoriesDocument = graphql(`
  query SupportTrajectories($partnershipId: ID!) {
    supportTrajectories(partnershipId: $partnershipId) {
      id
      ...SupportTrajectory_trajectory
    }
  }
`);

/**
 * A vulnerable-group partnership's open support trajectories: target group (need-to-know when it
 * is itself a specific need), stage and flags, planned end, who follows it; a trajectory opens to
 * its stage history, and whoever may moves it on, closes, assigns or extends it.
 */
export function TrajectoriesSection({ partnershipId }: { partnershipId: string }) {
  const { t, formatDate } = useI18n();
  const { data, error } = useQuery(SupportTrajectoriesDocument, { variables: { partnershipId } });
  const { caseMonths, staff, can } = useTrajectoryPartnership(partnershipId);
  const [notice, setNotice] = useState<string | null>(null);
  if (error && !data) return <InlineError error={error} />;
  const trajectories = getFragmentData(SupportTrajectory_trajectory, data?.supportTrajectories ?? []);
  const flagged = trajectories.filter((x) => x.flags.length > 0).length;
  return (
    <section className="section" aria-labelledby="trajectories-heading" data-testid="trajectories">
      <h2 id="trajectories-heading">{t('trajectories.title')}</h2>
      {caseMonths !== null && <p className="muted">{t('trajectories.duration', { count: caseMonths })}</p>}
      {trajectories.length === 0 ? (
        <p className="muted">{t('trajectories.empty')}</p>
      ) : (
        <>
          <p data-testid="trajectories-summary">{t('trajectories.summary', { count: trajectories.length, flagged })}</p>
          <CaseTable
            label={t('trajectories.title')}
            rowTestId="trajectory-row"
            referenceHeader={t('trajectories.reference')}
            columns={[
              { header: t('trajectories.targetGroup'), cell: (x) => <TargetGroupText trajectory={x} /> },
              { header: t('trajectories.stage'), cell: (x) => <StageWithFlags trajectory={x} /> },
              { header: t('trajectories.plannedEnd'), cell: (x) => (x.plannedEnd ? formatDate(x.plannedEnd) : '—') },
              { header: t('trajectories.followedBy'), cell: (x) => x.followedBy?.name ?? '—' },
            ]}
            rows={trajectories}
            actionsLabel={t('trajectories.actions')}
            toggle={(x, open) => ({
              label: t(open ? 'trajectories.closeOne' : 'trajectories.openOne', { reference: x.reference }),
              text: t(open ? 'trajectories.hide' : 'trajectories.show'),
            })}
            details={(x) => <TrajectoryDetails trajectory={x} staff={staff} can={can} />}
          />
        </>
      )}
      {notice && <StatusMessage>{notice}</StatusMessage>}
      {can.edit && (
        <Disclosure label={t('trajectories.openNew')}>
          {(close) => (
            <OpenTrajectoryForm
              partnershipId={partnershipId}
              staff={staff}
              withSensitive={can.viewSensitive}
              onDone={(reference) => {
                close();
                setNotice(t('trajectories.opened', { reference }));
              }}
            />
          )}
        </Disclosure>
      )}
    </section>
  );
}

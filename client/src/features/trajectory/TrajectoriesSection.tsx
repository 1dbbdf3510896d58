import { useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql } from '../../gql';
import { Disclosure } from '../../ui/Disclosure';
import { InlineError } from '../../ui/Feedback';
import { RowToggle } from '../../ui/RowToggle';
import { StatusMessage } from '../../ui/FormError';
import { TableWrap } from '../../ui/TableWrap';
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
  const [opened, setOpened] = useState<string | null>(null);
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
          <TableWrap label={t('trajectories.title')}>
            <table className="table" aria-label={t('trajectories.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('trajectories.reference')}</th>
                  <th scope="col">{t('trajectories.targetGroup')}</th>
                  <th scope="col">{t('trajectories.stage')}</th>
                  <th scope="col">{t('trajectories.plannedEnd')}</th>
                  <th scope="col">{t('trajectories.followedBy')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('trajectories.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {trajectories.map((x) => (
                  <Fragment key={x.id}>
                    <tr data-testid="trajectory-row" data-reference={x.reference}>
                      <th scope="row">{x.reference}</th>
                      <td>
                        <TargetGroupText trajectory={x} />
                      </td>
                      <td>
                        <StageWithFlags trajectory={x} />
                      </td>
                      <td>{x.plannedEnd ? formatDate(x.plannedEnd) : '—'}</td>
                      <td>{x.followedBy?.name ?? '—'}</td>
                      <td>
                        <RowToggle
                          open={opened === x.id}
                          label={t(opened === x.id ? 'trajectories.closeOne' : 'trajectories.openOne', { reference: x.reference })}
                          text={t(opened === x.id ? 'trajectories.hide' : 'trajectories.show')}
                          onToggle={() => setOpened(opened === x.id ? null : x.id)}
                        />
                      </td>
                    </tr>
                    {opened === x.id && (
                      <tr>
                        <td colSpan={6}>
                          <TrajectoryDetails trajectory={x} staff={staff} can={can} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </TableWrap>
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

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql } from '../../gql';
import { CheckboxField } from '../../ui/Fields';
import { InlineError, Loading } from '../../ui/Feedback';
import { TableWrap } from '../../ui/TableWrap';
import { SupportTrajectory_trajectory } from './trajectory';
import { StageWithFlags, TargetGroupText } from './TrajectoryCells';

export const SupportTrajectoryBoardDocument = graphql(`
  query SupportTrajectoryBoard($partnershipId: ID, $overdueOnly: Boolean) {
    supportTrajectoryBoard(partnershipId: $partnershipId, overdueOnly: $overdueOnly) {
      id
      ...SupportTrajectory_trajectory
      partnership {
        id
        name
      }
    }
  }
`);

/**
 * The board's support trajectories, beside the households and return files: the open trajectories
 * of the viewer's partnerships whose programme follows them (the server decides by case kind),
 * flagged ones first. Nothing is shown to whoever follows no trajectories.
 */
export function BoardTrajectories({ partnershipId }: { partnershipId: string | null }) {
  const { t, formatDate } = useI18n();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const { data, previousData, error } = useQuery(SupportTrajectoryBoardDocument, { variables: { partnershipId, overdueOnly } });
  const shown = data ?? previousData;
  if (error && !shown) return <InlineError error={error} />;
  if (!shown) return overdueOnly ? <Loading /> : null;
  const rows = shown.supportTrajectoryBoard.map((row) => ({ trajectory: getFragmentData(SupportTrajectory_trajectory, row), partnership: row.partnership }));
  if (rows.length === 0 && !overdueOnly) return null;
  const flagged = rows.filter((r) => r.trajectory.flags.length > 0).length;
  return (
    <section className="section" aria-labelledby="board-trajectories-heading" data-testid="board-trajectories">
      <h2 id="board-trajectories-heading">{t('trajectories.boardTitle')}</h2>
      <p data-testid="board-trajectories-summary">{t('trajectories.summary', { count: rows.length, flagged })}</p>
      <CheckboxField label={t('trajectories.flaggedOnly')} checked={overdueOnly} onChange={setOverdueOnly} />
      <TableWrap label={t('trajectories.boardTitle')}>
        <table className="responsive-table" aria-label={t('trajectories.boardTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('trajectories.reference')}</th>
              <th scope="col">{t('col.partnership')}</th>
              <th scope="col">{t('trajectories.targetGroup')}</th>
              <th scope="col">{t('trajectories.stage')}</th>
              <th scope="col">{t('trajectories.plannedEnd')}</th>
              <th scope="col">{t('trajectories.followedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ trajectory: x, partnership }) => (
              <tr key={x.id} data-testid="board-trajectory-row">
                <th scope="row" data-label={t('trajectories.reference')}>
                  {x.reference}
                </th>
                <td data-label={t('col.partnership')}>
                  <Link to={`/partnerships/${partnership.id}`}>{partnership.name}</Link>
                </td>
                <td data-label={t('trajectories.targetGroup')}>
                  <TargetGroupText trajectory={x} />
                </td>
                <td data-label={t('trajectories.stage')}>
                  <StageWithFlags trajectory={x} />
                </td>
                <td data-label={t('trajectories.plannedEnd')}>{x.plannedEnd ? formatDate(x.plannedEnd) : '—'}</td>
                <td data-label={t('trajectories.followedBy')}>{x.followedBy?.name ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

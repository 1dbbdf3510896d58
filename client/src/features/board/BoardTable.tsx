import type { HouseholdFlag } from '@partner-hub/shared';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { BoardRow_HouseholdFragment, BoardSort } from '../../gql/graphql';
import { TableWrap } from '../../ui/TableWrap';
import { Badge, DateText } from '../../ui/Values';
import { FlagList } from '../progress/FlagList';
import { stepName } from '../progress/labels';
import styles from './board.module.css';

/** A household as the board shows it; the live subscription selects the same fields, so rows re-render. */
export const BoardRow_household = graphql(`
  fragment BoardRow_household on Household {
    id
    reference
    status
    partnership {
      id
      name
    }
    head {
      id
      firstName
      lastName
    }
    progress {
      done
      total
    }
    nextStep {
      id
      dueDate
      overdue
      label {
        nl
        fr
        en
      }
      member {
        id
        firstName
      }
    }
    flags
    lastActivityAt
  }
`);

type Row = BoardRow_HouseholdFragment;

/** The board's order, as the server sorts (so live changes re-sort without a reload). */
export function compareRows(sort: BoardSort): (a: Row, b: Row) => number {
  return (a, b) => {
    if (sort === 'FLAGS' && b.flags.length !== a.flags.length) return b.flags.length - a.flags.length;
    if (sort !== 'REFERENCE') {
      const d = (a.nextStep?.dueDate ?? '9999').localeCompare(b.nextStep?.dueDate ?? '9999');
      if (d) return d;
    }
    return a.reference.localeCompare(b.reference);
  };
}

/** Whether a household belongs on the board with these filters (guidance not ended). */
export function matchesBoard(row: Pick<Row, 'status' | 'flags' | 'partnership'>, filters: { partnershipId: string | null; flag: HouseholdFlag | null }): boolean {
  if (row.status === 'GUIDANCE_ENDED') return false;
  if (filters.partnershipId && row.partnership.id !== filters.partnershipId) return false;
  if (filters.flag && !row.flags.includes(filters.flag)) return false;
  return true;
}

function ProgressCell({ done, total }: { done: number; total: number }) {
  const { t } = useI18n();
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="mini-progress">
      <span className="mini-progress-text">
        {done}/{total}
        <span className="visually-hidden"> ({t('plan.progress', { done, total })})</span>
      </span>
      <span className="mini-progress-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}

/** Households with their progress, next step and flags: a table, stacked cards on a phone. */
export function BoardTable({ households, sort }: { households: readonly FragmentType<typeof BoardRow_household>[]; sort: BoardSort }) {
  const { t, localize } = useI18n();
  const rows = [...getFragmentData(BoardRow_household, households)].sort(compareRows(sort));
  return (
    <TableWrap label={t('board.title')}>
      <table className="responsive-table board-table">
        <thead>
          <tr>
            <th scope="col">{t('col.reference')}</th>
            <th scope="col">{t('col.head')}</th>
            <th scope="col">{t('col.partnership')}</th>
            <th scope="col">{t('col.progress')}</th>
            <th scope="col">{t('col.nextStep')}</th>
            <th scope="col">{t('col.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => (
            <tr key={h.id} data-testid="board-row">
              <th scope="row" data-label={t('col.reference')}>
                <Link to={`/households/${h.id}`}>{h.reference}</Link>
              </th>
              <td data-label={t('col.head')}>{h.head ? `${h.head.firstName} ${h.head.lastName}` : <span className="muted">{t('app.notSet')}</span>}</td>
              <td data-label={t('col.partnership')}>{h.partnership.name}</td>
              <td data-label={t('col.progress')}>
                <ProgressCell done={h.progress.done} total={h.progress.total} />
              </td>
              <td data-label={t('col.nextStep')}>
                {h.nextStep ? (
                  <>
                    <span className={styles.nextStepName}>{stepName(h.nextStep, localize, t)}</span>{' '}
                    <span className={styles.nextStepDue}>
                      {h.nextStep.dueDate ? <DateText iso={h.nextStep.dueDate} /> : <span className="muted">{t('plan.dueUnknown')}</span>}
                      {h.nextStep.overdue && (
                        <>
                          {' '}
                          <Badge tone="danger">{t('plan.overdue')}</Badge>
                        </>
                      )}
                    </span>
                  </>
                ) : (
                  <span className="muted">{t('board.noNextStep')}</span>
                )}
              </td>
              <td data-label={t('col.flags')}>
                <FlagList flags={h.flags} showNone />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

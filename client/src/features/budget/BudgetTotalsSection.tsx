import { useQuery } from '@apollo/client/react';
import type { ProgrammeCode } from '@partner-hub/shared';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { TableWrap } from '../../ui/TableWrap';
import { Money } from '../../ui/Values';
import { BudgetBar } from './BudgetBar';

export const ProgrammeBudgetTotalsDocument = graphql(`
  query ProgrammeBudgetTotals($programme: ProgrammeCode!, $year: Int!) {
    programmeBudgetTotals(programme: $programme, year: $year) {
      year
      budgetCents
      spentCents
      partnerships {
        budgetCents
        spentCents
        partnership {
          id
          name
        }
      }
    }
  }
`);

/** The dashboard's spending against the agreed budgets of a programme's partnerships in a year. */
export function BudgetTotalsSection({ programme, year }: { programme: ProgrammeCode; year: number }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(ProgrammeBudgetTotalsDocument, { variables: { programme, year } });
  const totals = data?.programmeBudgetTotals;
  const title = t('budget.dashboardTitle', { programme: t(`programme.${programme}`), year: String(year) });
  return (
    <section className="section" aria-labelledby="dashboard-budget-heading" data-testid="dashboard-budget">
      <h2 id="dashboard-budget-heading">{title}</h2>
      {loading && !totals ? (
        <Loading />
      ) : error && !totals ? (
        <InlineError error={error} />
      ) : !totals ? null : totals.partnerships.length === 0 ? (
        <EmptyState>
          <p>{t('budget.noPartnerships')}</p>
        </EmptyState>
      ) : (
        <>
          {totals.budgetCents > 0 && <BudgetBar budgetCents={totals.budgetCents} spentCents={totals.spentCents} label={title} />}
          <TableWrap label={title}>
            <table className="table" aria-label={title}>
              <thead>
                <tr>
                  <th scope="col">{t('budget.partnership')}</th>
                  <th scope="col" className="numeric">
                    {t('budget.agreed')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('budget.spent')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('budget.remaining')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {totals.partnerships.map((r) => (
                  <tr key={r.partnership.id} data-partnership={r.partnership.name}>
                    <th scope="row">
                      <Link to={`/partnerships/${r.partnership.id}`}>{r.partnership.name}</Link>
                    </th>
                    <td className="numeric">{r.budgetCents === null ? '—' : <Money cents={r.budgetCents} />}</td>
                    <td className="numeric">
                      <Money cents={r.spentCents} />
                    </td>
                    <td className="numeric">{r.budgetCents === null ? '—' : <Money cents={r.budgetCents - r.spentCents} />}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('budget.total')}</th>
                  <td className="numeric">
                    <Money cents={totals.budgetCents} testId="dashboard-budget-total" />
                  </td>
                  <td className="numeric">
                    <Money cents={totals.spentCents} testId="dashboard-spent-total" />
                  </td>
                  <td className="numeric">
                    <Money cents={totals.budgetCents - totals.spentCents} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n';
import { ExportLinks } from '../io/ExportLinks';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { EmptyState, Loading, PageError } from '../../ui/Feedback';
import { TableWrap } from '../../ui/TableWrap';
import { usePageTitle } from '../../ui/usePageTitle';
import { Money } from '../../ui/Values';

export const FundingStatementTable_statement = graphql(`
  fragment FundingStatementTable_statement on FundingStatement {
    rows {
      household {
        id
      }
      reference
      headName
      persons
      baseCents
      secondYearCents
      directArrivalHeadCents
      directArrivalMembersCents
      totalCents
    }
    totals {
      persons
      baseCents
      secondYearCents
      directArrivalHeadCents
      directArrivalMembersCents
      totalCents
    }
  }
`);

export const FundingStatementDocument = graphql(`
  query FundingStatement($partnershipId: ID!) {
    fundingStatement(partnershipId: $partnershipId) {
      csvUrl
      partnership {
        id
        name
      }
      ...FundingStatementTable_statement
    }
  }
`);

/** Each household's funding lines and the totals, in euro cents formatted for the UI language. */
export function FundingStatementTable({ statement }: { statement: FragmentType<typeof FundingStatementTable_statement> }) {
  const t = useT();
  const s = getFragmentData(FundingStatementTable_statement, statement);
  const amounts = [
    ['col.base', 'baseCents'],
    ['col.secondYear', 'secondYearCents'],
    ['col.directHead', 'directArrivalHeadCents'],
    ['col.directMembers', 'directArrivalMembersCents'],
  ] as const;
  return (
    <TableWrap label={t('statement.title')}>
      <table className="responsive-table statement-table">
        <thead>
          <tr>
            <th scope="col">{t('col.reference')}</th>
            <th scope="col">{t('col.head')}</th>
            <th scope="col" className="numeric">
              {t('col.persons')}
            </th>
            {amounts.map(([label]) => (
              <th key={label} scope="col" className="numeric">
                {t(label)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('col.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {s.rows.map((r) => (
            <tr key={r.household.id} data-testid="statement-row">
              <th scope="row" data-label={t('col.reference')}>
                <Link to={`/households/${r.household.id}`}>{r.reference}</Link>
              </th>
              <td data-label={t('col.head')}>{r.headName || '—'}</td>
              <td data-label={t('col.persons')} className="numeric">
                {r.persons}
              </td>
              {amounts.map(([label, field]) => (
                <td key={field} data-label={t(label)} className="numeric">
                  <Money cents={r[field]} />
                </td>
              ))}
              <td data-label={t('col.total')} className="numeric strong">
                <Money cents={r.totalCents} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('statement.totalRow')}
            </th>
            <td data-label={t('col.persons')} className="numeric">
              {s.totals.persons}
            </td>
            {amounts.map(([label, field]) => (
              <td key={field} data-label={t(label)} className="numeric">
                <Money cents={s.totals[field]} />
              </td>
            ))}
            <td data-label={t('col.total')} className="numeric strong">
              <Money cents={s.totals.totalCents} testId="statement-total" />
            </td>
          </tr>
        </tfoot>
      </table>
    </TableWrap>
  );
}

/** /partnerships/:id/funding: the funding statement of a partnership, with the CSV download. */
export function FundingStatementPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { data, loading, error, refetch } = useQuery(FundingStatementDocument, { variables: { partnershipId: id } });
  const statement = data?.fundingStatement;
  usePageTitle(statement ? t('statement.pageTitle', { name: statement.partnership.name }) : t('statement.title'));

  if (error && !statement) return <PageError error={error} onRetry={() => void refetch()} />;
  if (loading || !statement) return <Loading />;
  const rows = getFragmentData(FundingStatementTable_statement, statement).rows;

  return (
    <article className="page" aria-labelledby="page-title">
      <p className="breadcrumb">
        <Link to={`/partnerships/${statement.partnership.id}`}>{t('household.backToPartnership', { name: statement.partnership.name })}</Link>
      </p>
      <div className="page-header">
        <h1 id="page-title">{t('statement.pageTitle', { name: statement.partnership.name })}</h1>
        <a className="button button-secondary" href={statement.csvUrl} download>
          {t('statement.download')}
        </a>
        <Link className="button button-primary" to={`/partnerships/${statement.partnership.id}/payments`}>
          {t('payments.open')}
        </Link>
      </div>
      <p className="lead">{t('statement.intro')}</p>
      <ExportLinks base={`/partnerships/${statement.partnership.id}/funding`} />
      {rows.length === 0 ? (
        <EmptyState>
          <p>{t('statement.empty')}</p>
        </EmptyState>
      ) : (
        <FundingStatementTable statement={statement} />
      )}
    </article>
  );
}

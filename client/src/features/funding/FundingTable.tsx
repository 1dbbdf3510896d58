import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { Money } from '../../ui/Values';
import { TableWrap } from '../../ui/TableWrap';

export const FundingTable_funding = graphql(`
  fragment FundingTable_funding on Funding {
    lines {
      kind
      quantity
      unitCents
      amountCents
      from
    }
    totalCents
    tariffYear
  }
`);

/** The funding lines of a household (kind, quantity, unit, amount) and their total. */
export function FundingTable({ funding }: { funding: FragmentType<typeof FundingTable_funding> }) {
  const { t, formatDate } = useI18n();
  const f = getFragmentData(FundingTable_funding, funding);
  // A kind on several lines (a member who joined later counts from that day): each says from when.
  const repeated = new Set(f.lines.filter((l, i) => f.lines.findIndex((x) => x.kind === l.kind) !== i).map((l) => l.kind));
  return (
    <>
      {f.tariffYear !== null && <p className="muted">{t('household.tariffYear', { year: f.tariffYear })}</p>}
      {f.lines.length === 0 ? (
        <p>{t('household.noFunding')}</p>
      ) : (
        <TableWrap label={t('household.funding')}>
          <table className="responsive-table">
            <thead>
              <tr>
                <th scope="col">{t('col.fundingKind')}</th>
                <th scope="col" className="numeric">
                  {t('col.quantity')}
                </th>
                <th scope="col" className="numeric">
                  {t('col.unit')}
                </th>
                <th scope="col" className="numeric">
                  {t('col.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {f.lines.map((line) => (
                <tr key={`${line.kind}-${line.from ?? ''}`}>
                  <th scope="row" data-label={t('col.fundingKind')}>
                    {t(`fundingLine.${line.kind}`)}
                    {repeated.has(line.kind) && line.from && <span className="muted"> ({t('funding.fromDate', { date: formatDate(line.from) })})</span>}
                  </th>
                  <td data-label={t('col.quantity')} className="numeric">
                    {line.quantity}
                  </td>
                  <td data-label={t('col.unit')} className="numeric">
                    <Money cents={line.unitCents} />
                  </td>
                  <td data-label={t('col.amount')} className="numeric">
                    <Money cents={line.amountCents} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <p className="funding-total">
        {t('household.fundingTotal')}: <Money cents={f.totalCents} testId="funding-total" />
      </p>
    </>
  );
}

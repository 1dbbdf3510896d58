import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { TableWrap } from '../../ui/TableWrap';
import { DateTimeText, Money } from '../../ui/Values';

export const FundingHistory_household = graphql(`
  fragment FundingHistory_household on Household {
    fundingHistory {
      id
      at
      action
      reason
      beforeCents
      afterCents
      user {
        id
        name
      }
    }
  }
`);

const FUNDING_ACTIONS = ['REGISTERED', 'UPDATED', 'ARRIVAL_RECORDED', 'GUIDANCE_EXTENDED', 'EXTENSION_WITHDRAWN', 'GUIDANCE_ENDED_EARLY', 'TRANSFERRED'] as const;
type FundingAction = (typeof FUNDING_ACTIONS)[number];
const isFundingAction = (a: string): a is FundingAction => (FUNDING_ACTIONS as readonly string[]).includes(a);

/** Every edit of the household's funding figure: when, who, what, why, and the amount before and after. */
export function FundingHistory({ household }: { household: FragmentType<typeof FundingHistory_household> }) {
  const t = useT();
  const entries = getFragmentData(FundingHistory_household, household).fundingHistory;
  if (!entries?.length) return null;
  return (
    <>
      <h3>{t('funding.history')}</h3>
      <TableWrap label={t('funding.history')}>
        <table className="responsive-table">
          <thead>
            <tr>
              <th scope="col">{t('funding.historyWhen')}</th>
              <th scope="col">{t('funding.historyWho')}</th>
              <th scope="col">{t('funding.historyWhat')}</th>
              <th scope="col">{t('funding.historyWhy')}</th>
              <th scope="col" className="numeric">
                {t('funding.historyBefore')}
              </th>
              <th scope="col" className="numeric">
                {t('funding.historyAfter')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...entries].reverse().map((e) => (
              <tr key={e.id}>
                <td data-label={t('funding.historyWhen')}>
                  <DateTimeText iso={e.at} />
                </td>
                <td data-label={t('funding.historyWho')}>{e.user?.name ?? '—'}</td>
                <td data-label={t('funding.historyWhat')}>{isFundingAction(e.action) ? t(`fundingAction.${e.action}`) : e.action}</td>
                <td data-label={t('funding.historyWhy')}>{e.reason ?? '—'}</td>
                <td data-label={t('funding.historyBefore')} className="numeric">
                  <Money cents={e.beforeCents} />
                </td>
                <td data-label={t('funding.historyAfter')} className="numeric">
                  <Money cents={e.afterCents} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}

import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { DateText, Money } from '../../ui/Values';
import { HouseholdStatusBadge } from './HouseholdStatusBadge';
import { TableWrap } from '../../ui/TableWrap';

export const HouseholdsTable_households = graphql(`
  fragment HouseholdsTable_households on Household {
    id
    reference
    status
    plannedArrivalDate
    arrivalDate
    head {
      id
      firstName
      lastName
    }
    members {
      id
    }
    partnership {
      id
      name
    }
    funding {
      totalCents
    }
  }
`);

/** Households as a table (stacked cards on a phone); the funding column only when the viewer may see funding. */
export function HouseholdsTable({ households, showPartnership = false }: { households: readonly FragmentType<typeof HouseholdsTable_households>[]; showPartnership?: boolean }) {
  const { t, formatDate } = useI18n();
  const rows = getFragmentData(HouseholdsTable_households, households);
  const showFunding = rows.some((h) => h.funding !== null);
  return (
    <TableWrap label={t('partnership.households')}>
      <table className="responsive-table">
        <thead>
          <tr>
            <th scope="col">{t('col.reference')}</th>
            <th scope="col">{t('col.head')}</th>
            {showPartnership && <th scope="col">{t('col.partnership')}</th>}
            <th scope="col" className="numeric">
              {t('col.persons')}
            </th>
            <th scope="col">{t('col.status')}</th>
            <th scope="col">{t('col.arrival')}</th>
            {showFunding && (
              <th scope="col" className="numeric">
                {t('col.funding')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => (
            <tr key={h.id} data-testid="household-row">
              <th scope="row" data-label={t('col.reference')}>
                <Link to={`/households/${h.id}`}>{h.reference}</Link>
              </th>
              <td data-label={t('col.head')}>{h.head ? `${h.head.firstName} ${h.head.lastName}` : t('app.notSet')}</td>
              {showPartnership && (
                <td data-label={t('col.partnership')}>
                  <Link to={`/partnerships/${h.partnership.id}`}>{h.partnership.name}</Link>
                </td>
              )}
              <td data-label={t('col.persons')} className="numeric">
                {h.members.length}
              </td>
              <td data-label={t('col.status')}>
                <HouseholdStatusBadge status={h.status} />
              </td>
              <td data-label={t('col.arrival')}>
                {h.arrivalDate ? (
                  <DateText iso={h.arrivalDate} />
                ) : h.plannedArrivalDate ? (
                  <span className="muted">{t('households.plannedOn', { date: formatDate(h.plannedArrivalDate) })}</span>
                ) : (
                  <span className="muted">{t('app.notSet')}</span>
                )}
              </td>
              {showFunding && (
                <td data-label={t('col.funding')} className="numeric">
                  {h.funding ? <Money cents={h.funding.totalCents} /> : '—'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { Badge } from '../../ui/Values';
import { TableWrap } from '../../ui/TableWrap';

export const PartnershipList_partnerships = graphql(`
  fragment PartnershipList_partnerships on Partnership {
    id
    name
    programme {
      id
      code
    }
    track
    status
    capacityPledged
    personsCount
    contactPerson {
      id
      name
    }
    members {
      lead
      organisation {
        id
        name
      }
    }
  }
`);

/** Partnerships as a table (stacked cards on a phone). */
export function PartnershipList({ partnerships }: { partnerships: readonly FragmentType<typeof PartnershipList_partnerships>[] }) {
  const t = useT();
  const rows = getFragmentData(PartnershipList_partnerships, partnerships);
  return (
    <TableWrap label={t('partnerships.allTitle')}>
      <table className="responsive-table">
        <thead>
          <tr>
            <th scope="col">{t('col.name')}</th>
            <th scope="col">{t('col.programme')}</th>
            <th scope="col">{t('col.track')}</th>
            <th scope="col">{t('col.status')}</th>
            <th scope="col">{t('col.lead')}</th>
            <th scope="col">{t('col.contactPerson')}</th>
            <th scope="col" className="numeric">
              {t('col.persons')} / {t('col.capacity')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => {
            const lead = p.members.find((m) => m.lead)?.organisation;
            return (
              <tr key={p.id} data-testid="partnership-row">
                <th scope="row" data-label={t('col.name')}>
                  <Link to={`/partnerships/${p.id}`}>{p.name}</Link>
                </th>
                <td data-label={t('col.programme')}>{t(`programme.${p.programme.code}`)}</td>
                <td data-label={t('col.track')}>{t(`track.${p.track}`)}</td>
                <td data-label={t('col.status')}>
                  <Badge tone={p.status === 'ACTIVE' ? 'success' : p.status === 'DRAFT' ? 'info' : 'neutral'}>{t(`partnershipStatus.${p.status}`)}</Badge>
                </td>
                <td data-label={t('col.lead')}>{lead?.name ?? t('app.notSet')}</td>
                <td data-label={t('col.contactPerson')}>{p.contactPerson?.name ?? t('partnership.notAssigned')}</td>
                <td data-label={`${t('col.persons')} / ${t('col.capacity')}`} className="numeric">
                  {p.personsCount} / {p.capacityPledged}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { Badge } from '../../ui/Values';
import { TableWrap } from '../../ui/TableWrap';

export const HouseholdMembersList_household = graphql(`
  fragment HouseholdMembersList_household on Household {
    id
    members {
      id
      firstName
      lastName
      birthYear
      relationship
      isHead
      joined
      joinedOn
      leftOn
    }
  }
`);

export function HouseholdMembersList({ household }: { household: FragmentType<typeof HouseholdMembersList_household> }) {
  const { t, formatDate } = useI18n();
  const h = getFragmentData(HouseholdMembersList_household, household);
  return (
    <TableWrap label={t('household.members')}>
      <table className="responsive-table">
        <thead>
          <tr>
            <th scope="col">{t('col.name')}</th>
            <th scope="col" className="numeric">
              {t('household.birthYear')}
            </th>
            <th scope="col">{t('household.relationship')}</th>
          </tr>
        </thead>
        <tbody>
          {h.members.map((m) => (
            <tr key={m.id}>
              <th scope="row" data-label={t('col.name')}>
                {m.firstName} {m.lastName} {m.isHead && <Badge tone="info">{t('relationship.HEAD')}</Badge>}
                {m.joined !== 'WITH_HOUSEHOLD' && m.joinedOn && <Badge tone="neutral">{t('member.joinedBadge', { how: t(`memberJoining.${m.joined}`), date: formatDate(m.joinedOn) })}</Badge>}
                {m.leftOn && <Badge tone="warning">{t('member.leftBadge', { date: formatDate(m.leftOn) })}</Badge>}
              </th>
              <td data-label={t('household.birthYear')} className="numeric">
                {m.birthYear}
              </td>
              <td data-label={t('household.relationship')}>{t(`relationship.${m.relationship}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { Badge, DateTimeText } from '../../ui/Values';
import { TableWrap } from '../../ui/TableWrap';

export const InvitationList_invitations = graphql(`
  fragment InvitationList_invitations on Invitation {
    id
    email
    name
    role
    expiresAt
    acceptedAt
    organisation {
      id
      name
    }
    partnership {
      id
      name
    }
  }
`);

export function InvitationList({ invitations, now = new Date() }: { invitations: readonly FragmentType<typeof InvitationList_invitations>[]; now?: Date }) {
  const t = useT();
  const rows = getFragmentData(InvitationList_invitations, invitations);
  return (
    <TableWrap label={t('invite.listTitle')}>
      <table className="responsive-table">
        <thead>
          <tr>
            <th scope="col">{t('col.name')}</th>
            <th scope="col">{t('col.email')}</th>
            <th scope="col">{t('col.role')}</th>
            <th scope="col">{t('col.organisation')}</th>
            <th scope="col">{t('col.partnership')}</th>
            <th scope="col">{t('col.expires')}</th>
            <th scope="col">{t('col.invitationStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => {
            const expired = !i.acceptedAt && new Date(i.expiresAt).getTime() < now.getTime();
            return (
              <tr key={i.id}>
                <th scope="row" data-label={t('col.name')}>
                  {i.name}
                </th>
                <td data-label={t('col.email')}>{i.email}</td>
                <td data-label={t('col.role')}>{t(`role.${i.role}`)}</td>
                <td data-label={t('col.organisation')}>{i.organisation?.name ?? '—'}</td>
                <td data-label={t('col.partnership')}>{i.partnership ? <Link to={`/partnerships/${i.partnership.id}`}>{i.partnership.name}</Link> : '—'}</td>
                <td data-label={t('col.expires')}>
                  <DateTimeText iso={i.expiresAt} />
                </td>
                <td data-label={t('col.invitationStatus')}>
                  {i.acceptedAt ? (
                    <Badge tone="success">{t('invite.statusAccepted')}</Badge>
                  ) : expired ? (
                    <Badge tone="neutral">{t('invite.statusExpired')}</Badge>
                  ) : (
                    <Badge tone="info">{t('invite.statusPending')}</Badge>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

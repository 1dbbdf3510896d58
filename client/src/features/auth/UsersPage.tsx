import { useMutation, useQuery } from '@apollo/client/react';
import { ROLES, type Role } from '@partner-hub/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { evictObject } from '../../app/cache';
import { useT } from '../../app/i18n';
import { useMe } from '../../app/viewer';
import { graphql } from '../../gql';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { SelectField } from '../../ui/Fields';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { FormError } from '../../ui/FormError';
import { usePageTitle } from '../../ui/usePageTitle';
import { DateTimeText } from '../../ui/Values';
import { TableWrap } from '../../ui/TableWrap';

export const UsersPageDocument = graphql(`
  query UsersPage($role: Role) {
    users(role: $role) {
      id
      name
      email
      role
      createdAt
      organisation {
        id
        name
      }
    }
  }
`);

const RemoveUserDocument = graphql(`
  mutation RemoveUser($id: ID!) {
    removeUser(id: $id)
  }
`);

function RemoveUserButton({ id, name }: { id: string; name: string }) {
  const t = useT();
  const [remove, { loading, error }] = useMutation(RemoveUserDocument, {
    // removeUser answers a Boolean: forget the user, and every list drops them.
    update: (cache, { data }) => {
      if (data?.removeUser) evictObject(cache, 'User', id);
    },
  });
  return (
    <>
      <ConfirmAction
        triggerLabel={t('users.remove', { name })}
        question={t('users.removeConfirm', { name })}
        confirmLabel={t('users.removeYes', { name })}
        busy={loading}
        onConfirm={() => remove({ variables: { id } })}
      />
      <FormError error={error} />
    </>
  );
}

/** /admin/users: everyone with an account, filtered by role; remove with confirmation. */
export function UsersPage() {
  const t = useT();
  const me = useMe();
  usePageTitle(t('users.title'));
  const [role, setRole] = useState<Role | ''>('');
  const { data, loading, error } = useQuery(UsersPageDocument, { variables: { role: role || null } });

  return (
    <div className="page">
      <h1>{t('users.title')}</h1>
      <p>
        {t('users.inviteHint')} <Link to="/invite">{t('nav.invite')}</Link>
      </p>
      <div className="filters">
        <SelectField<Role> label={t('users.filterRole')} value={role} onChange={setRole} placeholder={t('users.allRoles')} options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
      </div>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : !data || data.users.length === 0 ? (
        <EmptyState>
          <p>{t('users.empty')}</p>
        </EmptyState>
      ) : (
        <TableWrap label={t('users.title')}>
          <table className="responsive-table">
            <thead>
              <tr>
                <th scope="col">{t('col.name')}</th>
                <th scope="col">{t('col.email')}</th>
                <th scope="col">{t('col.role')}</th>
                <th scope="col">{t('col.organisation')}</th>
                <th scope="col">{t('col.createdAt')}</th>
                <th scope="col">{t('col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.users.map((u) => (
                <tr key={u.id}>
                  <th scope="row" data-label={t('col.name')}>
                    {u.name} {u.id === me.id && <span className="muted">{t('users.you')}</span>}
                  </th>
                  <td data-label={t('col.email')}>{u.email}</td>
                  <td data-label={t('col.role')}>{t(`role.${u.role}`)}</td>
                  <td data-label={t('col.organisation')}>{u.organisation?.name ?? '—'}</td>
                  <td data-label={t('col.createdAt')}>
                    <DateTimeText iso={u.createdAt} />
                  </td>
                  <td data-label={t('col.actions')}>{u.id !== me.id && <RemoveUserButton id={u.id} name={u.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </div>
  );
}

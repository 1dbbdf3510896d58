import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { usePageTitle } from '../../ui/usePageTitle';
import { OrganisationForm } from './OrganisationForm';
import { TableWrap } from '../../ui/TableWrap';

export const OrganisationsTable_organisations = graphql(`
  fragment OrganisationsTable_organisations on Organisation {
    id
    name
    kind
    city
    contactName
    contactEmail
    contactPhone
  }
`);

export const OrganisationsPageDocument = graphql(`
  query OrganisationsPage {
    organisations {
      id
      ...OrganisationsTable_organisations
      ...OrganisationForm_organisation
    }
  }
`);

function OrganisationsTable({ organisations, onEdit }: { organisations: readonly FragmentType<typeof OrganisationsTable_organisations>[]; onEdit: (id: string) => void }) {
  const t = useT();
  const rows = getFragmentData(OrganisationsTable_organisations, organisations);
  return (
    <TableWrap label={t('organisations.title')}>
      <table className="responsive-table">
        <thead>
          <tr>
            <th scope="col">{t('col.name')}</th>
            <th scope="col">{t('col.kind')}</th>
            <th scope="col">{t('col.city')}</th>
            <th scope="col">{t('col.contact')}</th>
            <th scope="col">{t('col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id}>
              <th scope="row" data-label={t('col.name')}>
                {o.name}
              </th>
              <td data-label={t('col.kind')}>{t(`orgKind.${o.kind}`)}</td>
              <td data-label={t('col.city')}>{o.city ?? '—'}</td>
              <td data-label={t('col.contact')}>{[o.contactName, o.contactEmail, o.contactPhone].filter(Boolean).join(' · ') || '—'}</td>
              <td data-label={t('col.actions')}>
                <button type="button" className="button button-secondary button-small" onClick={() => onEdit(o.id)}>
                  {t('organisations.edit', { name: o.name })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** /admin/organisations: list, add and edit partner organisations. */
export function OrganisationsPage() {
  const t = useT();
  usePageTitle(t('organisations.title'));
  const { data, loading, error } = useQuery(OrganisationsPageDocument);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = data?.organisations.find((o) => o.id === editingId);

  return (
    <div className="page">
      <h1>{t('organisations.title')}</h1>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : !data || data.organisations.length === 0 ? (
        <EmptyState>
          <p>{t('organisations.empty')}</p>
        </EmptyState>
      ) : (
        <OrganisationsTable organisations={data.organisations} onEdit={setEditingId} />
      )}
      {editing ? <OrganisationForm key={editing.id} organisation={editing} onDone={() => setEditingId(null)} /> : <OrganisationForm />}
    </div>
  );
}

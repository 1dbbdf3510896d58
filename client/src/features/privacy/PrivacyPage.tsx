import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql } from '../../gql';
import { EmptyState, Loading, PageError } from '../../ui/Feedback';
import { SelectField } from '../../ui/Fields';
import { TableWrap } from '../../ui/TableWrap';
import { usePageTitle } from '../../ui/usePageTitle';
import { ErasurePanel, ErasureRecord_erasure, useCountLabel } from './ErasurePanel';
import { HouseholdExport } from './HouseholdExport';
import { RetentionSection } from './RetentionSection';

export const PrivacyPageDocument = graphql(`
  query PrivacyPage {
    programmes {
      id
      ...RetentionRow_programme
    }
    myHouseholds {
      id
      reference
      partnership {
        id
        name
      }
      members {
        id
        firstName
        lastName
      }
      erasure {
        mode
        erasedAt
      }
    }
    users {
      id
      name
      email
      role
    }
    erasures(first: 100) {
      id
      ...ErasureRecord_erasure
    }
  }
`);

/** /admin/privacy: retention per programme, export and erasure of a household or an account, the erasures made. */
export function PrivacyPage() {
  const { t, formatDateTime } = useI18n();
  usePageTitle(t('privacy.title'));
  const countLabel = useCountLabel();
  const [params, setParams] = useSearchParams();
  const householdId = params.get('household') ?? '';
  const userId = params.get('user') ?? '';
  const { data, loading, error, refetch } = useQuery(PrivacyPageDocument);
  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;
  // Only the first load shows "loading": a refetch after an erasure keeps the panels (and their messages).
  if (!data) return loading ? <Loading /> : null;

  const choose = (key: 'household' | 'user', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const household = data.myHouseholds.find((h) => h.id === householdId);
  const user = data.users.find((u) => u.id === userId);
  const subjectLabel = (type: string, id: string) => (type === 'HOUSEHOLD' ? (data.myHouseholds.find((h) => h.id === id)?.reference ?? id) : (data.users.find((u) => u.id === id)?.name ?? id));

  return (
    <div className="page">
      <h1>{t('privacy.title')}</h1>
      <p>{t('privacy.intro')}</p>

      <RetentionSection programmes={data.programmes} />

      <section className="section" aria-labelledby="privacy-household-heading">
        <h2 id="privacy-household-heading">{t('privacy.household.title')}</h2>
        <SelectField
          label={t('privacy.household.choose')}
          value={householdId}
          onChange={(v) => choose('household', v)}
          placeholder={t('privacy.household.placeholder')}
          options={data.myHouseholds.map((h) => ({ value: h.id, label: `${h.reference} (${h.partnership.name})` }))}
        />
        {household && (
          <>
            <p>
              <Link to={`/households/${household.id}`}>{household.reference}</Link>
            </p>
            <HouseholdExport key={household.id} householdId={household.id} members={household.members} />
            <ErasurePanel key={`erase-${household.id}`} subjectType="HOUSEHOLD" id={household.id} />
          </>
        )}
      </section>

      <section className="section" aria-labelledby="privacy-user-heading">
        <h2 id="privacy-user-heading">{t('privacy.user.title')}</h2>
        <SelectField
          label={t('privacy.user.choose')}
          value={userId}
          onChange={(v) => choose('user', v)}
          placeholder={t('privacy.user.placeholder')}
          options={data.users.map((u) => ({ value: u.id, label: `${u.name} <${u.email}>` }))}
        />
        {user && <ErasurePanel key={`erase-${user.id}`} subjectType="USER" id={user.id} />}
      </section>

      <section className="section" aria-labelledby="privacy-erasures-heading">
        <h2 id="privacy-erasures-heading">{t('privacy.erasures.title')}</h2>
        {data.erasures.length === 0 ? (
          <EmptyState>
            <p>{t('privacy.erasures.empty')}</p>
          </EmptyState>
        ) : (
          <TableWrap label={t('privacy.erasures.title')}>
            <table className="responsive-table">
              <thead>
                <tr>
                  <th scope="col">{t('col.when')}</th>
                  <th scope="col">{t('privacy.erasures.subject')}</th>
                  <th scope="col">{t('privacy.erasures.mode')}</th>
                  <th scope="col">{t('privacy.erasures.by')}</th>
                  <th scope="col">{t('privacy.erasures.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {data.erasures.map((row) => {
                  const e = getFragmentData(ErasureRecord_erasure, row);
                  return (
                    <tr key={e.id}>
                      <th scope="row" data-label={t('col.when')}>
                        {formatDateTime(e.completedAt ?? e.startedAt)}
                      </th>
                      <td data-label={t('privacy.erasures.subject')}>
                        {t(e.subjectType === 'HOUSEHOLD' ? 'privacy.subject.HOUSEHOLD' : 'privacy.subject.USER')}: {subjectLabel(e.subjectType, e.subjectId)}
                        <details>
                          <summary>{t('privacy.erase.counts')}</summary>
                          <ul>
                            {e.removed
                              .filter((c) => c.count > 0)
                              .map((c) => (
                                <li key={c.kind}>
                                  {countLabel(c.kind)}: {c.count}
                                </li>
                              ))}
                          </ul>
                        </details>
                      </td>
                      <td data-label={t('privacy.erasures.mode')}>{t(e.mode === 'RETENTION' ? 'privacy.mode.RETENTION' : 'privacy.mode.REQUEST')}</td>
                      <td data-label={t('privacy.erasures.by')}>{e.requestedBy?.name ?? t('privacy.erasures.job')}</td>
                      <td data-label={t('privacy.erasures.reason')}>{e.reason ?? '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
    </div>
  );
}

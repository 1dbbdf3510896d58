import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { TextField } from '../../ui/Fields';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { usePageTitle } from '../../ui/usePageTitle';
import { DateTimeText } from '../../ui/Values';
import { TableWrap } from '../../ui/TableWrap';

export const ACCESS_LOG_PAGE_SIZE = 50;

export const AccessLogDocument = graphql(`
  query AccessLog($first: Int!, $after: String, $householdId: ID, $userId: ID) {
    accessLog(first: $first, after: $after, householdId: $householdId, userId: $userId) {
      edges {
        cursor
        node {
          id
          at
          what
          user {
            id
            name
            email
          }
          household {
            id
            reference
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

/** /admin/access-log: who read which household's specific needs, when; filter by household or user. */
export function AccessLogPage() {
  const t = useT();
  const whatLabel = (what: string) => (what === 'specificNeeds' ? t('household.specificNeeds') : what);
  usePageTitle(t('accessLog.title'));
  const [params, setParams] = useSearchParams();
  const householdId = params.get('householdId') ?? '';
  const userId = params.get('userId') ?? '';
  const [householdInput, setHouseholdInput] = useState(householdId);
  const [userInput, setUserInput] = useState(userId);
  const { data, loading, error, fetchMore } = useQuery(AccessLogDocument, {
    variables: { first: ACCESS_LOG_PAGE_SIZE, householdId: householdId || null, userId: userId || null },
  });
  const connection = data?.accessLog;
  const [loadingMore, setLoadingMore] = useState(false);

  const applyFilter = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (householdInput.trim()) next.set('householdId', householdInput.trim());
    if (userInput.trim()) next.set('userId', userInput.trim());
    setParams(next);
  };

  const clearFilter = () => {
    setHouseholdInput('');
    setUserInput('');
    setParams(new URLSearchParams());
  };

  const filterBy = (key: 'householdId' | 'userId', value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    if (key === 'householdId') setHouseholdInput(value);
    else setUserInput(value);
    setParams(next);
  };

  const loadMore = async () => {
    if (!connection?.pageInfo.hasNextPage) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <div className="page">
      <h1>{t('accessLog.title')}</h1>
      <p>{t('accessLog.intro')}</p>
      <form className="form filters-form" onSubmit={applyFilter} aria-label={t('accessLog.filter')}>
        <div className="grid grid-2">
          <TextField label={t('accessLog.householdId')} value={householdInput} onChange={setHouseholdInput} autoComplete="off" />
          <TextField label={t('accessLog.userId')} value={userInput} onChange={setUserInput} autoComplete="off" />
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t('accessLog.filter')}
          </button>
          {(householdId || userId) && (
            <button type="button" className="button button-secondary" onClick={clearFilter}>
              {t('accessLog.clear')}
            </button>
          )}
        </div>
      </form>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : !connection || connection.edges.length === 0 ? (
        <EmptyState>
          <p>{t('accessLog.empty')}</p>
        </EmptyState>
      ) : (
        <>
          <TableWrap label={t('accessLog.title')}>
            <table className="responsive-table">
              <thead>
                <tr>
                  <th scope="col">{t('col.when')}</th>
                  <th scope="col">{t('col.user')}</th>
                  <th scope="col">{t('col.household')}</th>
                  <th scope="col">{t('col.what')}</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row" data-label={t('col.when')}>
                      <DateTimeText iso={node.at} />
                    </th>
                    <td data-label={t('col.user')}>
                      {node.user.name} <span className="muted">{node.user.email}</span>{' '}
                      {node.user.id !== userId && (
                        <button type="button" className="link-button" onClick={() => filterBy('userId', node.user.id)}>
                          {t('accessLog.onlyUser')}
                        </button>
                      )}
                    </td>
                    <td data-label={t('col.household')}>
                      <Link to={`/households/${node.household.id}`}>{node.household.reference}</Link>{' '}
                      {node.household.id !== householdId && (
                        <button type="button" className="link-button" onClick={() => filterBy('householdId', node.household.id)}>
                          {t('accessLog.onlyHousehold')}
                        </button>
                      )}
                    </td>
                    <td data-label={t('col.what')}>{whatLabel(node.what)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <p className="list-footer">
            <span>{t('app.shownOfTotal', { shown: connection.edges.length, total: connection.totalCount })}</span>
            {connection.pageInfo.hasNextPage && (
              <button type="button" className="button button-secondary" onClick={() => void loadMore()} disabled={loadingMore}>
                {t('app.loadMore')}
              </button>
            )}
          </p>
        </>
      )}
    </div>
  );
}

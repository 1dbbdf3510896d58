import { freshWhenOnline } from '../../app/offline/network';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { EmptyState, PageError, Loading } from '../../ui/Feedback';
import { FormError, StatusMessage } from '../../ui/FormError';
import { usePageTitle } from '../../ui/usePageTitle';
import { NotificationBellDocument } from './NotificationBell';
import { NotificationItem } from './NotificationItem';
import { EmailSettings } from './EmailSettings';
import { NotificationPreferences } from './NotificationPreferences';
import { MyDataDownload } from '../privacy/MyDataDownload';
import './notification.css';

export const NotificationsDocument = graphql(`
  query Notifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...NotificationItem_notification
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

export const MarkAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

const PAGE_SIZE = 20;

/** /notifications: the notification centre (newest first, live), "mark all read", and the preferences. */
export function NotificationsPage() {
  const t = useT();
  usePageTitle(t('notifications.title'));
  // Always asked again when the page opens: what was read elsewhere must not linger.
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: freshWhenOnline(),
    nextFetchPolicy: 'cache-first',
  });
  const count = useQuery(NotificationBellDocument, { fetchPolicy: 'cache-first' });
  const unread = count.data?.unreadNotificationCount ?? 0;
  const [done, setDone] = useState(false);
  const [markAll, marking] = useMutation(MarkAllNotificationsReadDocument, {
    refetchQueries: ['NotificationBell', 'Notifications'],
    awaitRefetchQueries: true,
  });

  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;

  const edges = data?.notifications.edges ?? [];

  return (
    <div className="page">
      <h1>{t('notifications.title')}</h1>
      <p className="lead">{t('notifications.intro')}</p>

      <section className="section" aria-labelledby="notifications-heading">
        <h2 id="notifications-heading" className="visually-hidden">
          {t('notifications.listLabel')}
        </h2>
        <div className="notification-toolbar">
          {/* Said only once the count is known: "Everything is read" while it loads would be untrue. */}
          {count.data && <p data-testid="unread-count">{unread > 0 ? t('notifications.unreadCount', { count: unread }) : t('notifications.allRead')}</p>}
          {unread > 0 && (
            <button
              type="button"
              className="button button-secondary"
              disabled={marking.loading}
              onClick={() =>
                void (async () => {
                  setDone(false);
                  try {
                    await markAll();
                    setDone(true);
                  } catch {
                    // shown below
                  }
                })()
              }
            >
              {t('notifications.markAllRead')}
            </button>
          )}
        </div>
        <FormError error={marking.error} />
        <StatusMessage>{done ? t('notifications.markedAllRead') : null}</StatusMessage>
        {loading && !data ? (
          <Loading />
        ) : edges.length === 0 ? (
          <EmptyState>
            <p>{t('notifications.empty')}</p>
          </EmptyState>
        ) : (
          <>
            <ul className="notification-list" aria-label={t('notifications.listLabel')}>
              {edges.map((edge) => (
                <NotificationItem key={edge.node.id} notification={edge.node} />
              ))}
            </ul>
            {data?.notifications.pageInfo.hasNextPage && (
              <p className="list-footer">
                <button type="button" className="button button-secondary" disabled={loading} onClick={() => void fetchMore({ variables: { after: data.notifications.pageInfo.endCursor } })}>
                  {t('app.loadMore')}
                </button>
              </p>
            )}
          </>
        )}
        <p className="visually-hidden">{t('notifications.live')}</p>
      </section>

      <NotificationPreferences />
      <EmailSettings />
      <MyDataDownload />
    </div>
  );
}

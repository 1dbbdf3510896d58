import { freshWhenOnline } from '../../app/offline/network';
import type { Reference } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import { NavLink } from 'react-router';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { useRefetchOnReturn } from '../../ui/useRefetchOnReturn';
import './notification.css';

export const NotificationBellDocument = graphql(`
  query NotificationBell {
    unreadNotificationCount
  }
`);

/** A notification for the viewer arrived: the badge counts it and the list shows it first. */
export const NotificationAddedDocument = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      ...NotificationItem_notification
    }
  }
`);

/** The badge text: the count, or "99+". */
export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}

/**
 * The bell in the header: a link to the notification centre with a live unread badge. Each new
 * notification arrives over the subscription; the count is then asked again from the server (the
 * source of truth), so an event that races the first count is never counted twice.
 */
export function NotificationBell() {
  const t = useT();
  const { data, refetch } = useQuery(NotificationBellDocument, { fetchPolicy: freshWhenOnline(), nextFetchPolicy: 'cache-first' });
  const count = data?.unreadNotificationCount ?? 0;
  useRefetchOnReturn(refetch);

  useSubscription(NotificationAddedDocument, {
    onData: ({ client, data: event }) => {
      const added = event.data?.notificationAdded;
      if (!added) return;
      const ref = client.cache.identify({ __typename: 'Notification', id: added.id });
      if (ref) {
        // Newest first in every notification list already in the cache (all, unread only).
        client.cache.modify({
          fields: {
            notifications: (existing: unknown, { readField, toReference }) => {
              const connection = existing as { edges?: readonly { node: Reference }[]; totalCount?: number } | undefined;
              if (!connection?.edges) return existing;
              if (connection.edges.some((edge) => readField('id', edge.node) === added.id)) return existing;
              const node = toReference(ref);
              if (!node) return existing;
              return {
                ...connection,
                edges: [{ __typename: 'NotificationEdge', cursor: '', node }, ...connection.edges],
                totalCount: (connection.totalCount ?? 0) + 1,
              };
            },
          },
        });
      }
      void refetch().catch(() => undefined);
    },
  });

  const label = count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell');
  return (
    <NavLink to="/notifications" className="notification-bell" aria-label={label} title={label} data-testid="notification-bell">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {count > 0 && (
        <span className="notification-badge" aria-hidden="true" data-testid="notification-badge">
          {badgeText(count)}
        </span>
      )}
    </NavLink>
  );
}

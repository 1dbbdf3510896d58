import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { DateTimeText } from '../../ui/Values';
import { notificationHref } from './links';

export const NotificationItem_notification = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    sourceType
    sourceId
    messageId
    partnershipId
    excerpt
    createdAt
    readAt
    actor {
      id
      name
    }
  }
`);

export const MarkNotificationReadDocument = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

/** What a notification says, in the reader's language: "Koen Janssens sent a feedback round back". */
export function useNotificationText() {
  const t = useT();
  return (n: { kind: string; actor: { name: string } | null }) => t(`notificationText.${n.kind}` as Parameters<typeof t>[0], { actor: n.actor?.name ?? t('notifications.someone') });
}

/**
 * One notification: what happened, by whom, an excerpt and when. Its text is a link to the
 * source; following it marks the notification read.
 */
export function NotificationItem({ notification: ref }: { notification: FragmentType<typeof NotificationItem_notification> }) {
  const t = useT();
  const n = getFragmentData(NotificationItem_notification, ref);
  const text = useNotificationText()(n);
  const unread = !n.readAt;
  const [markRead] = useMutation(MarkNotificationReadDocument, {
    variables: { id: n.id },
    // The badge counts from the server.
    refetchQueries: ['NotificationBell'],
    optimisticResponse: { markNotificationRead: { __typename: 'Notification', id: n.id, readAt: new Date().toISOString() } },
  });

  return (
    <li className={`notification-item${unread ? ' is-unread' : ''}`} data-testid="notification" data-kind={n.kind} data-unread={unread || undefined}>
      <div className="notification-body">
        <p className="notification-text">
          <Link
            to={notificationHref({ sourceType: n.sourceType, sourceId: n.sourceId, partnershipId: n.partnershipId })}
            onClick={() => {
              if (unread) void markRead().catch(() => undefined);
            }}
          >
            {text}
          </Link>
          {unread && <span className="visually-hidden"> ({t('notifications.unread')})</span>}
        </p>
        {n.excerpt && <p className="notification-excerpt">{n.excerpt}</p>}
        <p className="notification-meta">
          <DateTimeText iso={n.createdAt} />
        </p>
      </div>
    </li>
  );
}

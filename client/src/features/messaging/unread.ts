import { freshWhenOnline } from '../../app/offline/network';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useConnection } from '../../app/connection';
import { graphql } from '../../gql';

export const UnreadMessageCountDocument = graphql(`
  query UnreadMessageCount {
    unreadMessageCount
  }
`);

/** Any message added, edited or deleted in a thread the viewer may see: the inbox and the badge follow. */
export const InboxMessageEventsDocument = graphql(`
  subscription InboxMessageEvents {
    messageEvents {
      kind
      threadId
      message {
        id
        seq
      }
    }
  }
`);

/** The viewer's read position moved (in this tab, another tab or another device). */
export const InboxReadStateEvents = graphql(`
  subscription InboxReadState {
    readStateEvents {
      threadId
      lastReadSeq
      user {
        id
      }
    }
  }
`);

export const HeartbeatDocument = graphql(`
  mutation Heartbeat($online: Boolean!) {
    heartbeat(online: $online)
  }
`);

/**
 * Calls `refetch` after live events (several in a row: once) and after every reconnect (events
 * missed while the socket was down).
 */
export function useRefetchOnInboxEvents(refetch: () => Promise<unknown>, enabled: boolean, viewerId: string | null) {
  const latest = useRef(refetch);
  // Kept current after each render (refs are not written while rendering).
  useEffect(() => {
    latest.current = refetch;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const schedule = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void latest.current().catch(() => undefined);
    }, 200);
  };
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useSubscription(InboxMessageEventsDocument, { skip: !enabled, onData: schedule });
  useSubscription(InboxReadStateEvents, {
    skip: !enabled,
    onData: ({ data }) => {
      // Others' read receipts do not change the viewer's unread counts.
      if (data.data?.readStateEvents.user.id === viewerId) schedule();
    },
  });
  const { epoch } = useConnection();
  const firstEpoch = useRef(epoch);
  useEffect(() => {
    if (!enabled || epoch === firstEpoch.current) return;
    schedule();
  }, [epoch, enabled]);
}

/** The viewer's unread messages in all threads, kept live. */
export function useUnreadCount(viewerId: string | null): number {
  const signedIn = viewerId !== null;
  const { data, refetch } = useQuery(UnreadMessageCountDocument, { skip: !signedIn, fetchPolicy: freshWhenOnline(), nextFetchPolicy: 'cache-first' });
  useRefetchOnInboxEvents(() => refetch(), signedIn, viewerId);
  return signedIn ? (data?.unreadMessageCount ?? 0) : 0;
}

/** How often a signed-in page tells the server the user is here (presence: online within 60 s). */
const HEARTBEAT_MS = 30_000;

/** Presence: a heartbeat while the page is open and visible, "offline" when the page is left. */
export function usePresenceHeartbeat(signedIn: boolean) {
  const [beat] = useMutation(HeartbeatDocument);
  useEffect(() => {
    if (!signedIn) return;
    const send = () => {
      if (document.visibilityState === 'hidden') return;
      beat({ variables: { online: true } }).catch(() => undefined);
    };
    send();
    const timer = setInterval(send, HEARTBEAT_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') send();
    };
    const onLeave = () => {
      // The page is going away: a request that outlives it.
      try {
        void fetch('/graphql', {
          method: 'POST',
          keepalive: true,
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'mutation Heartbeat($online: Boolean!) { heartbeat(online: $online) }', variables: { online: false } }),
        }).catch(() => undefined);
      } catch {
        // nothing to do: presence expires by itself
      }
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pagehide', onLeave);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pagehide', onLeave);
    };
  }, [signedIn, beat]);
}

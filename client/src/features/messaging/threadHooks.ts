// The live state of an open thread beside its messages: who is typing, who read what, who is
// online, whether the page is in front of the user, the read position sent to the server, and
// keeping the newest message in view.
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { freshWhenOnline } from '../../app/offline/network';
import { MarkThreadReadDocument, ThreadPresenceDocument, ThreadPresenceEventsDocument, ThreadReadStateDocument, ThreadTypingDocument, type ThreadMessage } from './threadDocuments';
import { UnreadMessageCountDocument } from './unread';

/** How long "X is typing…" stays without a new signal (the composer repeats it every 3 s). */
const TYPING_SHOWN_MS = 8000;

/** Who is typing in the thread now (others only), from typing events that expire by themselves. */
export function useTyping(threadId: string, enabled: boolean) {
  const [typing, setTyping] = useState<ReadonlyMap<string, { name: string; until: number }>>(new Map());
  useSubscription(ThreadTypingDocument, {
    variables: { threadId },
    skip: !enabled,
    onData: ({ data }) => {
      const event = data.data?.typingEvents;
      if (!event) return;
      setTyping((current) => {
        const next = new Map(current);
        if (event.typing) next.set(event.user.id, { name: event.user.name, until: Date.now() + TYPING_SHOWN_MS });
        else next.delete(event.user.id);
        return next;
      });
    },
  });
  useEffect(() => {
    if (typing.size === 0) return;
    const timer = setInterval(() => {
      setTyping((current) => {
        const now = Date.now();
        const next = new Map([...current].filter(([, v]) => v.until > now));
        return next.size === current.size ? current : next;
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [typing.size]);
  const stopped = useCallback((userId: string) => {
    setTyping((current) => {
      if (!current.has(userId)) return current;
      const next = new Map(current);
      next.delete(userId);
      return next;
    });
  }, []);
  return { names: [...typing.values()].map((v) => v.name), stopped };
}

/** Is the page in front of the user (for "read" and for announcing)? */
export function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => typeof document === 'undefined' || document.visibilityState !== 'hidden');
  useEffect(() => {
    const update = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return visible;
}

/** Others' read positions (when they send read receipts), for "seen by" on the viewer's messages. */
export function useReaders(threadId: string, enabled: boolean, viewerId: string | null) {
  const [readers, setReaders] = useState<ReadonlyMap<string, { name: string; seq: number }>>(new Map());
  useSubscription(ThreadReadStateDocument, {
    variables: { threadId },
    skip: !enabled,
    onData: ({ data }) => {
      const event = data.data?.readStateEvents;
      if (!event || event.user.id === viewerId) return;
      setReaders((current) => {
        const before = current.get(event.user.id);
        if (before && before.seq >= event.lastReadSeq) return current;
        return new Map(current).set(event.user.id, { name: event.user.name, seq: event.lastReadSeq });
      });
    },
  });
  /** Who (besides the viewer) has read a message. */
  return (m: ThreadMessage): string[] => {
    const names = new Set(m.seenBy.filter((u) => u.id !== viewerId).map((u) => u.name));
    for (const [id, r] of readers) if (id !== viewerId && r.seq >= m.seq) names.add(r.name);
    return [...names];
  };
}

/** The thread's participants and whether each is online: the list from the query, corrected by live events. */
export function useThreadPresence(threadId: string, enabled: boolean) {
  const presence = useQuery(ThreadPresenceDocument, { variables: { threadId }, fetchPolicy: freshWhenOnline() });
  const [online, setOnline] = useState<ReadonlyMap<string, boolean>>(new Map());
  useSubscription(ThreadPresenceEventsDocument, {
    variables: { threadId },
    skip: !enabled,
    onData: ({ data }) => {
      const event = data.data?.presenceEvents;
      if (event) setOnline((current) => new Map(current).set(event.user.id, event.online));
    },
  });
  const participants = useMemo(
    () => (presence.data?.threadPresence ?? []).map((p) => ({ id: p.user.id, name: p.user.name, role: p.user.role, online: online.get(p.user.id) ?? p.online })),
    [presence.data, online],
  );
  /** After a reconnect: the list asked again, the events missed meanwhile forgotten. */
  const refresh = () => {
    void presence.refetch().catch(() => undefined);
    setOnline(new Map());
  };
  return { loaded: Boolean(presence.data), error: presence.error, participants, refresh };
}

/** Tells the server how far the viewer has read: the newest message, once shown on a visible page. */
export function useMarkRead({ threadId, enabled, visible, newest, lastReadSeq }: { threadId: string; enabled: boolean; visible: boolean; newest: number; lastReadSeq: number }) {
  const [markRead] = useMutation(MarkThreadReadDocument, { refetchQueries: [UnreadMessageCountDocument] });
  const readUpTo = useRef(lastReadSeq);
  useEffect(() => {
    if (!enabled || !visible || newest <= readUpTo.current) return;
    const timer = setTimeout(() => {
      if (newest <= readUpTo.current) return;
      readUpTo.current = newest;
      markRead({ variables: { threadId, seq: newest } }).catch(() => {
        readUpTo.current = Math.min(readUpTo.current, lastReadSeq);
      });
    }, 300);
    return () => clearTimeout(timer);
  }, [enabled, visible, newest, threadId, markRead, lastReadSeq]);
}

/** Keeps the newest message in view when the viewer is at the bottom (or it is their own): put the ref after the list. */
export function useKeepNewestInView(count: number, loaded: boolean) {
  const endRef = useRef<HTMLDivElement>(null);
  const firstScroll = useRef(true);
  useEffect(() => {
    if (!loaded || count === 0) return;
    const end = endRef.current;
    if (!end || typeof end.scrollIntoView !== 'function') return;
    const nearBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 240;
    if (firstScroll.current || nearBottom) end.scrollIntoView({ block: 'end' });
    firstScroll.current = false;
  }, [count, loaded]);
  return endRef;
}

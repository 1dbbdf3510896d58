import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isOnline } from '../../app/offline/network';
import { firstGap, lastChangeSeq, lastSeq, mergeMessages } from './merge';
import { ThreadChangesDocument, ThreadMessagesDocument, unmask, type ThreadMessage } from './threadDocuments';

/** The first page of a thread: its newest messages. */
const PAGE = 50;

/**
 * The messages of a thread, kept whole while they arrive from everywhere: the first page, live
 * events, the viewer's own sends, and the catch-up after every reconnect (what came after the
 * last seq and changeSeq seen). Each message once, in seq order (merge.ts).
 */
export function useThreadMessages(threadId: string, enabled: boolean) {
  const client = useApolloClient();
  const [messages, setMessages] = useState<readonly ThreadMessage[]>([]);
  const [hasEarlier, setHasEarlier] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(messages);
  latest.current = messages;

  const merge = useCallback((incoming: readonly ThreadMessage[]) => {
    if (incoming.length === 0) return;
    setMessages((current) => {
      // Changes to messages older than the loaded page would leave holes in the history: those come with "show earlier".
      const first = current[0]?.seq;
      const usable = first === undefined ? incoming : incoming.filter((m) => m.seq >= first || current.some((c) => c.id === m.id));
      return mergeMessages(current, usable);
    });
  }, []);

  // Another thread (or loading turned on): start from nothing at once, while rendering (React's
  // "adjusting state when a prop changes"), not a render later with the last thread's messages.
  const source = enabled ? threadId : null;
  const [loadedFor, setLoadedFor] = useState(source);
  if (source !== loadedFor) {
    setLoadedFor(source);
    if (source !== null) {
      setMessages([]);
      setLoaded(false);
      setError(null);
    }
  }

  // The first page: the newest messages.
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    client
      .query({ query: ThreadMessagesDocument, variables: { threadId, limit: PAGE }, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (cancelled || !data) return;
        setMessages((current) => mergeMessages(current, data.messages.messages.map(unmask)));
        setHasEarlier(data.messages.hasMore);
        setLoaded(true);
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        // Offline: the messages last seen here, from the device (sent ones follow when back online).
        const seen = isOnline() ? null : client.readQuery({ query: ThreadMessagesDocument, variables: { threadId, limit: PAGE } });
        if (!seen) {
          setError(e);
          return;
        }
        setMessages((current) => mergeMessages(current, seen.messages.messages.map(unmask)));
        setHasEarlier(seen.messages.hasMore);
        setLoaded(true);
      });
    return () => {
      cancelled = true;
    };
  }, [client, threadId, enabled]);

  /** Asks what came after the last seq and changeSeq seen, page by page, and merges it. */
  const catchingUp = useRef(false);
  const catchUp = useCallback(async () => {
    if (catchingUp.current) return;
    catchingUp.current = true;
    try {
      // After the last message before a hole, if any: a message sent from here (e.g. written
      // offline, delivered on reconnect) may already be shown after the ones missed meanwhile.
      let afterSeq = firstGap(latest.current) ?? lastSeq(latest.current);
      for (;;) {
        const { data } = await client.query({ query: ThreadMessagesDocument, variables: { threadId, afterSeq, limit: 200 }, fetchPolicy: 'network-only' });
        if (!data) break;
        const page = data.messages.messages.map(unmask);
        merge(page);
        if (!data.messages.hasMore || page.length === 0) break;
        afterSeq = lastSeq(page);
      }
      let afterChangeSeq = lastChangeSeq(latest.current);
      for (;;) {
        const { data } = await client.query({ query: ThreadChangesDocument, variables: { threadId, afterChangeSeq }, fetchPolicy: 'network-only' });
        if (!data) break;
        const page = data.threadChanges.messages.map(unmask);
        merge(page);
        if (!data.threadChanges.hasMore || page.length === 0) break;
        afterChangeSeq = lastChangeSeq(page);
      }
    } catch {
      // Still offline, or the server restarts: the next reconnect catches up again.
    } finally {
      catchingUp.current = false;
    }
  }, [client, threadId, merge]);

  const loadEarlier = useCallback(async () => {
    const first = latest.current[0]?.seq;
    if (first === undefined) return;
    const { data } = await client.query({ query: ThreadMessagesDocument, variables: { threadId, beforeSeq: first, limit: PAGE }, fetchPolicy: 'network-only' });
    if (!data) return;
    setMessages((current) => mergeMessages(current, data.messages.messages.map(unmask)));
    setHasEarlier(data.messages.hasMore);
  }, [client, threadId]);

  return { messages, merge, loaded, error, hasEarlier, catchUp, loadEarlier };
}

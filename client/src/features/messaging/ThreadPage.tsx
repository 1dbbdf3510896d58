import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useConnection } from '../../app/connection';
import { useT, type Translate } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ThreadPageQuery, ThreadView_MessageFragment } from '../../gql/graphql';
import { InlineError, Loading, PageError } from '../../ui/Feedback';
import { usePageTitle } from '../../ui/usePageTitle';
import { Composer, type ComposerReply, type ComposerSend } from './Composer';
import { firstGap, lastChangeSeq, lastSeq, mergeMessages, unconfirmed } from './merge';
import { excerpt, MessageItem } from './MessageItem';
import { MessageText } from './MessageText';
import { PresenceDot } from './Presence';
import { freshWhenOnline, isOnline } from '../../app/offline/network';
import { isRetryableSendError, type PendingMessage } from './sender';
import { sendPendingMessage, threadSender, usePending } from './threadSender';
import { TypingIndicator } from './TypingIndicator';
import { UnreadMessageCountDocument } from './unread';
import styles from './messaging.module.css';

export const ThreadView_message = graphql(`
  fragment ThreadView_message on Message {
    id
    seq
    changeSeq
    clientId
    body
    deleted
    internal
    createdAt
    author {
      id
      name
    }
    seenBy {
      id
      name
    }
    ...MessageItem_message
  }
`);

export const ThreadPageDocument = graphql(`
  query ThreadPage($id: ID!) {
    thread(id: $id) {
      id
      kind
      subject
      muted
      viewerLastReadSeq
      unreadCount
      partnership {
        id
        name
      }
      household {
        id
        reference
      }
      viewerCan {
        post
        postInternal
      }
    }
    messagingSettings {
      sendReadReceipts
    }
  }
`);

export const ThreadMessagesDocument = graphql(`
  query ThreadMessages($threadId: ID!, $afterSeq: Int, $beforeSeq: Int, $limit: Int) {
    messages(threadId: $threadId, afterSeq: $afterSeq, beforeSeq: $beforeSeq, limit: $limit) {
      hasMore
      messages {
        id
        ...ThreadView_message
      }
    }
  }
`);

export const ThreadChangesDocument = graphql(`
  query ThreadChanges($threadId: ID!, $afterChangeSeq: Int!) {
    threadChanges(threadId: $threadId, afterChangeSeq: $afterChangeSeq, limit: 200) {
      hasMore
      messages {
        id
        ...ThreadView_message
      }
    }
  }
`);

export const ThreadPresenceDocument = graphql(`
  query ThreadPresence($threadId: ID!) {
    threadPresence(threadId: $threadId) {
      online
      lastSeenAt
      user {
        id
        name
        role
      }
    }
  }
`);

export const ThreadMessageEventsDocument = graphql(`
  subscription ThreadMessageEvents($threadId: ID!) {
    messageEvents(threadId: $threadId) {
      kind
      threadId
      message {
        id
        ...ThreadView_message
      }
    }
  }
`);

export const ThreadTypingDocument = graphql(`
  subscription ThreadTyping($threadId: ID!) {
    typingEvents(threadId: $threadId) {
      threadId
      typing
      user {
        id
        name
      }
    }
  }
`);

export const ThreadReadStateDocument = graphql(`
  subscription ThreadReadState($threadId: ID!) {
    readStateEvents(threadId: $threadId) {
      threadId
      lastReadSeq
      user {
        id
        name
      }
    }
  }
`);

export const ThreadPresenceEventsDocument = graphql(`
  subscription ThreadPresenceEvents($threadId: ID!) {
    presenceEvents(threadId: $threadId) {
      online
      lastSeenAt
      user {
        id
        name
      }
    }
  }
`);

export { SendMessageDocument } from './threadSender';

export const EditMessageDocument = graphql(`
  mutation EditMessage($input: EditMessageInput!) {
    editMessage(input: $input) {
      id
      ...ThreadView_message
    }
  }
`);

export const DeleteMessageDocument = graphql(`
  mutation DeleteMessage($id: ID!) {
    deleteMessage(id: $id) {
      id
      ...ThreadView_message
    }
  }
`);

export const MarkThreadReadDocument = graphql(`
  mutation MarkThreadRead($threadId: ID!, $seq: Int!) {
    markThreadRead(threadId: $threadId, seq: $seq) {
      id
      unreadCount
      viewerLastReadSeq
    }
  }
`);

export const SetTypingDocument = graphql(`
  mutation SetTyping($threadId: ID!, $typing: Boolean!, $internal: Boolean) {
    setTyping(threadId: $threadId, typing: $typing, internal: $internal)
  }
`);

export const MuteThreadDocument = graphql(`
  mutation MuteThread($threadId: ID!, $muted: Boolean!) {
    muteThread(threadId: $threadId, muted: $muted) {
      id
      muted
    }
  }
`);

export const UpdateMessagingSettingsDocument = graphql(`
  mutation UpdateMessagingSettings($sendReadReceipts: Boolean!) {
    updateMessagingSettings(sendReadReceipts: $sendReadReceipts) {
      sendReadReceipts
    }
  }
`);

type ThreadMessage = ThreadView_MessageFragment;
type ThreadInfo = ThreadPageQuery['thread'];

/** How long "X is typing…" stays without a new signal (the composer repeats it every 3 s). */
const TYPING_SHOWN_MS = 8000;
/** The first page of a thread: its newest messages. */
const PAGE = 50;

/** The title of a thread: its subject, the household, or the partnership. */
export function threadTitle(thread: { kind: string; subject?: string | null; partnership: { name: string }; household?: { reference: string } | null }, t: Translate): string {
  if (thread.kind === 'SUBJECT' && thread.subject) return thread.subject;
  if (thread.kind === 'HOUSEHOLD' && thread.household) return t('messages.householdThread', { reference: thread.household.reference });
  return t('messages.partnershipThread', { name: thread.partnership.name });
}

const unmask = (m: FragmentType<typeof ThreadView_message>): ThreadMessage => getFragmentData(ThreadView_message, m);

/**
 * The messages of a thread, kept whole while they arrive from everywhere: the first page, live
 * events, the viewer's own sends, and the catch-up after every reconnect (what came after the
 * last seq and changeSeq seen). Each message once, in seq order (merge.ts).
 */
function useThreadMessages(threadId: string, enabled: boolean) {
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

  // The first page: the newest messages.
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    setMessages([]);
    setLoaded(false);
    setError(null);
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

/** Who is typing in the thread now (others only), from typing events that expire by themselves. */
function useTyping(threadId: string, enabled: boolean) {
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
function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => typeof document === 'undefined' || document.visibilityState !== 'hidden');
  useEffect(() => {
    const update = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return visible;
}

/** /messages/:threadId: one thread, live. */
export function ThreadPage() {
  const { threadId = '' } = useParams();
  const t = useT();
  const { data, error, refetch } = useQuery(ThreadPageDocument, { variables: { id: threadId }, fetchPolicy: freshWhenOnline() });
  const thread = data?.thread;
  usePageTitle(thread ? threadTitle(thread, t) : t('messages.title'));

  if (error && !thread) return <PageError error={error} onRetry={() => void refetch()} />;
  if (!thread || !data) return <Loading />;
  return <ThreadView key={thread.id} thread={thread} sendReadReceipts={data.messagingSettings.sendReadReceipts} />;
}

function ThreadView({ thread, sendReadReceipts }: { thread: ThreadInfo; sendReadReceipts: boolean }) {
  const t = useT();
  const client = useApolloClient();
  const { me } = useViewer();
  const viewerId = me?.id ?? null;
  const threadId = thread.id;
  const { epoch } = useConnection();
  const visible = usePageVisible();

  const { messages, merge, loaded, error, hasEarlier, catchUp, loadEarlier } = useThreadMessages(threadId, true);
  const typing = useTyping(threadId, loaded);
  const [announcement, setAnnouncement] = useState('');

  // --- Live events -------------------------------------------------------------------------
  useSubscription(ThreadMessageEventsDocument, {
    variables: { threadId },
    skip: !loaded,
    onData: ({ data }) => {
      const event = data.data?.messageEvents;
      if (!event) return;
      const message = unmask(event.message);
      merge([message]);
      if (event.kind === 'ADDED' && message.author && message.author.id !== viewerId) {
        typing.stopped(message.author.id);
        setAnnouncement(`${t('thread.newMessage', { name: message.author.name })}: ${message.deleted ? '' : excerpt(message.body, 200)}`);
      }
    },
  });

  // Others' read positions (when they send read receipts), for "seen by" on the viewer's messages.
  const [readers, setReaders] = useState<ReadonlyMap<string, { name: string; seq: number }>>(new Map());
  useSubscription(ThreadReadStateDocument, {
    variables: { threadId },
    skip: !loaded,
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

  // Presence: the list from the query, corrected by live events.
  const presence = useQuery(ThreadPresenceDocument, { variables: { threadId }, fetchPolicy: freshWhenOnline() });
  const [online, setOnline] = useState<ReadonlyMap<string, boolean>>(new Map());
  useSubscription(ThreadPresenceEventsDocument, {
    variables: { threadId },
    skip: !loaded,
    onData: ({ data }) => {
      const event = data.data?.presenceEvents;
      if (event) setOnline((current) => new Map(current).set(event.user.id, event.online));
    },
  });
  const participants = useMemo(
    () => (presence.data?.threadPresence ?? []).map((p) => ({ id: p.user.id, name: p.user.name, role: p.user.role, online: online.get(p.user.id) ?? p.online })),
    [presence.data, online],
  );

  // --- Sending -------------------------------------------------------------------------------
  const { sender, deliver } = useMemo(() => threadSender(threadId, (m: PendingMessage) => sendPendingMessage(client, m)), [client, threadId]);
  useEffect(() => {
    deliver.current = (stored) => {
      if (stored) merge([unmask(stored as FragmentType<typeof ThreadView_message>)]);
    };
    return () => {
      deliver.current = null;
    };
  }, [deliver, merge]);
  const pending = unconfirmed(usePending(sender), messages);

  // --- Catch-up after every reconnect (and once after opening: events sent while the
  // subscription was being set up) ---------------------------------------------------------
  const epochAtOpen = useRef(epoch);
  useEffect(() => {
    if (!loaded) return;
    if (epoch === epochAtOpen.current) {
      const timer = setTimeout(() => void catchUp(), 1500);
      return () => clearTimeout(timer);
    }
    void catchUp();
    void presence.refetch().catch(() => undefined);
    setOnline(new Map());
    // Messages that failed for lack of network get another chance now.
    for (const p of sender.pending()) if (p.status === 'failed' && isRetryableSendError(p.error)) sender.retry(p.clientId);
    return undefined;
  }, [epoch, loaded]); // eslint-disable-line react-hooks/exhaustive-deps


  // --- Read state ----------------------------------------------------------------------------
  const [markRead] = useMutation(MarkThreadReadDocument, { refetchQueries: [UnreadMessageCountDocument] });
  const readUpTo = useRef(thread.viewerLastReadSeq);
  const newest = lastSeq(messages);
  useEffect(() => {
    if (!loaded || !visible || newest <= readUpTo.current) return;
    const timer = setTimeout(() => {
      if (newest <= readUpTo.current) return;
      readUpTo.current = newest;
      markRead({ variables: { threadId, seq: newest } }).catch(() => {
        readUpTo.current = Math.min(readUpTo.current, thread.viewerLastReadSeq);
      });
    }, 300);
    return () => clearTimeout(timer);
  }, [loaded, visible, newest, threadId, markRead, thread.viewerLastReadSeq]);

  // --- Actions -------------------------------------------------------------------------------
  const [replyTo, setReplyTo] = useState<ComposerReply | null>(null);
  const [setTyping] = useMutation(SetTypingDocument);
  const onTyping = useCallback(
    (isTyping: boolean, internal: boolean) => {
      setTyping({ variables: { threadId, typing: isTyping, internal } }).catch(() => undefined);
    },
    [setTyping, threadId],
  );
  const send = (m: ComposerSend) => {
    sender.submit({ threadId, body: m.body, internal: m.internal, replyToId: m.replyToId, mentionIds: m.mentionIds, attachmentIds: m.attachments.map((a) => a.id), attachmentNames: m.attachments.map((a) => a.name) });
    setReplyTo(null);
  };
  const [editMessage] = useMutation(EditMessageDocument);
  const [deleteMessage] = useMutation(DeleteMessageDocument);
  const edit = async (id: string, body: string, mentionIds: string[]) => {
    const { data } = await editMessage({ variables: { input: { id, body, mentionIds } } });
    if (data) merge([unmask(data.editMessage)]);
  };
  const remove = async (id: string) => {
    const { data } = await deleteMessage({ variables: { id } });
    if (data) merge([unmask(data.deleteMessage)]);
  };

  // Keep the newest message in view when the viewer is at the bottom (or it is their own).
  const endRef = useRef<HTMLDivElement>(null);
  const count = messages.length + pending.length;
  const firstScroll = useRef(true);
  useEffect(() => {
    if (!loaded || count === 0) return;
    const end = endRef.current;
    if (!end || typeof end.scrollIntoView !== 'function') return;
    const nearBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 240;
    if (firstScroll.current || nearBottom) end.scrollIntoView({ block: 'end' });
    firstScroll.current = false;
  }, [count, loaded]);

  const readersOf = (m: ThreadMessage): string[] => {
    const names = new Set(m.seenBy.filter((u) => u.id !== viewerId).map((u) => u.name));
    for (const [id, r] of readers) if (id !== viewerId && r.seq >= m.seq) names.add(r.name);
    return [...names];
  };

  const title = threadTitle(thread, t);
  // "Is my contact person online?": at the top, also on a phone where the participants come last.
  const contacts = participants.filter((p) => p.role === 'CONTACT_PERSON' && p.id !== viewerId);
  return (
    <div className="page thread-page">
      <p className={styles.backLink}>
        <Link to="/messages">← {t('thread.back')}</Link>
      </p>
      <h1>{title}</h1>
      <p className={styles.threadContext}>
        <Link to={`/partnerships/${thread.partnership.id}`}>{thread.partnership.name}</Link>
        {thread.household && (
          <>
            {' · '}
            <Link to={`/households/${thread.household.id}`}>{t('household.title', { reference: thread.household.reference })}</Link>
          </>
        )}
      </p>

      {contacts.length > 0 && (
        <ul className={styles.threadContacts} aria-label={t('role.CONTACT_PERSON')}>
          {contacts.map((p) => (
            <li key={p.id}>
              <PresenceDot name={p.name} online={p.online} />
              <span>
                {t('role.CONTACT_PERSON')}: {p.name}
              </span>
            </li>
          ))}
        </ul>
      )}

      <div className={styles.threadLayout}>
        <section className="section thread-main" aria-labelledby="thread-messages-heading">
          <h2 id="thread-messages-heading" className="visually-hidden">
            {t('thread.messages')}
          </h2>
          {error ? (
            <InlineError error={error} />
          ) : !loaded ? (
            <Loading />
          ) : (
            <>
              {hasEarlier && (
                <p>
                  <button type="button" className="link-button" onClick={() => void loadEarlier()}>
                    {t('thread.loadEarlier')}
                  </button>
                </p>
              )}
              {messages.length === 0 && pending.length === 0 && <p className="muted">{t('thread.empty')}</p>}
              <ol className={styles.messageThread} aria-label={t('thread.messages')} data-testid="message-list">
                {messages.map((m) => {
                  const own = m.author?.id === viewerId;
                  return (
                    <li key={m.id}>
                      <MessageItem
                        message={m}
                        own={own}
                        seenBy={own ? readersOf(m) : []}
                        onReply={
                          thread.viewerCan.post
                            ? () => setReplyTo({ id: m.id, authorName: own ? t('thread.you') : (m.author?.name ?? '?'), excerpt: excerpt(m.body) })
                            : undefined
                        }
                        onEdit={(body) => edit(m.id, body, participants.filter((p) => body.includes(`@${p.name}`)).map((p) => p.id))}
                        onDelete={() => remove(m.id)}
                      />
                    </li>
                  );
                })}
                {pending.map((p) => (
                  <li key={p.clientId}>
                    <article className={`${styles.messageItem} ${styles.isOwn} ${styles.isPending}${p.internal ? ` ${styles.isInternal}` : ''}`} data-testid="pending-message" data-status={p.status}>
                      <header className={styles.messageMeta}>
                        <h3 className={styles.messageAuthor}>{t('thread.you')}</h3>
                        {p.internal && <span className="badge badge-warning">{t('thread.internal')}</span>}
                      </header>
                      {p.body && <MessageText text={p.body} />}
                      {(p.attachmentNames?.length ?? 0) > 0 && (
                        <ul className={styles.attachmentList} aria-label={t('attachments.label')}>
                          {p.attachmentNames!.map((name) => (
                            <li key={name} className={styles.attachment}>
                              <span className={styles.attachmentName}>{name}</span>
                            </li>
                          ))}
                        </ul>
                      )}
                      {p.status === 'waiting' ? (
                        <p className={styles.messageStatus}>{t('offline.waiting')}</p>
                      ) : p.status === 'sending' ? (
                        <p className={styles.messageStatus}>{t('thread.sending')}</p>
                      ) : (
                        <div className={`${styles.messageStatus} ${styles.messageFailed}`} role="alert">
                          <p>{t('thread.failed')}</p>
                          <div className="button-row">
                            <button type="button" className="button button-primary button-small" onClick={() => sender.retry(p.clientId)}>
                              {t('thread.retry')}
                            </button>
                            <button type="button" className="button button-secondary button-small" onClick={() => sender.discard(p.clientId)}>
                              {t('thread.discard')}
                            </button>
                          </div>
                        </div>
                      )}
                    </article>
                  </li>
                ))}
              </ol>
              <div ref={endRef} />
            </>
          )}
          <TypingIndicator names={typing.names} />
          <p className="visually-hidden" aria-live="polite" data-testid="message-announcer">
            {announcement}
          </p>
          {thread.viewerCan.post && (
            <Composer
              threadId={threadId}
              participants={participants}
              viewerId={viewerId}
              canPostInternal={thread.viewerCan.postInternal}
              replyTo={replyTo}
              onCancelReply={() => setReplyTo(null)}
              onSend={send}
              onTyping={onTyping}
            />
          )}
        </section>

        <aside className="thread-side">
          <section className="section" aria-labelledby="thread-participants-heading">
            <h2 id="thread-participants-heading">{t('thread.participants')}</h2>
            {presence.data ? (
              <ul className={styles.participantList} data-testid="participants">
                {participants.map((p) => (
                  <li key={p.id}>
                    <PresenceDot name={p.name} online={p.online} />
                    <span>
                      {p.id === viewerId ? `${p.name} (${t('thread.you')})` : p.name}
                      {p.role && <span className="muted"> · {t(`role.${p.role}`)}</span>}
                    </span>
                  </li>
                ))}
              </ul>
            ) : presence.error ? (
              <InlineError error={presence.error} />
            ) : (
              <Loading />
            )}
          </section>
          <ThreadSettings threadId={threadId} muted={thread.muted} sendReadReceipts={sendReadReceipts} />
        </aside>
      </div>
    </div>
  );
}

/** The viewer's own settings: mute this thread, and read receipts (for all threads). */
function ThreadSettings({ threadId, muted, sendReadReceipts }: { threadId: string; muted: boolean; sendReadReceipts: boolean }) {
  const t = useT();
  const [mute, muteState] = useMutation(MuteThreadDocument);
  const [updateSettings, settingsState] = useMutation(UpdateMessagingSettingsDocument, {
    update(cache, { data }) {
      if (!data) return;
      cache.updateQuery({ query: ThreadPageDocument, variables: { id: threadId } }, (current) =>
        current ? { ...current, messagingSettings: { ...current.messagingSettings, sendReadReceipts: data.updateMessagingSettings.sendReadReceipts } } : current,
      );
    },
  });
  return (
    <section className="section" aria-labelledby="thread-settings-heading">
      <h2 id="thread-settings-heading">{t('thread.settings')}</h2>
      <div className="field field-checkbox">
        <input
          id="thread-mute"
          type="checkbox"
          checked={muted}
          disabled={muteState.loading}
          aria-describedby="thread-mute-hint"
          onChange={(e) => void mute({ variables: { threadId, muted: e.target.checked } }).catch(() => undefined)}
        />
        <label htmlFor="thread-mute">{t('thread.mute')}</label>
      </div>
      <p className="hint" id="thread-mute-hint">
        {t('thread.muteHint')}
      </p>
      <div className="field field-checkbox">
        <input
          id="thread-receipts"
          type="checkbox"
          checked={sendReadReceipts}
          disabled={settingsState.loading}
          aria-describedby="thread-receipts-hint"
          onChange={(e) => void updateSettings({ variables: { sendReadReceipts: e.target.checked } }).catch(() => undefined)}
        />
        <label htmlFor="thread-receipts">{t('thread.readReceipts')}</label>
      </div>
      <p className="hint" id="thread-receipts-hint">
        {t('thread.readReceiptsHint')}
      </p>
      {(muteState.error || settingsState.error) && <InlineError error={muteState.error ?? settingsState.error} />}
    </section>
  );
}

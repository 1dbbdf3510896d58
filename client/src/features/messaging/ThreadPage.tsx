import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useConnection } from '../../app/connection';
import { useT, type Translate } from '../../app/i18n';
import { freshWhenOnline } from '../../app/offline/network';
import { useViewer } from '../../app/viewer';
import type { ThreadPageQuery } from '../../gql/graphql';
import { InlineError, Loading, PageError } from '../../ui/Feedback';
import { usePageTitle } from '../../ui/usePageTitle';
import { Composer, type ComposerReply, type ComposerSend } from './Composer';
import { lastSeq, unconfirmed } from './merge';
import { MessageList } from './MessageList';
import { excerpt } from './MessageItem';
import styles from './messaging.module.css';
import { PresenceDot } from './Presence';
import { isRetryableSendError, type PendingMessage } from './sender';
import { DeleteMessageDocument, EditMessageDocument, SetTypingDocument, ThreadMessageEventsDocument, ThreadPageDocument, unmask } from './threadDocuments';
import { useKeepNewestInView, useMarkRead, usePageVisible, useReaders, useThreadPresence, useTyping } from './threadHooks';
import { sendPendingMessage, threadSender, usePending } from './threadSender';
import { ThreadSettings } from './ThreadSettings';
import { TypingIndicator } from './TypingIndicator';
import { useThreadMessages } from './useThreadMessages';

// The page's documents live in threadDocuments.ts; re-exported for the page's tests and callers.
export {
  DeleteMessageDocument,
  EditMessageDocument,
  MarkThreadReadDocument,
  MuteThreadDocument,
  SendMessageDocument,
  SetTypingDocument,
  ThreadChangesDocument,
  ThreadMessageEventsDocument,
  ThreadMessagesDocument,
  ThreadPageDocument,
  ThreadPresenceDocument,
  ThreadPresenceEventsDocument,
  ThreadReadStateDocument,
  ThreadTypingDocument,
  ThreadView_message,
  UpdateMessagingSettingsDocument,
} from './threadDocuments';

type ThreadInfo = ThreadPageQuery['thread'];

/** The title of a thread: its subject, the household, or the partnership. */
export function threadTitle(thread: { kind: string; subject?: string | null; partnership: { name: string }; household?: { reference: string } | null }, t: Translate): string {
  if (thread.kind === 'SUBJECT' && thread.subject) return thread.subject;
  if (thread.kind === 'HOUSEHOLD' && thread.household) return t('messages.householdThread', { reference: thread.household.reference });
  return t('messages.partnershipThread', { name: thread.partnership.name });
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
  const readersOf = useReaders(threadId, loaded, viewerId);
  const presence = useThreadPresence(threadId, loaded);
  const participants = presence.participants;

  // --- Sending -------------------------------------------------------------------------------
  const { sender, deliver: deliverRef } = useMemo(() => threadSender(threadId, (m: PendingMessage) => sendPendingMessage(client, m)), [client, threadId]);
  useEffect(() => {
    deliverRef.current = (stored) => {
      if (stored) merge([unmask(stored)]);
    };
    return () => {
      deliverRef.current = null;
    };
  }, [deliverRef, merge]);
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
    presence.refresh();
    // Messages that failed for lack of network get another chance now.
    for (const p of sender.pending()) if (p.status === 'failed' && isRetryableSendError(p.error)) sender.retry(p.clientId);
    return undefined;
  }, [epoch, loaded]); // eslint-disable-line react-hooks/exhaustive-deps -- runs on a reconnect (epoch) or the first load only; catchUp, presence and sender change with every render of the thread

  // --- Read state ----------------------------------------------------------------------------
  useMarkRead({ threadId, enabled: loaded, visible, newest: lastSeq(messages), lastReadSeq: thread.viewerLastReadSeq });

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
    sender.submit({
      threadId,
      body: m.body,
      internal: m.internal,
      replyToId: m.replyToId,
      mentionIds: m.mentionIds,
      attachmentIds: m.attachments.map((a) => a.id),
      attachmentNames: m.attachments.map((a) => a.name),
    });
    setReplyTo(null);
  };
  const [editMessage] = useMutation(EditMessageDocument);
  const [deleteMessage] = useMutation(DeleteMessageDocument);
  const edit = async (id: string, body: string) => {
    const mentionIds = participants.filter((p) => body.includes(`@${p.name}`)).map((p) => p.id);
    const { data } = await editMessage({ variables: { input: { id, body, mentionIds } } });
    if (data) merge([unmask(data.editMessage)]);
  };
  const remove = async (id: string) => {
    const { data } = await deleteMessage({ variables: { id } });
    if (data) merge([unmask(data.deleteMessage)]);
  };

  const endRef = useKeepNewestInView(messages.length + pending.length, loaded);

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
              <MessageList
                messages={messages}
                pending={pending}
                viewerId={viewerId}
                readersOf={readersOf}
                onReply={thread.viewerCan.post ? setReplyTo : undefined}
                onEdit={edit}
                onDelete={remove}
                onRetry={(clientId) => sender.retry(clientId)}
                onDiscard={(clientId) => sender.discard(clientId)}
              />
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
            {presence.loaded ? (
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

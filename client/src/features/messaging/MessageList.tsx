import { useT } from '../../app/i18n';
import type { ComposerReply } from './Composer';
import { excerpt, MessageItem } from './MessageItem';
import styles from './messaging.module.css';
import { PendingMessage } from './PendingMessage';
import type { PendingMessage as Pending } from './sender';
import type { ThreadMessage } from './threadDocuments';

export interface MessageListProps {
  messages: readonly ThreadMessage[];
  /** The viewer's own messages not confirmed yet, after the others. */
  pending: readonly Pending[];
  viewerId: string | null;
  /** Who (besides the viewer) has read a message: shown on the viewer's own. */
  readersOf: (m: ThreadMessage) => string[];
  /** Absent when the viewer may not post here. */
  onReply?: (reply: ComposerReply) => void;
  onEdit: (id: string, body: string) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
}

/** The thread's messages in order, then the viewer's own still on their way. */
export function MessageList({ messages, pending, viewerId, readersOf, onReply, onEdit, onDelete, onRetry, onDiscard }: MessageListProps) {
  const t = useT();
  return (
    <ol className={styles.messageThread} aria-label={t('thread.messages')} data-testid="message-list">
      {messages.map((m) => {
        const own = m.author?.id === viewerId;
        return (
          <li key={m.id}>
            <MessageItem
              message={m}
              own={own}
              seenBy={own ? readersOf(m) : []}
              onReply={onReply ? () => onReply({ id: m.id, authorName: own ? t('thread.you') : (m.author?.name ?? '?'), excerpt: excerpt(m.body) }) : undefined}
              onEdit={(body) => onEdit(m.id, body)}
              onDelete={() => onDelete(m.id)}
            />
          </li>
        );
      })}
      {pending.map((p) => (
        <li key={p.clientId}>
          <PendingMessage message={p} onRetry={() => onRetry(p.clientId)} onDiscard={() => onDiscard(p.clientId)} />
        </li>
      ))}
    </ol>
  );
}

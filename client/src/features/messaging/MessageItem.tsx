import { MESSAGE_MAX_LENGTH } from '@partner-hub/shared';
import { useId, useState } from 'react';
import { formatFileSize } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { FormError } from '../../ui/FormError';
import { DateTimeText } from '../../ui/Values';
import { MessageText } from './MessageText';
import styles from './messaging.module.css';

export const MessageItem_message = graphql(`
  fragment MessageItem_message on Message {
    id
    seq
    body
    internal
    edited
    deleted
    removedUnder
    createdAt
    editedAt
    author {
      id
      name
    }
    replyTo {
      id
      body
      deleted
      author {
        id
        name
      }
    }
    mentions {
      id
      name
    }
    viewerCan {
      edit
      delete
    }
    attachments {
      id
      name
      downloadUrl
      latestVersion {
        id
        size
        contentType
        previewUrl
      }
    }
  }
`);

/** The first words of a message, for a quote or a reply preview. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * One message of a thread: who wrote it and when, the message it replies to (quoted), the text
 * (links, line breaks, mentions), "internal note", "edited" or "deleted", "seen by" on the
 * viewer's own messages, and the actions the viewer may take (reply, edit, delete).
 */
export function MessageItem({
  message: ref,
  own,
  seenBy,
  onReply,
  onEdit,
  onDelete,
}: {
  message: FragmentType<typeof MessageItem_message>;
  own: boolean;
  /** Names of the people who read it (the viewer's own messages only). */
  seenBy: readonly string[];
  onReply?: () => void;
  onEdit: (body: string) => Promise<unknown>;
  onDelete: () => Promise<unknown>;
}) {
  const { t, locale } = useI18n();
  const message = getFragmentData(MessageItem_message, ref);
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.body);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const author = own ? t('thread.you') : (message.author?.name ?? '?');
  const mentionNames = message.mentions.map((m) => m.name);

  const save = async () => {
    const body = draft.trim();
    if (!body || body.length > MESSAGE_MAX_LENGTH) return;
    setBusy(true);
    setError(null);
    try {
      await onEdit(body);
      setEditing(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article
      className={`${styles.messageItem}${own ? ` ${styles.isOwn}` : ''}${message.internal ? ` ${styles.isInternal}` : ''}`}
      aria-labelledby={headingId}
      data-testid="message"
      data-seq={message.seq}
    >
      <header className={styles.messageMeta}>
        <h3 id={headingId} className={styles.messageAuthor}>
          {author}
        </h3>
        <DateTimeText iso={message.createdAt} />
        {message.internal && <span className="badge badge-warning">{t('thread.internal')}</span>}
        {message.edited && <span className={styles.messageFlag}>({t('thread.edited')})</span>}
      </header>

      {message.replyTo && (
        <blockquote className={styles.quote} data-testid="quote">
          <p className={styles.quoteAuthor}>{t('thread.quoteOf', { name: message.replyTo.author?.name ?? '?' })}</p>
          <p>{message.replyTo.deleted ? t('thread.deleted') : excerpt(message.replyTo.body)}</p>
        </blockquote>
      )}

      {message.deleted ? (
        <p className={`${styles.messageText} ${styles.messageDeleted}`} data-testid="message-text">
          {message.removedUnder === 'RETENTION' ? t('privacy.message.RETENTION') : message.removedUnder === 'REQUEST' ? t('privacy.message.REQUEST') : t('thread.deleted')}
        </p>
      ) : editing ? (
        <form
          className="message-edit"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="field">
            <label htmlFor={`${headingId}-edit`}>{t('thread.editMessage')}</label>
            <textarea id={`${headingId}-edit`} rows={3} value={draft} maxLength={MESSAGE_MAX_LENGTH} onChange={(e) => setDraft(e.target.value)} />
          </div>
          <FormError error={error} />
          <div className="button-row">
            <button type="submit" className="button button-primary button-small" disabled={busy || !draft.trim()}>
              {t('thread.save')}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setEditing(false)}>
              {t('app.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <MessageText text={message.body} mentionNames={mentionNames} />
      )}

      {!message.deleted && message.attachments.length > 0 && (
        <ul className={styles.attachmentList} aria-label={t('attachments.label')} data-testid="attachments">
          {message.attachments.map((a) => {
            const image = a.latestVersion.contentType.startsWith('image/') && a.latestVersion.previewUrl;
            return (
              <li key={a.id} className={styles.attachment} data-testid="attachment">
                {image && <img className={styles.attachmentPreview} src={a.latestVersion.previewUrl!} alt={t('documents.previewNamed', { name: a.name })} loading="lazy" />}
                <a className={styles.attachmentName} href={a.downloadUrl} download={a.name} aria-label={t('documents.downloadNamed', { name: a.name })}>
                  {a.name}
                </a>
                <span className="muted attachment-size">{formatFileSize(a.latestVersion.size, locale)}</span>
              </li>
            );
          })}
        </ul>
      )}

      {own && seenBy.length > 0 && !message.deleted && (
        <p className={styles.messageSeen} data-testid="seen-by">
          {t('thread.seenBy', { names: seenBy.join(', ') })}
        </p>
      )}

      {!message.deleted && !editing && (
        <div className={styles.messageActions}>
          {onReply && (
            <button type="button" className="link-button" aria-label={t('thread.replyTo', { name: author })} onClick={onReply}>
              {t('thread.reply')}
            </button>
          )}
          {message.viewerCan.edit && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setDraft(message.body);
                setError(null);
                setEditing(true);
              }}
            >
              {t('thread.edit')}
            </button>
          )}
          {message.viewerCan.delete && (
            <ConfirmAction
              small
              triggerLabel={t('thread.delete')}
              question={t('thread.deleteConfirm')}
              confirmLabel={t('thread.deleteYes')}
              onConfirm={async () => {
                setError(null);
                try {
                  await onDelete();
                } catch (e) {
                  setError(e);
                }
              }}
            />
          )}
        </div>
      )}
      {!editing && <FormError error={error} />}
    </article>
  );
}

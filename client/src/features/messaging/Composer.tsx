import { MESSAGE_MAX_LENGTH } from '@partner-hub/shared';
import { useCallback, useEffect, useId, useRef, useState, type DragEvent, type FormEvent, type KeyboardEvent } from 'react';
import { formatFileSize } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { ACCEPTED_FILES } from '../document/categories';
import type { UploadedDocument } from '../document/upload';
import { UploadList } from '../document/UploadList';
import { useUploadQueue } from '../document/useUploadQueue';
import { activeMention, insertMention, mentionedIds, mentionSuggestions, type Mentionable } from './mentions';
import styles from './messaging.module.css';

export interface ComposerReply {
  id: string;
  authorName: string;
  excerpt: string;
}

export interface ComposerSend {
  body: string;
  internal: boolean;
  mentionIds: string[];
  replyToId: string | null;
  /** Uploaded files (pending attachments of the thread) that the send attaches. */
  attachments: { id: string; name: string }[];
}

/** A file uploaded for the next message: its name and size, to show before sending. */
interface ReadyAttachment {
  id: string;
  name: string;
  size: number;
}

/** While typing, "typing" is said again at most every few seconds; after a pause it is taken back. */
const TYPING_REPEAT_MS = 3000;
const TYPING_IDLE_MS = 4000;

/**
 * Writing a message: the text (Enter sends, Shift+Enter a new line), @mentions chosen from the
 * participants (a combobox: arrows, Enter or Tab, Escape), the message it replies to, and for
 * Fedasil staff the "internal note" option. Sending hands the message over at once (the thread
 * shows it as "sending") and empties the field; nothing here waits for the server.
 *
 * Attach: files (picked, or dropped on the composer) are uploaded to the thread at once, each
 * with its progress bar and Cancel; they stay the sender's own until the message that carries
 * them is sent (the API attaches them in the same transaction as the message, so a retry never
 * attaches twice). Send waits for uploads under way.
 */
export function Composer({
  threadId,
  participants,
  viewerId,
  canPostInternal,
  replyTo,
  onCancelReply,
  onSend,
  onTyping,
}: {
  threadId: string;
  participants: readonly Mentionable[];
  viewerId: string | null;
  canPostInternal: boolean;
  replyTo: ComposerReply | null;
  onCancelReply: () => void;
  onSend: (message: ComposerSend) => void;
  /** Typing started or stopped; `internal`: in an internal note (only staff are told). */
  onTyping?: (typing: boolean, internal: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  // Attachments: uploaded as soon as chosen (the existing upload queue), kept until sent.
  const sizes = useRef(new Map<string, number>());
  const [ready, setReady] = useState<ReadyAttachment[]>([]);
  const onUploaded = useCallback((d: UploadedDocument) => setReady((list) => [...list, { id: d.id, name: d.name, size: sizes.current.get(d.name) ?? 0 }]), []);
  const queue = useUploadQueue(onUploaded);
  const uploading = queue.items.some((i) => i.status === 'waiting' || i.status === 'uploading');
  const attach = (files: File[]) => {
    if (!files.length) return;
    for (const f of files) sizes.current.set(f.name, f.size);
    queue.add(files, { threadId, category: 'OTHER' });
  };
  const [dragging, setDragging] = useState(false);
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    if (!event.dataTransfer.files.length) return;
    event.preventDefault();
    setDragging(false);
    attach(Array.from(event.dataTransfer.files));
  };
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [internal, setInternal] = useState(false);
  const [active, setActive] = useState(0);
  const [pickerClosed, setPickerClosed] = useState(false);

  // Typing state, told to the others through onTyping.
  const typingSince = useRef<number | null>(null);
  // Whether the typing told is of an internal note: its stop goes to the same people.
  const typingInternal = useRef(false);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestOnTyping = useRef(onTyping);
  // Kept current after each render (refs are not written while rendering).
  useEffect(() => {
    latestOnTyping.current = onTyping;
  });
  const stopTyping = () => {
    if (idleTimer.current) clearTimeout(idleTimer.current);
    idleTimer.current = null;
    if (typingSince.current !== null) {
      typingSince.current = null;
      latestOnTyping.current?.(false, typingInternal.current);
    }
  };
  const typed = () => {
    const now = Date.now();
    if (typingSince.current === null || now - typingSince.current >= TYPING_REPEAT_MS) {
      typingSince.current = now;
      typingInternal.current = canPostInternal && internal;
      latestOnTyping.current?.(true, typingInternal.current);
    }
    if (idleTimer.current) clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  };
  useEffect(() => () => stopTyping(), []);

  // Focus the field when a reply is chosen.
  useEffect(() => {
    if (replyTo) textareaRef.current?.focus();
  }, [replyTo]);

  const mention = pickerClosed ? null : activeMention(text, caret);
  const suggestions = mention ? mentionSuggestions(participants, mention.query, viewerId) : [];
  const pickerOpen = mention !== null && suggestions.length > 0;
  const listId = `${id}-mentions`;
  const optionId = (index: number) => `${id}-mention-${index}`;

  const change = (value: string, position: number) => {
    setText(value);
    setCaret(position);
    setActive(0);
    setPickerClosed(false);
    if (value.trim()) typed();
    else stopTyping();
  };

  const choose = (person: Mentionable) => {
    if (!mention) return;
    const next = insertMention(text, mention.start, caret, person.name);
    setText(next.text);
    setCaret(next.caret);
    setActive(0);
    setPickerClosed(true);
    requestAnimationFrame(() => {
      const el = textareaRef.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(next.caret, next.caret);
    });
  };

  const tooLong = text.length > MESSAGE_MAX_LENGTH;
  const canSend = (!!text.trim() || ready.length > 0) && !tooLong && !uploading;
  const send = () => {
    const body = text.trim();
    if (!canSend) return;
    onSend({
      body,
      internal: canPostInternal && internal,
      mentionIds: mentionedIds(
        body,
        participants.filter((p) => p.id !== viewerId),
      ),
      replyToId: replyTo?.id ?? null,
      attachments: ready.map(({ id: fileId, name }) => ({ id: fileId, name })),
    });
    setReady([]);
    for (const item of queue.items) queue.dismiss(item.key);
    stopTyping();
    setText('');
    setCaret(0);
    setInternal(false);
    textareaRef.current?.focus();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (pickerOpen) {
      if (event.key === 'Escape') {
        event.preventDefault();
        setPickerClosed(true);
        return;
      }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((a) => (a + step + suggestions.length) % suggestions.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        choose(suggestions[Math.min(active, suggestions.length - 1)]);
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  const startMention = () => {
    const el = textareaRef.current;
    const at = el?.selectionStart ?? text.length;
    const needsSpace = at > 0 && !/\s/.test(text[at - 1]);
    const insert = `${needsSpace ? ' ' : ''}@`;
    change(text.slice(0, at) + insert + text.slice(at), at + insert.length);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + insert.length, at + insert.length);
    });
  };

  return (
    <form
      className={dragging ? `${styles.composer} ${styles.isDragging}` : styles.composer}
      onSubmit={onSubmit}
      aria-label={t('thread.composer')}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {replyTo && (
        <div className={styles.composerReply} data-testid="composer-reply">
          <p className={styles.composerReplyLabel}>{t('thread.replyingTo', { name: replyTo.authorName })}</p>
          <blockquote className={styles.quote}>{replyTo.excerpt}</blockquote>
          <button type="button" className="link-button" onClick={onCancelReply}>
            {t('thread.cancelReply')}
          </button>
        </div>
      )}
      <div className={`field ${styles.composerField}`}>
        <label htmlFor={`${id}-text`}>{t('thread.composer')}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('thread.composerHint')}
        </p>
        <textarea
          id={`${id}-text`}
          ref={textareaRef}
          rows={3}
          value={text}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={pickerOpen}
          aria-controls={listId}
          aria-activedescendant={pickerOpen ? optionId(Math.min(active, suggestions.length - 1)) : undefined}
          aria-describedby={`${id}-hint${tooLong ? ` ${id}-error` : ''}`}
          aria-invalid={tooLong || undefined}
          onChange={(e) => change(e.target.value, e.target.selectionStart ?? e.target.value.length)}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart ?? 0)}
          onKeyDown={onKeyDown}
          onBlur={() => setPickerClosed(true)}
          onFocus={() => setPickerClosed(false)}
        />
        {tooLong && (
          <p className="field-error" id={`${id}-error`}>
            {t('thread.tooLong', { max: MESSAGE_MAX_LENGTH })}
          </p>
        )}
        <ul id={listId} role="listbox" aria-label={t('thread.mentionList')} className={styles.mentionList} hidden={!pickerOpen}>
          {suggestions.map((p, index) => (
            <li
              key={p.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? styles.isActive : undefined}
              onMouseDown={(e) => {
                e.preventDefault(); // keep the focus in the text field
                choose(p);
              }}
            >
              {p.name}
            </li>
          ))}
        </ul>
      </div>
      <UploadList items={queue.items.filter((i) => i.status !== 'done')} onCancel={queue.cancel} onDismiss={queue.dismiss} />
      {ready.length > 0 && (
        <ul className={`${styles.attachmentList} composer-attachments`} aria-label={t('attachments.ready')}>
          {ready.map((a) => (
            <li key={a.id} className={styles.attachment} data-testid="ready-attachment">
              <span className={styles.attachmentName}>{a.name}</span>
              {a.size > 0 && <span className="muted attachment-size">{formatFileSize(a.size, locale)}</span>}
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t('attachments.remove', { name: a.name })}
                onClick={() => setReady((list) => list.filter((r) => r.id !== a.id))}
              >
                {t('attachments.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.composerActions}>
        <button type="button" className="button button-secondary" onClick={startMention}>
          {t('thread.mention')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => fileRef.current?.click()}>
          {t('attachments.attach')}
        </button>
        <input
          ref={fileRef}
          type="file"
          multiple
          hidden
          accept={ACCEPTED_FILES}
          aria-label={t('attachments.files')}
          data-testid="attach-input"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = ''; // the same file may be chosen again
            attach(files);
          }}
        />
        {canPostInternal && (
          <div className="field field-checkbox composer-internal">
            <input
              id={`${id}-internal`}
              type="checkbox"
              checked={internal}
              onChange={(e) => {
                // The typing told so far was for the other audience: stop it; the next key tells the new one.
                stopTyping();
                setInternal(e.target.checked);
              }}
            />
            <label htmlFor={`${id}-internal`}>{t('thread.internalNote')}</label>
          </div>
        )}
        <button type="submit" className="button button-primary" disabled={!canSend}>
          {t('thread.send')}
        </button>
      </div>
    </form>
  );
}

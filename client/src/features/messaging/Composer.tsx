import { MESSAGE_MAX_LENGTH } from '@partner-hub/shared';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useT } from '../../app/i18n';
import { activeMention, insertMention, mentionedIds, mentionSuggestions, type Mentionable } from './mentions';

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
}

/** While typing, "typing" is said again at most every few seconds; after a pause it is taken back. */
const TYPING_REPEAT_MS = 3000;
const TYPING_IDLE_MS = 4000;

/**
 * Writing a message: the text (Enter sends, Shift+Enter a new line), @mentions chosen from the
 * participants (a combobox: arrows, Enter or Tab, Escape), the message it replies to, and for
 * Fedasil staff the "internal note" option. Sending hands the message over at once (the thread
 * shows it as "sending") and empties the field; nothing here waits for the server.
 */
export function Composer({
  participants,
  viewerId,
  canPostInternal,
  replyTo,
  onCancelReply,
  onSend,
  onTyping,
}: {
  participants: readonly Mentionable[];
  viewerId: string | null;
  canPostInternal: boolean;
  replyTo: ComposerReply | null;
  onCancelReply: () => void;
  onSend: (message: ComposerSend) => void;
  onTyping?: (typing: boolean) => void;
}) {
  const t = useT();
  const id = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [internal, setInternal] = useState(false);
  const [active, setActive] = useState(0);
  const [pickerClosed, setPickerClosed] = useState(false);

  // Typing state, told to the others through onTyping.
  const typingSince = useRef<number | null>(null);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestOnTyping = useRef(onTyping);
  latestOnTyping.current = onTyping;
  const stopTyping = () => {
    if (idleTimer.current) clearTimeout(idleTimer.current);
    idleTimer.current = null;
    if (typingSince.current !== null) {
      typingSince.current = null;
      latestOnTyping.current?.(false);
    }
  };
  const typed = () => {
    const now = Date.now();
    if (typingSince.current === null || now - typingSince.current >= TYPING_REPEAT_MS) {
      typingSince.current = now;
      latestOnTyping.current?.(true);
    }
    if (idleTimer.current) clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  };
  useEffect(() => () => stopTyping(), []); // eslint-disable-line react-hooks/exhaustive-deps

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
  const send = () => {
    const body = text.trim();
    if (!body || tooLong) return;
    onSend({ body, internal: canPostInternal && internal, mentionIds: mentionedIds(body, participants.filter((p) => p.id !== viewerId)), replyToId: replyTo?.id ?? null });
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
        choose(suggestions[Math.min(active, suggestions.length - 1)]!);
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
    const needsSpace = at > 0 && !/\s/.test(text[at - 1]!);
    const insert = `${needsSpace ? ' ' : ''}@`;
    change(text.slice(0, at) + insert + text.slice(at), at + insert.length);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + insert.length, at + insert.length);
    });
  };

  return (
    <form className="composer" onSubmit={onSubmit} aria-label={t('thread.composer')}>
      {replyTo && (
        <div className="composer-reply" data-testid="composer-reply">
          <p className="composer-reply-label">{t('thread.replyingTo', { name: replyTo.authorName })}</p>
          <blockquote className="quote">{replyTo.excerpt}</blockquote>
          <button type="button" className="link-button" onClick={onCancelReply}>
            {t('thread.cancelReply')}
          </button>
        </div>
      )}
      <div className="field composer-field">
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
        <ul id={listId} role="listbox" aria-label={t('thread.mentionList')} className="mention-list" hidden={!pickerOpen}>
          {suggestions.map((p, index) => (
            <li
              key={p.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'is-active' : undefined}
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
      <div className="composer-actions">
        <button type="button" className="button button-secondary" onClick={startMention}>
          {t('thread.mention')}
        </button>
        {canPostInternal && (
          <div className="field field-checkbox composer-internal">
            <input id={`${id}-internal`} type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} />
            <label htmlFor={`${id}-internal`}>{t('thread.internalNote')}</label>
          </div>
        )}
        <button type="submit" className="button button-primary" disabled={!text.trim() || tooLong}>
          {t('thread.send')}
        </button>
      </div>
    </form>
  );
}

import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../app/i18n';
import { Composer, type ComposerSend } from './Composer';

const participants = [
  { id: 'u1', name: 'Koen Janssens' },
  { id: 'u2', name: 'Pieter Wouters' },
  { id: 'u3', name: 'Lotte Claes' },
];

function renderComposer(props: Partial<Parameters<typeof Composer>[0]> = {}) {
  const onSend = vi.fn<(m: ComposerSend) => void>();
  const onTyping = vi.fn<(typing: boolean) => void>();
  const onCancelReply = vi.fn();
  render(
    <I18nProvider initialLocale="en">
      <Composer participants={participants} viewerId="u2" canPostInternal={false} replyTo={null} onCancelReply={onCancelReply} onSend={onSend} onTyping={onTyping} {...props} />
    </I18nProvider>,
  );
  const field = screen.getByRole('combobox', { name: 'Your message' }) as HTMLTextAreaElement;
  const type = (value: string) => fireEvent.change(field, { target: { value, selectionStart: value.length } });
  return { onSend, onTyping, onCancelReply, field, type };
}

describe('Composer', () => {
  it('sends with Enter, keeps Shift+Enter for a new line, and empties the field', () => {
    const { onSend, field, type } = renderComposer();
    type('Hello\nsecond line');
    fireEvent.keyDown(field, { key: 'Enter', shiftKey: true });
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onSend).toHaveBeenCalledWith({ body: 'Hello\nsecond line', internal: false, mentionIds: [], replyToId: null });
    expect(field.value).toBe('');
  });

  it('does not send blank text', () => {
    const { onSend, field, type } = renderComposer();
    type('   ');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onSend).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers the participants after "@" (not the viewer) and inserts the chosen one; the send names the mention', () => {
    const { onSend, field, type } = renderComposer();
    type('Thanks @');
    const list = screen.getByRole('listbox', { name: 'People you can mention' });
    expect([...list.querySelectorAll('[role=option]')].map((o) => o.textContent)).toEqual(['Koen Janssens', 'Lotte Claes']);
    type('Thanks @lo');
    expect(field.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(field.value).toBe('Thanks @Lotte Claes ');
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onSend).toHaveBeenCalledWith(expect.objectContaining({ body: 'Thanks @Lotte Claes', mentionIds: ['u3'] }));
  });

  it('moves through the suggestions with the arrow keys and closes them with Escape', () => {
    const { field, type } = renderComposer();
    type('@');
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { name: 'Lotte Claes' }).getAttribute('aria-selected')).toBe('true');
    expect(field.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: 'Lotte Claes' }).id);
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(field.getAttribute('aria-expanded')).toBe('false');
  });

  it('offers "internal note" only to those who may write one', () => {
    renderComposer();
    expect(screen.queryByLabelText('Internal note (Fedasil staff only)')).toBeNull();
  });

  it('sends an internal note when asked, then resets the option', () => {
    const { onSend, field, type } = renderComposer({ canPostInternal: true });
    const box = screen.getByLabelText('Internal note (Fedasil staff only)') as HTMLInputElement;
    fireEvent.click(box);
    type('For us only');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledWith(expect.objectContaining({ body: 'For us only', internal: true }));
    expect(box.checked).toBe(false);
    expect(field.value).toBe('');
  });

  it('shows the message replied to, sends its id, and can cancel the reply', () => {
    const { onSend, onCancelReply, type } = renderComposer({ replyTo: { id: 'm7', authorName: 'Koen Janssens', excerpt: 'Can you call the school?' } });
    expect(screen.getByText('Replying to Koen Janssens')).toBeTruthy();
    expect(screen.getByText('Can you call the school?')).toBeTruthy();
    type('Done.');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledWith(expect.objectContaining({ replyToId: 'm7' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel reply' }));
    expect(onCancelReply).toHaveBeenCalled();
  });

  it('says "typing" while the user types and takes it back after a pause or a send', () => {
    vi.useFakeTimers();
    try {
      const { onTyping, type, field } = renderComposer();
      type('H');
      type('He');
      expect(onTyping.mock.calls).toEqual([[true]]);
      vi.advanceTimersByTime(4000);
      expect(onTyping.mock.calls).toEqual([[true], [false]]);
      type('Hello');
      fireEvent.keyDown(field, { key: 'Enter' });
      expect(onTyping.mock.calls).toEqual([[true], [false], [true], [false]]);
    } finally {
      vi.useRealTimers();
    }
  });
});

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '../../test/fake-xhr';
import { I18nProvider } from '../../app/i18n';
import { Composer, type ComposerSend } from './Composer';

const participants = [
  { id: 'u1', name: 'Koen Janssens' },
  { id: 'u2', name: 'Pieter Wouters' },
  { id: 'u3', name: 'Lotte Claes' },
];

function renderComposer(props: Partial<Parameters<typeof Composer>[0]> = {}) {
  const onSend = vi.fn<(m: ComposerSend) => void>();
  const onTyping = vi.fn<(typing: boolean, internal: boolean) => void>();
  const onCancelReply = vi.fn();
  render(
    <I18nProvider initialLocale="en">
      <Composer threadId="t1" participants={participants} viewerId="u2" canPostInternal={false} replyTo={null} onCancelReply={onCancelReply} onSend={onSend} onTyping={onTyping} {...props} />
    </I18nProvider>,
  );
  const field = screen.getByRole<HTMLTextAreaElement>('combobox', { name: 'Your message' });
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
    expect(onSend).toHaveBeenCalledWith({ body: 'Hello\nsecond line', internal: false, mentionIds: [], replyToId: null, attachments: [] });
    expect(field.value).toBe('');
  });

  it('does not send blank text', () => {
    const { onSend, field, type } = renderComposer();
    type('   ');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Send' }).disabled).toBe(true);
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
    const box = screen.getByLabelText<HTMLInputElement>('Internal note (Fedasil staff only)');
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
      expect(onTyping.mock.calls).toEqual([[true, false]]);
      vi.advanceTimersByTime(4000);
      expect(onTyping.mock.calls).toEqual([
        [true, false],
        [false, false],
      ]);
      type('Hello');
      fireEvent.keyDown(field, { key: 'Enter' });
      expect(onTyping.mock.calls).toEqual([
        [true, false],
        [false, false],
        [true, false],
        [false, false],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("tells typing an internal note as internal (staff only), and stops the other audience's when the box changes", () => {
    const { onTyping, type } = renderComposer({ canPostInternal: true });
    type('Voor');
    expect(onTyping.mock.calls).toEqual([[true, false]]);
    // Switching to an internal note while typing: the public "typing" stops; the next key is internal.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Internal note (Fedasil staff only)' }));
    expect(onTyping.mock.calls).toEqual([
      [true, false],
      [false, false],
    ]);
    type('Voor het OCMW');
    expect(onTyping.mock.calls).toEqual([
      [true, false],
      [false, false],
      [true, true],
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Internal note (Fedasil staff only)' }));
    expect(onTyping.mock.calls.at(-1)).toEqual([false, true]);
  });
});

describe('Composer attachments', () => {
  beforeEach(() => {
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => vi.unstubAllGlobals());

  const pdf = (name: string) => new File(['%PDF-1.4 test'], name, { type: 'application/pdf' });

  it('uploads a picked file to the thread with a progress bar, then sends it with the message', async () => {
    const { onSend, type } = renderComposer();
    expect(screen.getByRole('button', { name: 'Attach files' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Files to attach'), { target: { files: [pdf('verslag.pdf')] } });
    const xhr = FakeXhr.sent[0];
    expect(xhr.url).toBe('/documents?threadId=t1&category=OTHER');
    expect(xhr.headers['X-Partner-Hub-Upload']).toBe('1');
    xhr.progress(5, 10);
    expect(screen.getByRole<HTMLProgressElement>('progressbar', { name: 'Uploading: verslag.pdf' }).value).toBe(50);
    // Send waits for the upload.
    type('Het verslag');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Send' }).disabled).toBe(true);
    await xhr.respond(201, { document: { id: 'd1', name: 'verslag.pdf', category: 'OTHER' } });
    const ready = screen.getByRole('list', { name: 'Attached to your message' });
    expect(within(ready).getByText('verslag.pdf')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledWith(expect.objectContaining({ body: 'Het verslag', attachments: [{ id: 'd1', name: 'verslag.pdf' }] }));
    expect(screen.queryByRole('list', { name: 'Attached to your message' })).toBeNull();
  });

  it('sends a file without text, and lets a file be removed before sending', async () => {
    const { onSend } = renderComposer();
    fireEvent.change(screen.getByLabelText('Files to attach'), { target: { files: [pdf('a.pdf'), pdf('b.pdf')] } });
    await FakeXhr.sent[0].respond(201, { document: { id: 'da', name: 'a.pdf', category: 'OTHER' } });
    await FakeXhr.sent[1].respond(201, { document: { id: 'db', name: 'b.pdf', category: 'OTHER' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove: a.pdf' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledWith(expect.objectContaining({ body: '', attachments: [{ id: 'db', name: 'b.pdf' }] }));
  });

  it('cancels an upload under way; a refused file says why and is not sent', async () => {
    const { onSend, type } = renderComposer();
    fireEvent.change(screen.getByLabelText('Files to attach'), { target: { files: [pdf('groot.pdf'), pdf('virus.pdf')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel: groot.pdf' }));
    expect(FakeXhr.sent[0].aborted).toBe(true);
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(2));
    await FakeXhr.sent[1].respond(415, { error: { code: 'FILE_TYPE_NOT_ALLOWED', message: 'no' } });
    expect(screen.getByRole('alert').textContent).toMatch(/not accepted|not allowed/i);
    type('Zonder bijlage');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledWith(expect.objectContaining({ body: 'Zonder bijlage', attachments: [] }));
  });

  it('uploads files dropped on the composer', () => {
    renderComposer();
    const form = screen.getByRole('form', { name: 'Your message' });
    fireEvent.drop(form, { dataTransfer: { files: [pdf('gesleept.pdf')], types: ['Files'] } });
    expect(FakeXhr.sent.map((x) => x.url)).toEqual(['/documents?threadId=t1&category=OTHER']);
  });
});

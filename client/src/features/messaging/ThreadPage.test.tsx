import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { type Mocks, renderPage } from '../../test/render';
import {
  DeleteMessageDocument,
  EditMessageDocument,
  MarkThreadReadDocument,
  MuteThreadDocument,
  UpdateMessagingSettingsDocument,
  SendMessageDocument,
  SetTypingDocument,
  ThreadChangesDocument,
  ThreadMessageEventsDocument,
  ThreadMessagesDocument,
  ThreadPage,
  ThreadPageDocument,
  ThreadPresenceDocument,
  ThreadPresenceEventsDocument,
  ThreadReadStateDocument,
  ThreadTypingDocument,
} from './ThreadPage';
import { resetThreadSenders } from './threadSender';
import { UnreadMessageCountDocument } from './unread';

afterEach(() => resetThreadSenders());

const route = { path: '/messages/:threadId', route: '/messages/t-1' };
const user = (id: string, name: string) => ({ __typename: 'User' as const, id, name });
const ME = user('u-1', 'Ann Admin');
const KOEN = user('u-2', 'Koen Janssens');

function message(seq: number, body: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Message' as const,
    id: `m-${seq}`,
    seq,
    changeSeq: seq,
    clientId: null,
    body,
    internal: false,
    edited: false,
    deleted: false,
    removedUnder: null,
    createdAt: new Date(Date.UTC(2026, 10, 24, 10, seq)).toISOString(),
    editedAt: null,
    author: KOEN,
    seenBy: [] as ReturnType<typeof user>[],
    replyTo: null,
    mentions: [] as ReturnType<typeof user>[],
    viewerCan: { __typename: 'MessageViewerCan' as const, edit: false, delete: false },
    attachments: [] as ReturnType<typeof attachment>[],
    ...overrides,
  };
}

function attachment(id: string, name: string, contentType = 'application/pdf', size = 2048) {
  const preview = contentType === 'application/pdf' || contentType.startsWith('image/');
  return {
    __typename: 'Document' as const,
    id,
    name,
    downloadUrl: `/documents/${id}/download`,
    latestVersion: { __typename: 'DocumentVersion' as const, id: `${id}-v1`, size, contentType, previewUrl: preview ? `/documents/${id}/download?version=1&inline=1` : null },
  };
}

function threadMock(overrides: Record<string, unknown> = {}) {
  return {
    request: { query: ThreadPageDocument, variables: { id: 't-1' } },
    result: {
      data: {
        thread: {
          __typename: 'Thread' as const,
          id: 't-1',
          kind: 'SUBJECT' as const,
          subject: 'School enrolment',
          muted: false,
          viewerLastReadSeq: 3,
          unreadCount: 0,
          partnership: { __typename: 'Partnership' as const, id: 'p-1', name: 'Onthaalgroep Mechelen' },
          household: null,
          viewerCan: { __typename: 'ThreadViewerCan' as const, post: true, postInternal: false },
          ...overrides,
        },
        messagingSettings: { __typename: 'MessagingSettings' as const, sendReadReceipts: true },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const firstPage = (messages: unknown[]) => ({
  request: { query: ThreadMessagesDocument, variables: { threadId: 't-1', limit: 50 } },
  result: { data: { messages: { __typename: 'MessagePage' as const, hasMore: false, messages } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** Catch-up answers (after the last seq / changeSeq): nothing new unless a test says otherwise. */
const noCatchUp = [
  {
    request: { query: ThreadMessagesDocument, variables: () => true },
    result: { data: { messages: { __typename: 'MessagePage' as const, hasMore: false, messages: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: ThreadChangesDocument, variables: () => true },
    result: { data: { threadChanges: { __typename: 'ThreadChanges' as const, hasMore: false, messages: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

const presenceMock = {
  request: { query: ThreadPresenceDocument, variables: { threadId: 't-1' } },
  result: {
    data: {
      threadPresence: [
        { __typename: 'Presence' as const, online: true, lastSeenAt: null, user: { ...KOEN, role: 'CONTACT_PERSON' as const } },
        { __typename: 'Presence' as const, online: true, lastSeenAt: null, user: { ...ME, role: 'VOLUNTEER' as const } },
        { __typename: 'Presence' as const, online: false, lastSeenAt: null, user: { ...user('u-3', 'Lotte Claes'), role: 'COORDINATOR' as const } },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Subscriptions that stay open without events, and the small mutations the view makes by itself. */
const quiet = [
  ...[ThreadMessageEventsDocument, ThreadTypingDocument, ThreadReadStateDocument, ThreadPresenceEventsDocument].map((query) => ({
    request: { query, variables: () => true },
    result: { data: null },
    delay: 60_000,
    maxUsageCount: Number.POSITIVE_INFINITY,
  })),
  {
    request: { query: MarkThreadReadDocument, variables: () => true },
    result: (v: { seq: number }) => ({ data: { markThreadRead: { __typename: 'Thread' as const, id: 't-1', unreadCount: 0, viewerLastReadSeq: v.seq } } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  { request: { query: UnreadMessageCountDocument }, result: { data: { unreadMessageCount: 0 } }, maxUsageCount: Number.POSITIVE_INFINITY },
  { request: { query: SetTypingDocument, variables: () => true }, result: { data: { setTyping: true } }, maxUsageCount: Number.POSITIVE_INFINITY },
];

function renderThread(mocks: Mocks) {
  return renderPage(<ThreadPage />, { ...route, mocks: [viewerMock('VOLUNTEER'), ...mocks, ...noCatchUp, presenceMock, ...quiet] });
}

const texts = () => screen.getAllByTestId('message').map((m) => m.querySelector('[data-testid=message-text]')?.textContent);

describe('ThreadPage attachments', () => {
  it('shows the attachments of a message: name, size, download link, and a preview for images', async () => {
    renderThread([
      threadMock(),
      firstPage([
        message(1, 'Het huurcontract en een foto', { attachments: [attachment('d-1', 'huurcontract.pdf'), attachment('d-2', 'woning.png', 'image/png', 1_572_864)] }),
        message(2, 'Zonder bijlage'),
      ]),
    ]);
    const list = await screen.findByRole('list', { name: 'Attachments' });
    const items = within(list).getAllByTestId('attachment');
    expect(items).toHaveLength(2);
    const pdf = within(items[0]).getByRole('link', { name: 'Download: huurcontract.pdf' });
    expect(pdf.getAttribute('href')).toBe('/documents/d-1/download');
    expect(pdf.hasAttribute('download')).toBe(true);
    expect(items[0].textContent).toMatch(/2 kB/);
    expect(within(items[0]).queryByRole('img')).toBeNull();
    const img = within(items[1]).getByRole('img', { name: 'Preview: woning.png' });
    expect(img.getAttribute('src')).toBe('/documents/d-2/download?version=1&inline=1');
    expect(items[1].textContent).toMatch(/1[.,]5 MB/);
    // One list only: the message without files has none.
    expect(screen.getAllByRole('list', { name: 'Attachments' })).toHaveLength(1);
  });

  it('sends the uploaded files with the message and shows their names while it is sending', async () => {
    const sent: unknown[] = [];
    renderThread([
      threadMock(),
      firstPage([message(1, 'Hallo')]),
      {
        request: { query: SendMessageDocument, variables: () => true },
        result: (v: { input: { clientId: string; body: string; attachmentIds: string[] } }) => {
          sent.push(v.input);
          return { data: { sendMessage: message(2, v.input.body, { id: 'm-new', clientId: v.input.clientId, author: ME, attachments: [attachment('d-9', 'verslag.pdf')] }) } };
        },
        delay: 200,
      },
    ]);
    await screen.findByText('Hallo');
    const { FakeXhr } = await import('../../test/fake-xhr');
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    try {
      fireEvent.change(screen.getByLabelText('Files to attach'), { target: { files: [new File(['%PDF-1.4'], 'verslag.pdf', { type: 'application/pdf' })] } });
      expect(FakeXhr.sent[0].url).toBe('/documents?threadId=t-1&category=OTHER');
      await FakeXhr.sent[0].respond(201, { document: { id: 'd-9', name: 'verslag.pdf', category: 'OTHER' } });
      fireEvent.click(screen.getByRole('button', { name: 'Send' }));
      const pending = await screen.findByTestId('pending-message');
      expect(within(pending).getByText('verslag.pdf')).toBeTruthy();
      await waitFor(() => expect(sent).toHaveLength(1));
      expect(sent[0]).toMatchObject({ threadId: 't-1', body: '', attachmentIds: ['d-9'] });
      const link = await screen.findByRole('link', { name: 'Download: verslag.pdf' });
      expect(link.getAttribute('href')).toBe('/documents/d-9/download');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('ThreadPage', () => {
  it('shows the messages in seq order with edited, deleted and internal marks, replies quoted and "seen by" on own messages', async () => {
    renderThread([
      threadMock(),
      firstPage([
        message(1, 'Welcome to the conversation'),
        message(2, 'Thanks! See https://example.org', { author: ME, seenBy: [KOEN], viewerCan: { __typename: 'MessageViewerCan', edit: true, delete: true } }),
        message(3, 'Corrected text', {
          edited: true,
          editedAt: '2026-11-24T10:09:00.000Z',
          replyTo: { __typename: 'Message', id: 'm-2', body: 'Thanks! See https://example.org', deleted: false, author: ME },
        }),
        message(4, '', { deleted: true }),
      ]),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'School enrolment' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('message')).toHaveLength(4));
    expect(texts()).toEqual(['Welcome to the conversation', 'Thanks! See https://example.org', 'Corrected text', 'This message was deleted.']);
    const [first, own, edited, deleted] = screen.getAllByTestId('message') as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).getByRole('heading', { name: 'Koen Janssens' })).toBeTruthy();
    expect(within(own).getByRole('heading', { name: 'You' })).toBeTruthy();
    expect(within(own).getByTestId('seen-by').textContent).toBe('Seen by Koen Janssens');
    expect(within(own).getByRole('link', { name: 'https://example.org' }).getAttribute('rel')).toBe('noopener noreferrer');
    expect(within(own).getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(within(first).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(edited).getByText('(edited)')).toBeTruthy();
    expect(within(edited).getByTestId('quote').textContent).toContain('Quote of Ann Admin');
    expect(within(deleted).queryByRole('button', { name: /Reply/ })).toBeNull();
    // No internal notes option for a volunteer; presence of the participants.
    expect(screen.queryByLabelText('Internal note (Fedasil staff only)')).toBeNull();
    // Presence is its own query: wait for its answer.
    const participants = within(await screen.findByTestId('participants'));
    expect(await participants.findByText('Koen Janssens is online')).toBeTruthy();
    expect(participants.getByText('Lotte Claes is offline')).toBeTruthy();
    // The contact person's presence also at the top of the thread.
    expect(within(screen.getByRole('list', { name: 'Contact person' })).getByText('Koen Janssens is online')).toBeTruthy();
  });

  it('marks an internal note, and offers writing one to Fedasil staff', async () => {
    renderThread([threadMock({ viewerCan: { __typename: 'ThreadViewerCan', post: true, postInternal: true } }), firstPage([message(1, 'Only for us', { internal: true })])]);
    const note = await screen.findByTestId('message');
    expect(within(note).getByText('Internal note')).toBeTruthy();
    expect(screen.getByLabelText('Internal note (Fedasil staff only)')).toBeTruthy();
  });

  it('adds a live message once, in order, and announces it', async () => {
    const event = {
      request: { query: ThreadMessageEventsDocument, variables: { threadId: 't-1' } },
      result: { data: { messageEvents: { __typename: 'MessageEvent' as const, kind: 'ADDED' as const, threadId: 't-1', message: message(3, 'Arrived live') } } },
      delay: 20,
    };
    renderThread([threadMock(), firstPage([message(1, 'one'), message(2, 'two')]), event]);
    await waitFor(() => expect(texts()).toEqual(['one', 'two', 'Arrived live']));
    expect(screen.getByTestId('message-announcer').textContent).toBe('New message from Koen Janssens: Arrived live');
  });

  it('catches up after the events it missed, without duplicates', async () => {
    const catchUp = {
      request: { query: ThreadMessagesDocument, variables: { threadId: 't-1', afterSeq: 2, limit: 200 } },
      result: { data: { messages: { __typename: 'MessagePage' as const, hasMore: false, messages: [message(2, 'two'), message(3, 'three'), message(4, 'four')] } } },
    };
    renderThread([threadMock(), firstPage([message(1, 'one'), message(2, 'two')]), catchUp]);
    await waitFor(() => expect(texts()).toEqual(['one', 'two']));
    // The view asks once after opening (events sent while its subscription was being set up).
    await waitFor(() => expect(texts()).toEqual(['one', 'two', 'three', 'four']), { timeout: 4000 });
  });

  it('shows a sent message at once as "sending", then once as stored, with the same client id', async () => {
    const sent: { clientId: string; body: string }[] = [];
    const sendMock = {
      request: { query: SendMessageDocument, variables: () => true },
      delay: 50,
      result: (v: { input: { clientId: string; body: string } }) => {
        sent.push(v.input);
        return { data: { sendMessage: message(3, v.input.body, { id: 'm-3', author: ME, clientId: v.input.clientId }) } };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderThread([threadMock(), firstPage([message(1, 'one'), message(2, 'two')]), sendMock]);
    const field = await screen.findByRole('combobox', { name: 'Your message' });
    await waitFor(() => expect(screen.getAllByTestId('message')).toHaveLength(2));
    fireEvent.change(field, { target: { value: 'On my way' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    const pending = screen.getByTestId('pending-message');
    expect(pending.textContent).toContain('On my way');
    expect(pending.textContent).toContain('Sending…');
    await waitFor(() => expect(screen.queryByTestId('pending-message')).toBeNull());
    expect(texts()).toEqual(['one', 'two', 'On my way']);
    expect(sent).toHaveLength(1);
    expect(sent[0].clientId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows a refused message as not sent, with a manual retry that keeps its client id', async () => {
    const clientIds: string[] = [];
    let refuse = true;
    const sendMock = {
      request: { query: SendMessageDocument, variables: () => true },
      result: (v: { input: { clientId: string; body: string } }) => {
        clientIds.push(v.input.clientId);
        if (refuse) return { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] };
        return { data: { sendMessage: message(2, v.input.body, { author: ME, clientId: v.input.clientId }) } };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderThread([threadMock(), firstPage([message(1, 'one')]), sendMock]);
    const field = await screen.findByRole('combobox', { name: 'Your message' });
    fireEvent.change(field, { target: { value: 'Hello?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    const failed = await screen.findByRole('alert');
    expect(failed.textContent).toContain('Not sent.');
    refuse = false;
    fireEvent.click(within(failed).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(texts()).toEqual(['one', 'Hello?']));
    expect(screen.queryByTestId('pending-message')).toBeNull();
    expect(clientIds).toHaveLength(2);
    expect(clientIds[1]).toBe(clientIds[0]);
  });

  it('marks the thread read up to the newest message it shows', async () => {
    const marked = vi.fn((v: { seq: number }) => ({ data: { markThreadRead: { __typename: 'Thread' as const, id: 't-1', unreadCount: 0, viewerLastReadSeq: v.seq } } }));
    renderThread([
      threadMock({ viewerLastReadSeq: 1, unreadCount: 2 }),
      firstPage([message(1, 'one'), message(2, 'two'), message(3, 'three')]),
      { request: { query: MarkThreadReadDocument, variables: { threadId: 't-1', seq: 3 } }, result: marked },
    ]);
    await waitFor(() => expect(marked).toHaveBeenCalledTimes(1));
    expect(marked.mock.calls[0][0]).toEqual({ threadId: 't-1', seq: 3 });
  });

  it('edits and deletes the viewer’s own message; both show as such', async () => {
    const own = { author: ME, viewerCan: { __typename: 'MessageViewerCan' as const, edit: true, delete: true } };
    const edited = vi.fn(() => ({ data: { editMessage: message(2, 'Tomorrow at 10', { ...own, edited: true, changeSeq: 5, editedAt: '2026-11-24T10:30:00.000Z' }) } }));
    const deleted = vi.fn(() => ({
      data: { deleteMessage: message(2, '', { ...own, deleted: true, changeSeq: 6, viewerCan: { __typename: 'MessageViewerCan' as const, edit: false, delete: false } }) },
    }));
    renderThread([
      threadMock(),
      firstPage([message(1, 'When?'), message(2, 'Tomorrow at 9', own)]),
      { request: { query: EditMessageDocument, variables: { input: { id: 'm-2', body: 'Tomorrow at 10', mentionIds: [] } } }, result: edited },
      { request: { query: DeleteMessageDocument, variables: { id: 'm-2' } }, result: deleted },
    ]);
    await waitFor(() => expect(screen.getAllByTestId('message')).toHaveLength(2));
    const mine = () => screen.getAllByTestId('message')[1];
    fireEvent.click(within(mine()).getByRole('button', { name: 'Edit' }));
    const field = within(mine()).getByLabelText('Edit your message');
    fireEvent.change(field, { target: { value: 'Tomorrow at 10' } });
    fireEvent.click(within(mine()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(texts()).toEqual(['When?', 'Tomorrow at 10']));
    expect(within(mine()).getByText('(edited)')).toBeTruthy();
    fireEvent.click(within(mine()).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(mine()).getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(texts()).toEqual(['When?', 'This message was deleted.']));
    expect(within(mine()).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(edited).toHaveBeenCalledTimes(1);
    expect(deleted).toHaveBeenCalledTimes(1);
  });

  it('loads earlier messages on demand, before the first one shown', async () => {
    const earlier = {
      request: { query: ThreadMessagesDocument, variables: { threadId: 't-1', beforeSeq: 51, limit: 50 } },
      result: { data: { messages: { __typename: 'MessagePage' as const, hasMore: false, messages: [message(49, 'forty-nine'), message(50, 'fifty')] } } },
    };
    renderThread([
      threadMock(),
      {
        ...firstPage([message(51, 'fifty-one'), message(52, 'fifty-two')]),
        result: { data: { messages: { __typename: 'MessagePage' as const, hasMore: true, messages: [message(51, 'fifty-one'), message(52, 'fifty-two')] } } },
      },
      earlier,
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Show earlier messages' }));
    await waitFor(() => expect(texts()).toEqual(['forty-nine', 'fifty', 'fifty-one', 'fifty-two']));
    expect(screen.queryByRole('button', { name: 'Show earlier messages' })).toBeNull();
  });

  it('mutes the thread and stops read receipts', async () => {
    const muted = vi.fn(() => ({ data: { muteThread: { __typename: 'Thread' as const, id: 't-1', muted: true } } }));
    const receipts = vi.fn(() => ({ data: { updateMessagingSettings: { __typename: 'MessagingSettings' as const, sendReadReceipts: false } } }));
    renderThread([
      threadMock(),
      firstPage([message(1, 'one')]),
      { request: { query: MuteThreadDocument, variables: { threadId: 't-1', muted: true } }, result: muted },
      { request: { query: UpdateMessagingSettingsDocument, variables: { sendReadReceipts: false } }, result: receipts },
    ]);
    const mute = await screen.findByLabelText<HTMLInputElement>('Mute this conversation');
    const send = screen.getByLabelText<HTMLInputElement>('Send read receipts');
    expect(mute.checked).toBe(false);
    expect(send.checked).toBe(true);
    fireEvent.click(mute);
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Mute this conversation').checked).toBe(true));
    fireEvent.click(send);
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Send read receipts').checked).toBe(false));
    expect(muted).toHaveBeenCalledTimes(1);
    expect(receipts).toHaveBeenCalledTimes(1);
  });

  it('says "not found" for a thread the viewer may not see', async () => {
    renderPage(<ThreadPage />, {
      ...route,
      mocks: [viewerMock('VOLUNTEER'), { request: { query: ThreadPageDocument, variables: { id: 't-1' } }, result: { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] } }],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});

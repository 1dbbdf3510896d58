import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { InboxDocument, InboxPage, StartThreadDocument, StartThreadPartnershipsDocument } from './InboxPage';
import { InboxMessageEventsDocument, InboxReadStateEvents } from './unread';

const user = (id: string, name: string) => ({ __typename: 'User' as const, id, name });
const partnership = { __typename: 'Partnership' as const, id: 'p-1', name: 'Onthaalgroep Mechelen' };

function thread(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Thread' as const,
    id,
    kind: 'SUBJECT' as const,
    subject: `Subject ${id}`,
    unreadCount: 0,
    muted: false,
    lastActivityAt: '2026-11-24T10:00:00.000Z',
    partnership,
    household: null,
    lastMessage: null,
    ...overrides,
  };
}

const inbox = (threads: unknown[]) => ({
  request: { query: InboxDocument, variables: { first: 30 } },
  result: {
    data: {
      threads: {
        __typename: 'ThreadConnection' as const,
        edges: threads.map((node, i) => ({ __typename: 'ThreadEdge' as const, cursor: `c${i}`, node })),
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        totalCount: threads.length,
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const partnerships = {
  request: { query: StartThreadPartnershipsDocument },
  result: {
    data: {
      partnerships: {
        __typename: 'PartnershipConnection' as const,
        edges: [{ __typename: 'PartnershipEdge' as const, cursor: 'c', node: partnership }],
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        totalCount: 1,
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const quiet = [InboxMessageEventsDocument, InboxReadStateEvents].map((query) => ({ request: { query }, result: { data: null }, delay: 60_000, maxUsageCount: Number.POSITIVE_INFINITY }));

describe('InboxPage', () => {
  it('lists the threads with their title, partnership, last message and unread count', async () => {
    renderPage(<InboxPage />, {
      path: '/messages',
      route: '/messages',
      mocks: [
        viewerMock('VOLUNTEER'),
        inbox([
          thread('t-1', { unreadCount: 2, lastMessage: { __typename: 'Message', id: 'm-1', body: 'Line one\nline two <b>', deleted: false, internal: false, author: user('u-2', 'Koen Janssens') } }),
          thread('t-2', { kind: 'PARTNERSHIP', subject: null, lastMessage: { __typename: 'Message', id: 'm-2', body: '', deleted: true, internal: false, author: user('u-1', 'Ann Admin') } }),
          thread('t-3', { kind: 'HOUSEHOLD', subject: null, household: { __typename: 'Household', id: 'h-1', reference: 'HH-2026-0004' }, muted: true }),
        ]),
        partnerships,
        ...quiet,
      ],
    });
    const rows = await screen.findAllByTestId('thread-row');
    expect(rows).toHaveLength(3);
    const [first, second, third] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).getByRole('link', { name: 'Subject t-1' }).getAttribute('href')).toBe('/messages/t-1');
    expect(within(first).getByTestId('thread-unread').textContent).toBe('2 2 unread');
    expect(first.textContent).toContain('Koen Janssens: Line one line two <b>');
    expect(first.querySelector('b')).toBeNull();
    expect(within(second).getByRole('link', { name: 'Onthaalgroep Mechelen: conversation' })).toBeTruthy();
    // "You" once the viewer is known: that query may answer after the inbox's.
    await waitFor(() => expect(second.textContent).toContain('You: Message deleted'));
    expect(within(second).queryByTestId('thread-unread')).toBeNull();
    expect(within(third).getByRole('link', { name: 'Conversation about household HH-2026-0004' })).toBeTruthy();
    expect(third.textContent).toContain('Muted');
  });

  it('starts a thread with a subject in the viewer’s partnership and opens it', async () => {
    const started = vi.fn(() => ({ data: { startThread: thread('t-9', { subject: 'Housing' }) } }));
    const { router } = renderPage(<InboxPage />, {
      path: '/messages',
      route: '/messages',
      mocks: [
        viewerMock('VOLUNTEER'),
        inbox([]),
        partnerships,
        { request: { query: StartThreadDocument, variables: { input: { partnershipId: 'p-1', subject: 'Housing' } } }, result: started },
        ...quiet,
      ],
    });
    expect(await screen.findByText('No conversations yet.')).toBeTruthy();
    const subject = await screen.findByLabelText('Subject');
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a subject.');
    fireEvent.change(subject, { target: { value: 'Housing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(started).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(router.state.location.pathname).toBe('/messages/t-9'));
  });
});

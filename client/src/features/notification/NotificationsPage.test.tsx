import { NOTIFICATION_KINDS } from '@partner-hub/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DICTIONARIES } from '../../app/i18n';
import { notification, viewerMock } from '../../test/fixtures';
import { type Mocks, renderPage } from '../../test/render';
import { notificationHref } from './links';
import { NotificationBellDocument } from './NotificationBell';
import { MarkNotificationReadDocument } from './NotificationItem';
import { NotificationPreferencesDocument, SetNotificationPreferenceDocument } from './NotificationPreferences';
import { MarkAllNotificationsReadDocument, NotificationsDocument, NotificationsPage } from './NotificationsPage';

const list = (nodes: ReturnType<typeof notification>[], hasNextPage = false) => ({
  request: { query: NotificationsDocument, variables: { first: 20 } },
  result: {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        edges: nodes.map((node) => ({ __typename: 'NotificationEdge', cursor: `c-${node.id}`, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.length ? `c-${nodes.at(-1)!.id}` : null },
        totalCount: nodes.length,
      },
    },
  },
});

const countMock = (count: number) => ({ request: { query: NotificationBellDocument }, result: { data: { unreadNotificationCount: count } } });

const preferences = (off: string[] = []) => ({
  request: { query: NotificationPreferencesDocument },
  result: {
    data: { notificationPreferences: NOTIFICATION_KINDS.map((kind) => ({ __typename: 'NotificationPreferenceSetting', kind, enabled: !off.includes(kind) })) },
  },
});

const NOTIFICATIONS = [
  notification('n-1', { kind: 'FEEDBACK_SENT_BACK', sourceType: 'FEEDBACK_ROUND', sourceId: 'r-1', partnershipId: 'p-1', excerpt: 'Say more about the school.' }),
  notification('n-2', { kind: 'MENTION', sourceType: 'THREAD', sourceId: 't-7', excerpt: '@Ann can you call the OCMW?' }),
  notification('n-3', { kind: 'FEEDBACK_DUE', sourceType: 'FEEDBACK_ROUND', sourceId: 'r-2', actor: null, readAt: '2026-03-02T11:00:00.000Z' }),
  notification('n-4', { kind: 'MEETING_INVITED', sourceType: 'MEETING', sourceId: 'm-1', excerpt: 'Evaluation meeting', readAt: '2026-03-02T11:00:00.000Z' }),
];

function render(mocks: Mocks) {
  return renderPage(<NotificationsPage />, { path: '/notifications', route: '/notifications', mocks: [viewerMock('COORDINATOR'), ...mocks] });
}

describe('NotificationsPage', () => {
  it('lists notifications in words: what happened, who, an excerpt, when; unread ones marked', async () => {
    render([list(NOTIFICATIONS), countMock(2), preferences()]);
    const items = await screen.findAllByTestId('notification');
    expect(items).toHaveLength(4);
    expect(within(items[0]).getByRole('link').textContent).toBe('Carl Contact sent a feedback round back');
    expect(within(items[0]).getByText('Say more about the school.')).toBeTruthy();
    expect(within(items[0]).getByText('(Unread)', { exact: false })).toBeTruthy();
    expect(items[0].querySelector('time')?.getAttribute('dateTime')).toBe('2026-03-02T10:00:00.000Z');
    expect(within(items[1]).getByRole('link').textContent).toBe('Carl Contact mentioned you');
    // The hub itself (no actor): no name.
    expect(within(items[2]).getByRole('link').textContent).toBe('A feedback round is due');
    expect(items[2].getAttribute('data-unread')).toBeNull();
    expect((await screen.findByTestId('unread-count')).textContent).toBe('2 unread');
  });

  it('says nothing of the unread count before it is known (not "Everything is read")', async () => {
    render([list(NOTIFICATIONS), { ...countMock(2), delay: Infinity }, preferences()]);
    expect(await screen.findAllByTestId('notification')).toHaveLength(4);
    expect(screen.queryByTestId('unread-count')).toBeNull();
    expect(screen.queryByText('Everything is read.')).toBeNull();
  });

  it('opens the source of each kind', async () => {
    render([list(NOTIFICATIONS), countMock(2), preferences()]);
    const links = (await screen.findAllByTestId('notification')).map((item) => within(item).getByRole('link').getAttribute('href'));
    expect(links).toEqual(['/partnerships/p-1?round=r-1#feedback', '/messages/t-7', '/partnerships/p-1?round=r-2#feedback', '/meetings/m-1']);
    expect(notificationHref({ sourceType: 'ACTION_ITEM', sourceId: 'a-1', meetingId: 'm-2' })).toBe('/meetings/m-2');
    expect(notificationHref({ sourceType: 'ACTION_ITEM', sourceId: 'a-1' })).toBe('/');
    expect(notificationHref({ sourceType: 'HOUSEHOLD', sourceId: 'h-1' })).toBe('/households/h-1');
    expect(notificationHref({ sourceType: 'FEEDBACK_ROUND', sourceId: 'r-1', partnershipId: null })).toBe('/');
  });

  it('opens the meeting of an action item given to the reader', async () => {
    render([
      list([notification('n-5', { kind: 'ACTION_ITEM_ASSIGNED', sourceType: 'MEETING', sourceId: 'm-3', excerpt: 'Book the room (2027-01-10) — Evaluation Mechelen' })]),
      countMock(1),
      preferences(),
    ]);
    const [item] = await screen.findAllByTestId('notification');
    const link = within(item).getByRole('link');
    expect(link.textContent).toBe('Carl Contact gave you an action item');
    expect(link.getAttribute('href')).toBe('/meetings/m-3');
    expect(within(item).getByText('Book the room (2027-01-10) — Evaluation Mechelen')).toBeTruthy();
  });

  it('marks a notification read when it is opened, and the badge is counted again', async () => {
    const read = vi.fn(() => ({ data: { markNotificationRead: { __typename: 'Notification', id: 'n-2', readAt: '2026-03-03T08:00:00.000Z' } } }));
    const { router } = render([list(NOTIFICATIONS), countMock(2), preferences(), { request: { query: MarkNotificationReadDocument, variables: { id: 'n-2' } }, result: read }, countMock(1)]);
    const items = await screen.findAllByTestId('notification');
    fireEvent.click(within(items[1]).getByRole('link'));
    await waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    expect(router.state.location.pathname).toBe('/messages/t-7');
  });

  it('does not mark a read notification again', async () => {
    const read = vi.fn(() => ({ data: { markNotificationRead: { __typename: 'Notification', id: 'n-4', readAt: '2026-03-02T11:00:00.000Z' } } }));
    const { router } = render([list(NOTIFICATIONS), countMock(2), preferences(), { request: { query: MarkNotificationReadDocument, variables: { id: 'n-4' } }, result: read }]);
    const items = await screen.findAllByTestId('notification');
    fireEvent.click(within(items[3]).getByRole('link'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/meetings/m-1'));
    expect(read).not.toHaveBeenCalled();
  });

  it('marks everything read', async () => {
    const all = vi.fn(() => ({ data: { markAllNotificationsRead: 2 } }));
    const allRead = NOTIFICATIONS.map((n) => ({ ...n, readAt: '2026-03-03T08:00:00.000Z' }));
    render([list(NOTIFICATIONS), countMock(2), preferences(), { request: { query: MarkAllNotificationsReadDocument }, result: all }, countMock(0), list(allRead)]);
    fireEvent.click(await screen.findByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByText('All notifications are marked as read.')).toBeTruthy();
    expect(all).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('unread-count').textContent).toBe('Everything is read.');
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();
    await waitFor(() => expect(screen.getAllByTestId('notification').every((item) => item.getAttribute('data-unread') === null)).toBe(true));
  });

  it('says what to expect when there is nothing yet', async () => {
    render([list([]), countMock(0), preferences()]);
    expect(await screen.findByText('No notifications yet. You will see new messages, feedback rounds and meetings here.')).toBeTruthy();
    expect((await screen.findByTestId('unread-count')).textContent).toBe('Everything is read.');
  });

  it('turns a kind of notification off', async () => {
    const set = vi.fn(() => ({ data: { setNotificationPreference: { __typename: 'NotificationPreferenceSetting', kind: 'MESSAGE', enabled: false } } }));
    render([list([]), countMock(0), preferences(['MEETING_UPDATED']), { request: { query: SetNotificationPreferenceDocument, variables: { kind: 'MESSAGE', enabled: false } }, result: set }]);
    const group = await screen.findByRole('group', { name: 'Notify me when' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(NOTIFICATION_KINDS.length);
    expect(within(group).getByRole<HTMLInputElement>('checkbox', { name: 'A meeting I take part in changes' }).checked).toBe(false);
    const messages = within(group).getByRole<HTMLInputElement>('checkbox', { name: 'New messages in my conversations' });
    expect(messages.checked).toBe(true);
    fireEvent.click(messages);
    expect(await screen.findByText('Preferences saved.')).toBeTruthy();
    expect(set).toHaveBeenCalledTimes(1);
    expect(messages.checked).toBe(false);
  });

  it('has a text and a preference label for every kind, in every language', () => {
    for (const messages of Object.values(DICTIONARIES)) {
      const all = messages as Record<string, string>;
      for (const kind of NOTIFICATION_KINDS) {
        expect(all[`notificationText.${kind}`], kind).toBeTruthy();
        expect(all[`notificationKind.${kind}`], kind).toBeTruthy();
      }
    }
  });
});

describe('NotificationsPage with the bell', () => {
  it('shows a notification that arrives while the page is open first, and counts it', async () => {
    const { NotificationBell, NotificationAddedDocument } = await import('./NotificationBell');
    const added = notification('n-9', { kind: 'FEEDBACK_SUBMITTED', sourceType: 'FEEDBACK_ROUND', sourceId: 'r-5', actor: { __typename: 'User', id: 'u-3', name: 'Lotte Claes' } });
    renderPage(
      <>
        <NotificationBell />
        <NotificationsPage />
      </>,
      {
        path: '/notifications',
        route: '/notifications',
        mocks: [
          viewerMock('CONTACT_PERSON'),
          list(NOTIFICATIONS.slice(0, 2)),
          countMock(2),
          preferences(),
          { request: { query: NotificationAddedDocument }, result: { data: { notificationAdded: added } }, delay: 300 },
          { ...countMock(3), maxUsageCount: 2 },
        ],
      },
    );
    expect(await screen.findAllByTestId('notification')).toHaveLength(2);
    await waitFor(() => expect(screen.getAllByTestId('notification')).toHaveLength(3), { timeout: 3000 });
    const first = screen.getAllByTestId('notification')[0];
    expect(within(first).getByRole('link').textContent).toBe('Lotte Claes submitted a feedback round');
    expect(first.getAttribute('data-unread')).toBe('true');
    await waitFor(() => expect(screen.getByTestId('unread-count').textContent).toBe('3 unread'));
  });
});

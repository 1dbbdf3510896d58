import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { noNotificationMocks, viewerMock } from '../test/fixtures';
import type { Mocks } from '../test/render';
import { HeartbeatDocument, InboxMessageEventsDocument, InboxReadStateEvents, UnreadMessageCountDocument } from '../features/messaging/unread';
import { createCache } from './apollo';
import { I18nProvider, LOCALE_STORAGE_KEY } from './i18n';
import { ChangeLanguageDocument, Layout } from './Layout';
import { ViewerProvider } from './viewer';

/** The unread count (a number, or a function answering one per request), the heartbeat, and live events that never come. */
function messagingMocks(unread: number | (() => number) = 0, events: Mocks = []): Mocks {
  return [
    {
      request: { query: UnreadMessageCountDocument },
      result: () => ({ data: { unreadMessageCount: typeof unread === 'function' ? unread() : unread } }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    { request: { query: HeartbeatDocument, variables: () => true }, result: { data: { heartbeat: true } }, maxUsageCount: Number.POSITIVE_INFINITY },
    ...events,
    { request: { query: InboxMessageEventsDocument }, result: { data: null }, delay: 60_000, maxUsageCount: Number.POSITIVE_INFINITY },
    { request: { query: InboxReadStateEvents }, result: { data: null }, delay: 60_000, maxUsageCount: Number.POSITIVE_INFINITY },
  ];
}

function renderLayout(givenMocks: Mocks, messaging: Mocks = messagingMocks()) {
  const mocks = [...givenMocks, ...messaging];
  const router = createMemoryRouter([{ path: '/', element: <Layout />, children: [{ index: true, element: <p>home</p> }] }]);
  return render(
    <MockedProvider mocks={[...mocks, ...noNotificationMocks]} cache={createCache()}>
      <I18nProvider initialLocale="en">
        <ViewerProvider>
          <RouterProvider router={router} />
        </ViewerProvider>
      </I18nProvider>
    </MockedProvider>,
  );
}

describe('Layout', () => {
  it('has a skip link, landmarks and the navigation of the role', async () => {
    renderLayout([viewerMock('ADMIN')]);
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe('#main');
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    for (const name of ['Home', 'Messages', 'Board', 'Partnerships', 'Organisations', 'Users', 'Invite people', 'Access log', 'Outbox']) {
      expect(screen.getByRole('link', { name })).toBeTruthy();
    }
    expect(screen.getByText('Ann Admin')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    // The notification bell, outside the phone menu so it is always in sight (loaded with the viewer).
    const bell = await screen.findByRole('link', { name: 'Notifications' });
    expect(bell.getAttribute('href')).toBe('/notifications');
    expect(bell.closest('#header-tools')).toBeNull();
  });

  it('gives a contact person the board and the meetings', async () => {
    renderLayout([viewerMock('CONTACT_PERSON')]);
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Home', 'Messages', 'Board', 'Meetings', 'Invite people']);
    expect(screen.getByRole('link', { name: 'Meetings' }).getAttribute('href')).toBe('/meetings');
    expect(screen.getByRole('link', { name: 'Board' }).getAttribute('href')).toBe('/board');
  });

  it('shows a volunteer only their home', async () => {
    renderLayout([viewerMock('VOLUNTEER')]);
    expect(await screen.findByRole('link', { name: 'Home' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Messages' }).getAttribute('href')).toBe('/messages');
    expect(screen.queryByRole('link', { name: 'Invite people' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Users' })).toBeNull();
  });

  it('keeps a signed-out visitor’s language in this browser', async () => {
    renderLayout([viewerMock(null)]);
    const select = await screen.findByLabelText('Language');
    // No bell for visitors.
    expect(screen.queryByTestId('notification-bell')).toBeNull();
    fireEvent.change(select, { target: { value: 'fr' } });
    expect(await screen.findByLabelText('Langue')).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('fr');
  });

  it('saves a signed-in user’s language on their account', async () => {
    const changed = vi.fn(() => ({
      data: { changeLanguage: { __typename: 'User', id: 'u-1', language: 'nl' } },
    }));
    renderLayout([viewerMock('COORDINATOR'), { request: { query: ChangeLanguageDocument, variables: { language: 'nl' } }, result: changed }]);
    await screen.findByText('Ann Admin');
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'nl' } });
    expect(await screen.findByLabelText('Taal')).toBeTruthy();
    await waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    expect(document.documentElement.lang).toBe('nl');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBeNull();
  });

  it('shows the unread message count beside "Messages", and follows it live', async () => {
    let unread = 3;
    const event = {
      request: { query: InboxMessageEventsDocument },
      result: { data: { messageEvents: { __typename: 'MessageEvent', kind: 'ADDED', threadId: 't-1', message: { __typename: 'Message', id: 'm-9', seq: 9 } } } },
      delay: 50,
    };
    renderLayout(
      [viewerMock('VOLUNTEER')],
      messagingMocks(() => unread, [event]),
    );
    const badge = await screen.findByTestId('unread-badge');
    expect(badge.textContent).toBe('33 unread');
    expect(screen.getByRole('link', { name: 'Messages 3 unread' })).toBeTruthy();
    unread = 4; // a message arrives: the count is asked again
    await waitFor(() => expect(screen.getByTestId('unread-badge').textContent).toBe('44 unread'));
  });

  it('shows no badge when everything is read', async () => {
    renderLayout([viewerMock('CONTACT_PERSON')], messagingMocks(0));
    expect(await screen.findByRole('link', { name: 'Messages' })).toBeTruthy();
    expect(screen.queryByTestId('unread-badge')).toBeNull();
  });
});

import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { notification, viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { badgeText, NotificationAddedDocument, NotificationBell, NotificationBellDocument } from './NotificationBell';

const countMock = (count: number) => ({ request: { query: NotificationBellDocument }, result: { data: { unreadNotificationCount: count } } });

/** The live subscription: one notification after `delay` ms. */
const addedMock = (delay: number) => ({
  request: { query: NotificationAddedDocument },
  result: { data: { notificationAdded: notification('n-9', { kind: 'FEEDBACK_SENT_BACK', sourceType: 'FEEDBACK_ROUND', sourceId: 'r-1' }) } },
  delay,
});

const quiet = { request: { query: NotificationAddedDocument }, result: { data: { notificationAdded: null } }, delay: 60_000 };

describe('NotificationBell', () => {
  it('links to the notification centre and says how many are unread', async () => {
    renderPage(<NotificationBell />, { mocks: [viewerMock('COORDINATOR'), countMock(3), quiet] });
    const bell = await screen.findByRole('link', { name: 'Notifications: 3 unread' });
    expect(bell.getAttribute('href')).toBe('/notifications');
    expect(screen.getByTestId('notification-badge').textContent).toBe('3');
  });

  it('shows no badge when everything is read', async () => {
    renderPage(<NotificationBell />, { mocks: [viewerMock('COORDINATOR'), countMock(0), quiet], locale: 'nl' });
    expect(await screen.findByRole('link', { name: 'Meldingen' })).toBeTruthy();
    expect(screen.queryByTestId('notification-badge')).toBeNull();
  });

  it('counts a new notification live, as the server counts it', async () => {
    renderPage(<NotificationBell />, { mocks: [viewerMock('COORDINATOR'), countMock(1), addedMock(300), countMock(2)] });
    expect(await screen.findByRole('link', { name: 'Notifications: 1 unread' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('notification-badge').textContent).toBe('2'), { timeout: 3000 });
    expect(screen.getByRole('link', { name: 'Notifications: 2 unread' })).toBeTruthy();
  });

  it('asks the count again when the browser is back online (events missed meanwhile)', async () => {
    renderPage(<NotificationBell />, { mocks: [viewerMock('COORDINATOR'), countMock(1), quiet, countMock(4)] });
    expect(await screen.findByRole('link', { name: 'Notifications: 1 unread' })).toBeTruthy();
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByRole('link', { name: 'Notifications: 4 unread' })).toBeTruthy();
  });

  it('keeps the badge short', () => {
    expect(badgeText(7)).toBe('7');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});

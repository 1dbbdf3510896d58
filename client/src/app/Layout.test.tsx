import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { noNotificationMocks, viewerMock } from '../test/fixtures';
import { createCache } from './apollo';
import { I18nProvider, LOCALE_STORAGE_KEY } from './i18n';
import { ChangeLanguageDocument, Layout } from './Layout';
import { ViewerProvider } from './viewer';

function renderLayout(mocks: ReadonlyArray<any>) {
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
    for (const name of ['Home', 'Board', 'Partnerships', 'Organisations', 'Users', 'Invite people', 'Access log', 'Outbox']) {
      expect(screen.getByRole('link', { name })).toBeTruthy();
    }
    expect(screen.getByText('Ann Admin')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    // The notification bell, outside the phone menu so it is always in sight.
    const bell = screen.getByRole('link', { name: 'Notifications' });
    expect(bell.getAttribute('href')).toBe('/notifications');
    expect(bell.closest('#header-tools')).toBeNull();
  });

  it('gives a contact person the board and the meetings', async () => {
    renderLayout([viewerMock('CONTACT_PERSON')]);
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Home', 'Board', 'Meetings', 'Invite people']);
    expect(screen.getByRole('link', { name: 'Meetings' }).getAttribute('href')).toBe('/meetings');
    expect(screen.getByRole('link', { name: 'Board' }).getAttribute('href')).toBe('/board');
  });

  it('shows a volunteer only their home', async () => {
    renderLayout([viewerMock('VOLUNTEER')]);
    expect(await screen.findByRole('link', { name: 'Home' })).toBeTruthy();
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
});

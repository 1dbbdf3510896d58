import type { Locale } from '@partner-hub/shared';
import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../app/i18n';
import { loadPage } from '../../app/loadPage';
import { serveOperations as serve } from '../../test/serveOperations';
import { SignInPage } from './SignInPage';

vi.mock('../../app/loadPage', () => ({ loadPage: vi.fn(), reloadPage: vi.fn() }));

const page = (me: boolean, staffAccount: boolean) => () => ({
  data: { me: me ? { id: 'u-1' } : null, signInOptions: { staffAccount, staffAccountStartPath: staffAccount ? '/auth/oidc/start' : null } },
});

/** The page as the sign-in app (app/PublicApp.tsx) shows it: i18n and a router, nothing else. */
function renderSignIn(route: string, locale: Locale = 'en', state?: unknown) {
  const router = createMemoryRouter(
    [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [{ pathname: route.split('?')[0], search: route.includes('?') ? `?${route.split('?')[1]}` : '', state }] },
  );
  render(
    <I18nProvider initialLocale={locale}>
      <RouterProvider router={router} />
    </I18nProvider>,
  );
  return router;
}

describe('SignInPage', () => {
  beforeEach(() => vi.mocked(loadPage).mockClear());
  afterEach(() => vi.unstubAllGlobals());

  it('shows the translated error in an alert, and opens no page', async () => {
    const sent = serve({
      SignInPage: page(false, false),
      SignIn: () => ({ errors: [{ message: 'Wrong email or password', extensions: { code: 'INVALID_CREDENTIALS' } }], data: null }),
    });
    renderSignIn('/sign-in', 'fr');

    fireEvent.change(await screen.findByLabelText('Adresse e-mail'), { target: { value: ' ann@example.org ' } });
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'wrong password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect((await screen.findByRole('alert')).textContent).toBe('L’adresse e-mail ou le mot de passe est incorrect.');
    expect(sent.at(-1)).toEqual({ operationName: 'SignIn', variables: { email: 'ann@example.org', password: 'wrong password' } });
    expect(loadPage).not.toHaveBeenCalled();
  });

  it('signs in, then opens the page asked for with a full page load', async () => {
    serve({ SignInPage: page(false, false), SignIn: () => ({ data: { signIn: { id: 'u-1', name: 'Ann', role: 'VOLUNTEER', language: 'en' } } }) });
    renderSignIn('/sign-in', 'en', { from: '/households/h-1' });

    fireEvent.change(await screen.findByLabelText('Email address'), { target: { value: 'ann@example.org' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'a good password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    await vi.waitFor(() => expect(loadPage).toHaveBeenCalledWith('/households/h-1'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('sends a signed-in user home', async () => {
    serve({ SignInPage: page(true, false) });
    const router = renderSignIn('/sign-in');
    await screen.findByText('elsewhere');
    expect(router.state.location.pathname).toBe('/');
  });

  it('offers the Fedasil account sign-in when the hub has it, back to the page asked for', async () => {
    serve({ SignInPage: page(false, true) });
    renderSignIn('/sign-in', 'nl');
    const link = await screen.findByRole('link', { name: 'Aanmelden met Fedasil-account' });
    expect(link.getAttribute('href')).toBe('/auth/oidc/start?returnTo=%2F');
    expect(screen.getByRole('heading', { name: 'Medewerkers van Fedasil' })).toBeTruthy();
    // Password sign-in stays for partners and volunteers.
    expect(screen.getByRole('button', { name: 'Aanmelden' })).toBeTruthy();
  });

  it("explains in the viewer's language why a sign-in with a Fedasil account was refused", async () => {
    serve({ SignInPage: page(false, true) });
    renderSignIn('/sign-in?oidcError=OIDC_ACCOUNT_NOT_STAFF', 'fr');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('La connexion avec votre compte Fedasil n’a pas abouti');
    expect(alert.textContent).toContain('réservée au personnel de Fedasil');
  });

  it('shows a general refusal for a code it does not know', async () => {
    serve({ SignInPage: page(false, true) });
    renderSignIn('/sign-in?oidcError=SOMETHING_ELSE');
    expect((await screen.findByRole('alert')).textContent).toContain('Signing in with your Fedasil account did not succeed');
  });

  it('says so when the hub cannot be reached', async () => {
    serve({ SignInPage: page(false, false) });
    renderSignIn('/sign-in');
    await screen.findByLabelText('Email address');
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'ann@example.org' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'a good password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/connection|reach/i);
    expect(loadPage).not.toHaveBeenCalled();
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveOperations } from '../test/serveOperations';
import { LOCALE_STORAGE_KEY } from './i18n';
import { reloadPage } from './loadPage';

vi.mock('./loadPage', () => ({ loadPage: vi.fn(), reloadPage: vi.fn() }));

describe('PublicApp (the sign-in page opened on its own, without Apollo Client)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the sign-in page in the frame every page has, keeps a visitor’s language in the browser, and opens any other page in the full app', async () => {
    window.history.replaceState(null, '', '/sign-in');
    serveOperations({ SignInPage: () => ({ data: { me: null, signInOptions: { staffAccount: false, staffAccountStartPath: null } } }) });
    // The router reads the address when the module loads, as in the browser (main.tsx imports it for /sign-in).
    const { PublicApp } = await import('./PublicApp');
    render(<PublicApp />);

    expect(await screen.findByRole('heading', { name: /Aanmelden|Sign in|Se connecter/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Partner Hub' }).getAttribute('href')).toBe('/');
    expect(screen.getByRole('contentinfo')).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/Taal|Language|Langue/), { target: { value: 'fr' } });
    expect(await screen.findByRole('heading', { name: 'Se connecter' })).toBeTruthy();
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('fr');

    expect(reloadPage).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('link', { name: 'Mot de passe oublié ?' }));
    await vi.waitFor(() => expect(reloadPage).toHaveBeenCalled());
    expect(window.location.pathname).toBe('/forgot-password');
  });
});

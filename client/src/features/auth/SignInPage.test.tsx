import { GraphQLError } from 'graphql';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { SignInDocument, SignInOptionsDocument, SignInPage } from './SignInPage';

const options = (staffAccount: boolean) => ({
  request: { query: SignInOptionsDocument },
  result: { data: { signInOptions: { __typename: 'SignInOptions' as const, staffAccount, staffAccountStartPath: staffAccount ? '/auth/oidc/start' : null } } },
});

describe('SignInPage', () => {
  it('shows the translated error in an alert', async () => {
    const refused = {
      request: { query: SignInDocument, variables: { email: 'ann@example.org', password: 'wrong password' } },
      result: { errors: [new GraphQLError('Wrong email or password', { extensions: { code: 'INVALID_CREDENTIALS' } })] },
    };
    renderPage(<SignInPage />, { path: '/sign-in', route: '/sign-in', locale: 'fr', mocks: [viewerMock(null), options(false), refused] });

    fireEvent.change(await screen.findByLabelText('Adresse e-mail'), { target: { value: ' ann@example.org ' } });
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'wrong password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect((await screen.findByRole('alert')).textContent).toBe('L’adresse e-mail ou le mot de passe est incorrect.');
  });

  it('sends a signed-in user home', async () => {
    const { router } = renderPage(<SignInPage />, { path: '/sign-in', route: '/sign-in', mocks: [viewerMock('ADMIN'), options(false)] });
    await screen.findByText('elsewhere');
    expect(router.state.location.pathname).toBe('/');
  });

  it('offers the Fedasil account sign-in when the hub has it, back to the page asked for', async () => {
    renderPage(<SignInPage />, { path: '/sign-in', route: '/sign-in', locale: 'nl', mocks: [viewerMock(null), options(true)] });
    const link = await screen.findByRole('link', { name: 'Aanmelden met Fedasil-account' });
    expect(link.getAttribute('href')).toBe('/auth/oidc/start?returnTo=%2F');
    expect(screen.getByRole('heading', { name: 'Medewerkers van Fedasil' })).toBeTruthy();
    // Password sign-in stays for partners and volunteers.
    expect(screen.getByRole('button', { name: 'Aanmelden' })).toBeTruthy();
  });

  it("explains in the viewer's language why a sign-in with a Fedasil account was refused", async () => {
    renderPage(<SignInPage />, { path: '/sign-in', route: '/sign-in?oidcError=OIDC_ACCOUNT_NOT_STAFF', locale: 'fr', mocks: [viewerMock(null), options(true)] });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('La connexion avec votre compte Fedasil n’a pas abouti');
    expect(alert.textContent).toContain('réservée au personnel de Fedasil');
  });

  it('shows a general refusal for a code it does not know', async () => {
    renderPage(<SignInPage />, { path: '/sign-in', route: '/sign-in?oidcError=SOMETHING_ELSE', mocks: [viewerMock(null), options(true)] });
    expect((await screen.findByRole('alert')).textContent).toContain('Signing in with your Fedasil account did not succeed');
  });
});

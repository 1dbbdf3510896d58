import { GraphQLError } from 'graphql';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { SignInDocument, SignInPage } from './SignInPage';

describe('SignInPage', () => {
  it('shows the translated error in an alert', async () => {
    const refused = {
      request: { query: SignInDocument, variables: { email: 'ann@example.org', password: 'wrong password' } },
      result: { errors: [new GraphQLError('Wrong email or password', { extensions: { code: 'INVALID_CREDENTIALS' } })] },
    };
    renderPage(<SignInPage />, { path: '/sign-in', route: '/sign-in', locale: 'fr', mocks: [viewerMock(null), refused] });

    fireEvent.change(await screen.findByLabelText('Adresse e-mail'), { target: { value: ' ann@example.org ' } });
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'wrong password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect((await screen.findByRole('alert')).textContent).toBe('L’adresse e-mail ou le mot de passe est incorrect.');
  });

  it('sends a signed-in user home', async () => {
    const { router } = renderPage(<SignInPage />, { path: '/sign-in', route: '/sign-in', mocks: [viewerMock('ADMIN')] });
    await screen.findByText('elsewhere');
    expect(router.state.location.pathname).toBe('/');
  });
});

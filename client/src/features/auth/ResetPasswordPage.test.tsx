import { GraphQLError } from 'graphql';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { ForgotPasswordPage, RequestPasswordResetDocument } from './ForgotPasswordPage';
import { PasswordResetValidDocument, ResetPasswordDocument, ResetPasswordPage } from './ResetPasswordPage';

const coded = (code: string) => ({ errors: [new GraphQLError('refused', { extensions: { code } })] });

describe('ForgotPasswordPage', () => {
  it('asks for the address and answers without saying whether it has an account', async () => {
    const request = vi.fn(() => ({ data: { requestPasswordReset: true } }));
    renderPage(<ForgotPasswordPage />, { mocks: [viewerMock(null), { request: { query: RequestPasswordResetDocument, variables: { email: 'someone@example.org' } }, result: request }] });
    fireEvent.change(await screen.findByLabelText('Email address', { exact: false }), { target: { value: 'someone@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByText(/If an account uses someone@example.org, a link to choose a new password is on its way/)).toBeTruthy();
    expect(request).toHaveBeenCalledTimes(1);
  });
});

describe('ResetPasswordPage', () => {
  const route = '/reset-password/tok-1';
  const path = '/reset-password/:token';

  it('says clearly that an expired link has expired, and offers a new one', async () => {
    renderPage(<ResetPasswordPage />, {
      path,
      route,
      mocks: [viewerMock(null), { request: { query: PasswordResetValidDocument, variables: { token: 'tok-1' } }, result: coded('PASSWORD_RESET_EXPIRED') }],
    });
    expect(await screen.findByText('This link to choose a new password has expired. Ask for a new link.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('says a used link is no longer valid', async () => {
    renderPage(<ResetPasswordPage />, {
      path,
      route,
      mocks: [viewerMock(null), { request: { query: PasswordResetValidDocument, variables: { token: 'tok-1' } }, result: coded('PASSWORD_RESET_INVALID') }],
    });
    expect(await screen.findByText(/This link to choose a new password is not valid \(any more\)/)).toBeTruthy();
  });

  it('checks the two passwords, then sets the new one', async () => {
    const reset = vi.fn(() => ({ data: { resetPassword: { __typename: 'User', id: 'u-1', name: 'Ann', role: 'VOLUNTEER', language: 'en' } } }));
    renderPage(<ResetPasswordPage />, {
      path,
      route,
      mocks: [
        viewerMock(null),
        { request: { query: PasswordResetValidDocument, variables: { token: 'tok-1' } }, result: { data: { passwordResetValid: true } } },
        { request: { query: ResetPasswordDocument, variables: { token: 'tok-1', password: 'a long new passphrase' } }, result: reset },
        viewerMock('VOLUNTEER'),
      ],
    });
    const [first, second] = [await screen.findByLabelText('New password'), screen.getByLabelText('Repeat the new password', { exact: false })];
    fireEvent.change(first, { target: { value: 'a long new passphrase' } });
    fireEvent.change(second, { target: { value: 'a long new passphrase!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and sign in' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(reset).not.toHaveBeenCalled();
    fireEvent.change(second, { target: { value: 'a long new passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and sign in' }));
    await vi.waitFor(() => expect(reset).toHaveBeenCalledTimes(1));
  });
});

import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { AcceptInvitationDocument, InvitationPage, InvitationPreviewDocument } from './InvitationPage';

describe('InvitationPage', () => {
  it('shows who is invited, refuses a short password, then accepts with the chosen one', async () => {
    const accept = vi.fn(() => ({ data: { acceptInvitation: { __typename: 'User', id: 'u-9', name: 'Ann', role: 'VOLUNTEER', language: 'en' } } }));
    renderPage(<InvitationPage />, {
      path: '/invitation/:token',
      route: '/invitation/inv-1',
      mocks: [
        viewerMock(null),
        {
          request: { query: InvitationPreviewDocument, variables: { token: 'inv-1' } },
          result: { data: { invitation: { __typename: 'InvitationPreview', email: 'ann@example.org', name: 'Ann', role: 'VOLUNTEER', organisationName: null } } },
        },
        { request: { query: AcceptInvitationDocument, variables: { token: 'inv-1', password: 'a long new passphrase' } }, result: accept },
        viewerMock('VOLUNTEER'),
      ],
    });
    expect(await screen.findByText(/Ann \(ann@example.org\) is invited as/)).toBeTruthy();
    // The hidden username lets password managers store the password with the right account.
    expect((document.querySelector('input[name="username"]') as HTMLInputElement).value).toBe('ann@example.org');
    const first = screen.getByLabelText('Choose a password');
    const second = screen.getByLabelText('Repeat the password', { exact: false });
    fireEvent.change(first, { target: { value: 'too short' } });
    fireEvent.change(second, { target: { value: 'too short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accept and sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The password must have at least 12 characters.');
    fireEvent.change(first, { target: { value: 'a long new passphrase' } });
    fireEvent.change(second, { target: { value: 'a long new passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accept and sign in' }));
    await vi.waitFor(() => expect(accept).toHaveBeenCalledTimes(1));
  });
});

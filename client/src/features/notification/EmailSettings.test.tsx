import { defaultEmailMode, NOTIFICATION_KINDS } from '@partner-hub/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { EmailSettings, EmailSettingsDocument, SetDigestTimeDocument, SetEmailPreferenceDocument } from './EmailSettings';

const kinds = (chosen: Record<string, string> = {}) =>
  NOTIFICATION_KINDS.map((kind) => ({ __typename: 'EmailKindSetting' as const, kind, mode: chosen[kind] ?? defaultEmailMode('VOLUNTEER', kind), isDefault: !(kind in chosen) }));
const settings = (chosen: Record<string, string> = {}, digestTime = '08:00') => ({ __typename: 'EmailSettings' as const, id: 'u-1', digestTime, kinds: kinds(chosen) });

describe('EmailSettings', () => {
  it('shows each kind with its mode (defaults marked), changes one, and saves the digest time', async () => {
    const setMode = vi.fn(() => ({ data: { setEmailPreference: settings({ MENTION: 'IMMEDIATE' }) } }));
    const setTime = vi.fn(() => ({ data: { setDigestTime: { __typename: 'EmailSettings', id: 'u-1', digestTime: '18:30' } } }));
    renderPage(<EmailSettings />, {
      mocks: [
        viewerMock('VOLUNTEER'),
        { request: { query: EmailSettingsDocument }, result: { data: { emailSettings: settings() } } },
        { request: { query: SetEmailPreferenceDocument, variables: { kind: 'MENTION', mode: 'IMMEDIATE' } }, result: setMode },
        { request: { query: SetDigestTimeDocument, variables: { time: '18:30' } }, result: setTime },
      ],
    });
    const group = await screen.findByRole('group', { name: 'Email me' });
    const selects = within(group).getAllByRole<HTMLSelectElement>('combobox');
    expect(selects).toHaveLength(NOTIFICATION_KINDS.length);
    const mention = within(group).getByRole<HTMLSelectElement>('combobox', { name: 'Someone mentions me' });
    expect(mention.value).toBe('DIGEST');
    expect(within(group).getAllByText('(default for your role)')).toHaveLength(NOTIFICATION_KINDS.length);
    fireEvent.change(mention, { target: { value: 'IMMEDIATE' } });
    expect(await screen.findByText('Email settings saved.')).toBeTruthy();
    expect(setMode).toHaveBeenCalledTimes(1);
    expect((await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Someone mentions me' })).value).toBe('IMMEDIATE');

    const time = screen.getByLabelText<HTMLInputElement>('Daily digest at (Brussels time)', { exact: false });
    expect(time.value).toBe('08:00');
    fireEvent.change(time, { target: { value: '18:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save time' }));
    await vi.waitFor(() => expect(setTime).toHaveBeenCalledTimes(1));
  });
});

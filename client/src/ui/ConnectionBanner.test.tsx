import { API_REVISION } from '@partner-hub/shared';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { connection } from '../app/connection';
import { I18nProvider } from '../app/i18n';
import { ConnectionBanner } from './ConnectionBanner';

describe('ConnectionBanner', () => {
  it('says "reconnecting" while the socket is down, then asks to reload once the hub was updated', () => {
    render(
      <I18nProvider initialLocale="nl">
        <ConnectionBanner />
      </I18nProvider>,
    );
    const status = screen.getByTestId('connection-status');
    act(() => {
      connection.connecting(false);
      connection.connected({ apiRevision: API_REVISION });
      connection.closed(1006);
    });
    expect(status.textContent).toBe('Verbinding verbroken. Opnieuw verbinden…');

    // The server that answers after the reconnect is a newer hub.
    act(() => connection.connected({ apiRevision: API_REVISION + 1 }));
    expect(status.textContent).toContain('Partner Hub is bijgewerkt.');
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Opnieuw laden' }));
      expect(reload).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { absoluteFeedUrl, CalendarFeedDocument, CalendarFeedSection, RevokeCalendarFeedDocument, RotateCalendarFeedDocument } from './CalendarFeedSection';

const status = (active: boolean, createdAt: string | null = null) => ({
  request: { query: CalendarFeedDocument },
  result: { data: { calendarFeed: { __typename: 'CalendarFeedStatus', active, createdAt } } },
});

afterEach(() => vi.unstubAllGlobals());

describe('CalendarFeedSection', () => {
  it('creates a private feed address, shows it once and copies it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderPage(<CalendarFeedSection />, {
      mocks: [
        viewerMock('COORDINATOR'),
        status(false),
        {
          request: { query: RotateCalendarFeedDocument },
          result: { data: { rotateCalendarFeed: { __typename: 'CalendarFeedLink', url: '/calendar/s3cr3t.ics', createdAt: '2026-11-24T10:00:00.000Z' } } },
        },
      ],
    });
    expect(await screen.findByText('You have no feed address.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create my feed address' }));

    const field = await screen.findByLabelText<HTMLInputElement>('Your private feed address');
    expect(field.value).toBe(`${window.location.origin}/calendar/s3cr3t.ics`);
    expect(field.readOnly).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Copy the address' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/calendar/s3cr3t.ics`));
    expect(await screen.findByText('Address copied.')).toBeTruthy();
    // Now there is one: it can be replaced or revoked.
    expect(screen.getByRole('button', { name: 'Make a new address (the old one stops working)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Revoke the address' })).toBeTruthy();
  });

  it('revokes the address after confirmation', async () => {
    const revoke = vi.fn(() => ({ data: { revokeCalendarFeed: true } }));
    renderPage(<CalendarFeedSection />, {
      locale: 'nl',
      mocks: [viewerMock('CONTACT_PERSON', 'nl'), status(true, '2026-11-20T09:00:00.000Z'), { request: { query: RevokeCalendarFeedDocument }, result: revoke }],
    });
    expect(await screen.findByText(/Je hebt een feedadres sinds 20 nov\.? 2026, 10:00/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Adres intrekken' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, intrekken' }));
    expect(await screen.findByText('Het feedadres is ingetrokken.')).toBeTruthy();
    expect(revoke).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Je hebt geen feedadres.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Adres intrekken' })).toBeNull();
  });

  it('makes the API path an address on the hub’s own origin', () => {
    expect(absoluteFeedUrl('/calendar/abc.ics', 'https://hub.example')).toBe('https://hub.example/calendar/abc.ics');
  });
});

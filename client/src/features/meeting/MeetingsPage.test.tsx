import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { meetingData } from '../../test/meetingFixtures';
import { renderPage } from '../../test/render';
import { CalendarFeedDocument } from './CalendarFeedSection';
import { MeetingsChangedDocument } from './live';
import { MeetingsDocument, MeetingsPage } from './MeetingsPage';

const listed = (meetings: unknown[]) => ({ request: { query: MeetingsDocument }, result: { data: { meetings } } });
const noFeed = {
  request: { query: CalendarFeedDocument },
  result: { data: { calendarFeed: { __typename: 'CalendarFeedStatus', active: false, createdAt: null } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
/** One live event after `delay` ms. */
const changed = (meetingId: string, meeting: unknown, delay = 30) => ({
  request: { query: MeetingsChangedDocument, variables: { partnershipId: null } },
  result: { data: { meetingsChanged: { __typename: 'MeetingListChange', meetingId, meeting } } },
  delay,
});

const upcoming = (id: string, title: string) => meetingData({ id, title, startsAt: '2099-03-01T09:00:00.000Z', endsAt: '2099-03-01T10:00:00.000Z', actionItems: [] });

describe('MeetingsPage (live)', () => {
  it('shows a meeting the viewer was just invited to, without a reload', async () => {
    const known = upcoming('m-1', 'Evaluation Mechelen');
    const invited = upcoming('m-7', 'Consultation Antwerp');
    renderPage(<MeetingsPage />, { path: '/meetings', route: '/meetings', mocks: [viewerMock('COORDINATOR'), noFeed, listed([known]), changed('m-7', invited), listed([known, invited])] });
    const list = await screen.findByRole('list', { name: 'Upcoming' });
    expect(within(list).getByRole('link', { name: 'Evaluation Mechelen' })).toBeTruthy();
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Upcoming' }))
          .getByRole('link', { name: 'Consultation Antwerp' })
          .getAttribute('href'),
      ).toBe('/meetings/m-7'),
    );
  });

  it('drops a meeting the viewer was uninvited from', async () => {
    const kept = upcoming('m-1', 'Evaluation Mechelen');
    const dropped = upcoming('m-2', 'Consultation Gent');
    renderPage(<MeetingsPage />, { path: '/meetings', route: '/meetings', mocks: [viewerMock('COORDINATOR'), noFeed, listed([kept, dropped]), changed('m-2', null), listed([kept])] });
    expect(await screen.findByRole('link', { name: 'Consultation Gent' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Consultation Gent' })).toBeNull());
    expect(screen.getByRole('link', { name: 'Evaluation Mechelen' })).toBeTruthy();
  });

  it('updates a listed meeting from the event itself (no second request)', async () => {
    const before = upcoming('m-1', 'Evaluation Mechelen');
    const cancelled = { ...before, status: 'CANCELLED' };
    // Were the list fetched again, no mock would answer and the page would show an error.
    renderPage(<MeetingsPage />, { path: '/meetings', route: '/meetings', mocks: [viewerMock('COORDINATOR'), noFeed, listed([before]), changed('m-1', cancelled)] });
    const row = await screen.findByRole('link', { name: 'Evaluation Mechelen' });
    await waitFor(() => expect(row.closest('li')!.textContent).toContain('Cancelled'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useViewer } from '../../app/viewer';
import { viewerMock } from '../../test/fixtures';
import { actionItem, meetingData } from '../../test/meetingFixtures';
import { renderPage } from '../../test/render';
import { HomePage } from '../home/HomePage';
import { UpdateActionItemStatusDocument } from './ActionItemRow';
import { MeetingsChangedDocument } from './live';
import { MyActionItems, MyActionItemsDocument } from './MyActionItems';
import styles from './meeting.module.css';

/** The home page as the app shows it: once the viewer is known (under RequireAuth). */
function SignedInHome() {
  const { me } = useViewer();
  return me ? <HomePage /> : null;
}

const mine = (items: unknown[]) => ({ request: { query: MyActionItemsDocument }, result: { data: { myActionItems: items } } });

describe('MyActionItems (home)', () => {
  it('lists the viewer’s action items, overdue first and flagged, each with its meeting', async () => {
    const items = [
      actionItem('x-1', 'Send the lease', { dueDate: '2026-12-20', viewerCanComplete: true }),
      actionItem('x-2', 'Call the school', { dueDate: '2026-11-02', overdue: true, viewerCanComplete: true, meeting: { __typename: 'Meeting', id: 'm-2', title: 'Consultation Antwerp' } }),
      actionItem('x-3', 'Visit the flat', { dueDate: '2026-11-01', overdue: true, viewerCanComplete: true }),
    ];
    renderPage(<MyActionItems />, { mocks: [viewerMock('COORDINATOR'), mine(items)] });

    const region = await screen.findByRole('region', { name: /My action items/ });
    await waitFor(() => expect(within(region).getAllByTestId('action-item')).toHaveLength(3));
    const rows = within(region).getAllByTestId('action-item');
    expect(rows.map((r) => r.querySelector(`.${styles.actionItemTitle}`)!.textContent)).toEqual(['Visit the flat', 'Call the school', 'Send the lease']);
    expect(within(rows[0]).getByText('Overdue')).toBeTruthy();
    expect(within(rows[1]).getByText('Overdue')).toBeTruthy();
    expect(within(rows[2]).queryByText('Overdue')).toBeNull();
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('My action items2 overdue');
    expect(within(rows[1]).getByRole('link', { name: 'From the meeting Consultation Antwerp' }).getAttribute('href')).toBe('/meetings/m-2');
    // The assignee is the viewer: not repeated on each row.
    expect(within(region).queryByText('Lotte Claes')).toBeNull();
  });

  it('marks an item done from the home page (nl)', async () => {
    const item = actionItem('x-1', 'Huurcontract doorsturen', { viewerCanComplete: true });
    const done = { ...item, status: 'DONE', doneAt: '2026-11-24T10:00:00.000Z' };
    renderPage(<MyActionItems />, {
      locale: 'nl',
      mocks: [
        viewerMock('COORDINATOR', 'nl'),
        mine([item]),
        { request: { query: UpdateActionItemStatusDocument, variables: { id: 'x-1', status: 'DONE' } }, result: { data: { updateActionItem: done } } },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Markeer als gedaan: Huurcontract doorsturen' }));
    expect(await screen.findByRole('button', { name: 'Heropenen: Huurcontract doorsturen' })).toBeTruthy();
    expect(within(screen.getByTestId('action-item')).getByText('Gedaan')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Huurcontract doorsturen: Gedaan.');
  });

  /** One live event of a meeting with these action items, after `delay` ms. */
  const changed = (meetingId: string, items: { id: string; status: string; assigneeId: string }[], delay = 30) => ({
    request: { query: MeetingsChangedDocument, variables: { partnershipId: null } },
    result: {
      data: {
        meetingsChanged: {
          __typename: 'MeetingListChange',
          meetingId,
          meeting: meetingData({ id: meetingId, actionItems: items.map((i) => ({ __typename: 'ActionItem', id: i.id, status: i.status, assignee: { __typename: 'User', id: i.assigneeId } })) }),
        },
      },
    },
    delay,
  });

  it('shows an action item assigned to the viewer in a meeting live, without a reload', async () => {
    const first = actionItem('x-1', 'Send the lease');
    const assigned = actionItem('x-9', 'Book the room', { meeting: { __typename: 'Meeting', id: 'm-2', title: 'Consultation Antwerp' } });
    renderPage(<MyActionItems />, {
      mocks: [
        viewerMock('COORDINATOR'),
        mine([first]),
        changed('m-2', [
          { id: 'x-9', status: 'OPEN', assigneeId: 'u-1' },
          { id: 'x-8', status: 'OPEN', assigneeId: 'u-other' },
        ]),
        mine([first, assigned]),
      ],
    });
    expect(await screen.findByText('Send the lease')).toBeTruthy();
    expect(await screen.findByText('Book the room')).toBeTruthy();
    expect(screen.getAllByTestId('action-item')).toHaveLength(2);
  });

  it('shows a status changed elsewhere from the event itself, keeping the list', async () => {
    const item = actionItem('x-1', 'Send the lease', { viewerCanComplete: true, assignee: { __typename: 'User', id: 'u-1', name: 'Ann Admin' } });
    // Were the list fetched again, the fallback mock would answer with no items at all.
    renderPage(<MyActionItems />, { mocks: [viewerMock('COORDINATOR'), mine([item]), changed('m-1', [{ id: 'x-1', status: 'DONE', assigneeId: 'u-1' }])] });
    expect(await screen.findByText('Send the lease')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByTestId('action-item')).getByText('Done')).toBeTruthy());
    expect(screen.queryByText('You have no open action items.')).toBeNull();
  });

  it('says when there is nothing to do', async () => {
    renderPage(<MyActionItems />, { mocks: [viewerMock('VOLUNTEER'), mine([])] });
    expect(await screen.findByText('You have no open action items.')).toBeTruthy();
  });

  it('is on the home page of every role', async () => {
    for (const role of ['VOLUNTEER', 'COORDINATOR', 'CONTACT_PERSON', 'ADMIN'] as const) {
      const { unmount } = renderPage(<SignedInHome />, { mocks: [viewerMock(role), mine([actionItem('x-1', `Task of the ${role}`)])] });
      expect(await screen.findByText(`Task of the ${role}`)).toBeTruthy();
      unmount();
    }
  });
});

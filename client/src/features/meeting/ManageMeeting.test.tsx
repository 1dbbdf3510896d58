import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { KOEN, LOTTE, meetingData, meetingViewerCan } from '../../test/meetingFixtures';
import { renderPage } from '../../test/render';
import { ProposedAgendaItemsDocument } from './AgendaPanel';
import { MeetingInviteeOptionsDocument } from './InviteePicker';
import { CancelMeetingDocument, UpdateMeetingDocument } from './ManageMeeting';
import { MeetingChangedDocument, MeetingPage, MeetingPageDocument } from './MeetingPage';

const route = { path: '/meetings/:id', route: '/meetings/m-1' };
const manage = meetingViewerCan({ manage: true, addAgendaItem: true, evaluate: true, signOffEvaluation: true });

const base = [
  viewerMock('CONTACT_PERSON'),
  { request: { query: MeetingChangedDocument, variables: { meetingId: 'm-1' } }, result: { data: { meetingChanged: meetingData() } }, delay: 60_000 },
  { request: { query: ProposedAgendaItemsDocument, variables: { meetingId: 'm-1' } }, result: { data: { proposedAgendaItems: [] } }, maxUsageCount: Number.POSITIVE_INFINITY },
  {
    request: { query: MeetingInviteeOptionsDocument, variables: { partnershipIds: ['p-1'] } },
    result: { data: { meetingInviteeOptions: [KOEN, LOTTE].map((u) => ({ ...u, role: u === KOEN ? 'CONTACT_PERSON' : 'COORDINATOR' })) } },
  },
];

const pageMock = (meeting: unknown) => ({ request: { query: MeetingPageDocument, variables: { id: 'm-1' } }, result: { data: { meeting } } });

describe('ManageMeeting: reschedule and cancel', () => {
  it('reschedules in Brussels time, keeping the invitees; the new time shows at once', async () => {
    const moved = meetingData({
      viewerCan: manage,
      sequence: 1,
      startsAt: '2026-12-08T14:00:00.000Z',
      endsAt: '2026-12-08T15:30:00.000Z',
      startsAtLocal: '2026-12-08T15:00',
      endsAtLocal: '2026-12-08T16:30',
    });
    const update = vi.fn(() => ({ data: { updateMeeting: moved } }));
    renderPage(<MeetingPage />, {
      ...route,
      mocks: [
        ...base,
        pageMock(meetingData({ viewerCan: manage })),
        {
          request: {
            query: UpdateMeetingDocument,
            variables: {
              id: 'm-1',
              input: {
                title: 'Evaluation Mechelen',
                description: '',
                startsAt: '2026-12-08T15:00',
                endsAt: '2026-12-08T16:30',
                place: 'Stadhuis Mechelen',
                onlineUrl: '',
                inviteeIds: [KOEN.id, LOTTE.id],
              },
            },
          },
          result: update,
        },
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Reschedule or change' }));
    const form = screen.getByRole('form', { name: 'Reschedule or change' });
    // The form starts from the meeting's Brussels times.
    expect(within(form).getByLabelText<HTMLInputElement>('Date').value).toBe('2026-12-08');
    expect(within(form).getByLabelText<HTMLInputElement>(/^Start time/).value).toBe('14:00');
    expect(within(form).getByLabelText<HTMLInputElement>('Duration (minutes)').value).toBe('90');
    fireEvent.change(within(form).getByLabelText(/^Start time/), { target: { value: '15:00' } });
    await within(form).findByRole('checkbox', { name: 'Lotte Claes' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Meeting changed; the invitees are notified.')).toBeTruthy();
    expect(update).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('meeting-when').textContent).toContain('15:00–16:30');
  });

  it('cancels with a reason; the page says the meeting is cancelled and offers no more changes', async () => {
    const cancelled = meetingData({ viewerCan: meetingViewerCan({ manage: true }), status: 'CANCELLED', cancelReason: 'The coordinator is ill.', sequence: 1 });
    const cancel = vi.fn(() => ({ data: { cancelMeeting: cancelled } }));
    renderPage(<MeetingPage />, {
      ...route,
      mocks: [...base, pageMock(meetingData({ viewerCan: manage })), { request: { query: CancelMeetingDocument, variables: { id: 'm-1', reason: 'The coordinator is ill.' } }, result: cancel }],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Cancel the meeting' }));
    expect(screen.getByText('Cancel this meeting? The invitees are notified.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Reason \(shown to the invitees\)/), { target: { value: 'The coordinator is ill.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Yes, cancel the meeting' }));

    expect(await screen.findByText('Meeting cancelled; the invitees are notified.')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('This meeting has been cancelled.')).toBeTruthy());
    expect(screen.getByText('Reason: The coordinator is ill.')).toBeTruthy();
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Reschedule or change' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add an agenda item' })).toBeNull();
  });
});

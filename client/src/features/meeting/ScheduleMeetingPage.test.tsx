import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { MeetingInviteeOptionsDocument } from './InviteePicker';
import { newTimeDraft, resolveTimes } from './MeetingTimeFields';
import { ScheduleMeetingDocument, ScheduleMeetingPage, ScheduleOptionsDocument } from './ScheduleMeetingPage';

const partnership = (id: string, name: string, contactId: string | null) => ({
  __typename: 'Partnership',
  id,
  name,
  contactPerson: contactId ? { __typename: 'User', id: contactId } : null,
  deputy: null,
});

const options = {
  request: { query: ScheduleOptionsDocument },
  result: {
    data: {
      partnerships: {
        __typename: 'PartnershipConnection',
        edges: [
          // The viewer (u-1) is the contact person of Mechelen only.
          { __typename: 'PartnershipEdge', cursor: 'c1', node: partnership('p-1', 'Onthaalgroep Mechelen', 'u-1') },
          { __typename: 'PartnershipEdge', cursor: 'c2', node: partnership('p-2', 'Liège Accueil', 'u-9') },
        ],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
        totalCount: 2,
      },
    },
  },
};

const person = (id: string, name: string, role: string, organisation: { id: string; name: string } | null) => ({
  __typename: 'User',
  id,
  name,
  role,
  organisation: organisation && { __typename: 'Organisation', ...organisation },
});

const people = {
  request: { query: MeetingInviteeOptionsDocument, variables: { partnershipIds: ['p-1'] } },
  result: {
    data: {
      meetingInviteeOptions: [
        person('u-1', 'Ann Admin', 'CONTACT_PERSON', { id: 'o-f', name: 'Fedasil' }),
        person('u-3', 'Lotte Claes', 'COORDINATOR', { id: 'o-s', name: 'Samen Thuis vzw' }),
        person('u-4', 'Pieter Wouters', 'VOLUNTEER', { id: 'o-s', name: 'Samen Thuis vzw' }),
        person('u-5', 'Anna Peeters', 'ADMIN', { id: 'o-f', name: 'Fedasil' }),
      ],
    },
  },
};

describe('ScheduleMeetingPage', () => {
  it('schedules an evaluation in Brussels time, says the zone and its offset, and invites people of the partnership', async () => {
    const scheduled = vi.fn(() => ({ data: { scheduleMeeting: { __typename: 'Meeting', id: 'm-7', title: 'Evaluation spring' } } }));
    const mutation = {
      request: {
        query: ScheduleMeetingDocument,
        variables: {
          input: {
            kind: 'EVALUATION',
            title: 'Evaluation spring',
            description: null,
            partnershipIds: ['p-1'],
            startsAt: '2027-03-30T14:00',
            endsAt: '2027-03-30T15:30',
            place: 'Stadhuis Mechelen',
            onlineUrl: null,
            inviteeIds: ['u-3', 'u-1'],
          },
        },
      },
      result: scheduled,
    };
    const { router } = renderPage(<ScheduleMeetingPage />, { path: '/meetings/new', route: '/meetings/new', mocks: [viewerMock('CONTACT_PERSON'), options, people, mutation] });

    const select = await screen.findByLabelText('Partnership');
    // Only the partnerships the viewer may schedule for (with a contact person).
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['Choose a partnership', 'Onthaalgroep Mechelen']);
    fireEvent.change(select, { target: { value: 'p-1' } });
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Evaluation spring' } });

    // The zone in words, with the offset of the chosen day: winter time, then summer time.
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2027-01-12' } });
    expect(screen.getByTestId('time-zone-note').textContent).toBe('Times are in Brussels time (Europe/Brussels, UTC+01:00 on that day).');
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2027-03-30' } });
    expect(screen.getByTestId('time-zone-note').textContent).toBe('Times are in Brussels time (Europe/Brussels, UTC+02:00 on that day).');
    fireEvent.change(screen.getByLabelText(/^Start time/), { target: { value: '14:00' } });
    fireEvent.change(screen.getByLabelText('Duration (minutes)'), { target: { value: '90' } });
    fireEvent.change(screen.getByLabelText(/^Place/), { target: { value: 'Stadhuis Mechelen' } });

    const invitees = await screen.findByRole('group', { name: 'Invitees' });
    const fedasil = within(invitees).getByRole('group', { name: 'Fedasil' });
    const partner = within(invitees).getByRole('group', { name: 'Samen Thuis vzw' });
    expect(
      within(fedasil)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement!.textContent),
    ).toEqual(['Ann Admin', 'Anna Peeters']);
    // The organiser (and contact person) is always invited.
    const self = within(fedasil).getByRole<HTMLInputElement>('checkbox', { name: 'Ann Admin' });
    expect(self.checked && self.disabled).toBe(true);
    fireEvent.click(within(partner).getByRole('checkbox', { name: 'Lotte Claes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Schedule and invite' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/meetings/m-7'));
    expect(scheduled).toHaveBeenCalledTimes(1);
  });

  it('schedules a consultation of several partnerships, online only (an admin may choose any partnership)', async () => {
    const both = { ...people, request: { query: MeetingInviteeOptionsDocument, variables: { partnershipIds: ['p-1', 'p-2'] } } };
    const scheduled = vi.fn(() => ({ data: { scheduleMeeting: { __typename: 'Meeting', id: 'm-8', title: 'Welcome groups' } } }));
    const mutation = {
      request: {
        query: ScheduleMeetingDocument,
        variables: {
          input: {
            kind: 'CONSULTATION',
            title: 'Welcome groups',
            description: 'Experiences of the first year',
            partnershipIds: ['p-1', 'p-2'],
            startsAt: '2027-02-02T09:30',
            endsAt: '2027-02-02T11:00',
            place: null,
            onlineUrl: 'https://meet.example/abc',
            inviteeIds: ['u-3', 'u-4'],
          },
        },
      },
      result: scheduled,
    };
    const { router } = renderPage(<ScheduleMeetingPage />, { path: '/meetings/new', route: '/meetings/new', mocks: [viewerMock('ADMIN'), options, people, both, mutation] });

    fireEvent.click(await screen.findByRole('radio', { name: 'Consultation meeting' }));
    const partnerships = screen.getByRole('group', { name: 'Partnerships' });
    fireEvent.click(within(partnerships).getByRole('checkbox', { name: 'Onthaalgroep Mechelen' }));
    fireEvent.click(within(partnerships).getByRole('checkbox', { name: 'Liège Accueil' }));
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Welcome groups' } });
    fireEvent.change(screen.getByLabelText(/^What it is about/), { target: { value: 'Experiences of the first year' } });
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2027-02-02' } });
    fireEvent.change(screen.getByLabelText(/^Start time/), { target: { value: '09:30' } });
    fireEvent.change(screen.getByLabelText('Duration (minutes)'), { target: { value: '90' } });
    fireEvent.change(screen.getByLabelText(/^Online meeting link/), { target: { value: 'https://meet.example/abc' } });
    const partner = await screen.findByRole('group', { name: 'Samen Thuis vzw' });
    fireEvent.click(within(partner).getByRole('button', { name: 'Invite everyone of Samen Thuis vzw' }));
    expect(
      within(partner)
        .getAllByRole('checkbox')
        .every((c) => (c as HTMLInputElement).checked),
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Schedule and invite' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/meetings/m-8'));
    expect(scheduled).toHaveBeenCalledTimes(1);
  });

  it('checks the form before sending it', async () => {
    renderPage(<ScheduleMeetingPage />, { path: '/meetings/new', route: '/meetings/new?partnershipId=p-1', mocks: [viewerMock('CONTACT_PERSON'), options, people] });
    await screen.findByLabelText('Partnership');
    expect(screen.getByLabelText<HTMLSelectElement>('Partnership').value).toBe('p-1');
    fireEvent.click(screen.getByRole('button', { name: 'Schedule and invite' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter a title.');
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Evaluation' } });
    fireEvent.click(screen.getByRole('button', { name: 'Schedule and invite' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter a valid date and start time.');
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2027-01-12' } });
    fireEvent.click(screen.getByRole('radio', { name: 'End time' }));
    fireEvent.change(screen.getAllByLabelText(/^End time/)[0], { target: { value: '09:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Schedule and invite' }));
    expect(screen.getByRole('alert').textContent).toBe('The meeting must end after it starts.');
  });
});

describe('resolveTimes', () => {
  it('adds a duration to the real start, across a change of the clocks', () => {
    // 25 October 2026: 03:00 summer time becomes 02:00 winter time; two hours from 01:30 end at 02:30.
    expect(resolveTimes({ ...newTimeDraft('2026-10-25', '01:30', 120) })).toEqual({ startsAt: '2026-10-25T01:30', endsAt: '2026-10-25T02:30' });
    expect(resolveTimes({ ...newTimeDraft('2026-12-08', '14:00', 90) })).toEqual({ startsAt: '2026-12-08T14:00', endsAt: '2026-12-08T15:30' });
    // Past midnight.
    expect(resolveTimes({ ...newTimeDraft('2026-12-08', '23:30', 60) })).toEqual({ startsAt: '2026-12-08T23:30', endsAt: '2026-12-09T00:30' });
  });

  it('takes an end date and time, and refuses an end before the start', () => {
    expect(resolveTimes({ ...newTimeDraft('2026-12-08', '14:00'), mode: 'end', endDate: '2026-12-08', end: '16:15' })).toEqual({ startsAt: '2026-12-08T14:00', endsAt: '2026-12-08T16:15' });
    expect(resolveTimes({ ...newTimeDraft('2026-12-08', '14:00'), mode: 'end', endDate: '2026-12-08', end: '13:00' })).toEqual({ problem: 'schedule.invalidEnd' });
    expect(resolveTimes({ ...newTimeDraft('', '14:00') })).toEqual({ problem: 'schedule.invalidDate' });
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { FakeXhr } from '../../test/fake-xhr';
import { actionItem, agendaItem, invitee, KOEN, LOTTE, meetingData, meetingDocument, meetingViewerCan, score } from '../../test/meetingFixtures';
import { renderPage } from '../../test/render';
import { RemoveActionItemDocument, UpdateActionItemStatusDocument } from './ActionItemRow';
import { AddActionItemDocument } from './ActionItemsPanel';
import { AddAgendaItemDocument, AddProposedAgendaItemDocument, ProposedAgendaItemsDocument, ReorderAgendaItemsDocument } from './AgendaPanel';
import { SaveEvaluationDocument, SignOffEvaluationDocument } from './EvaluationForm';
import { MeetingChangedDocument, MeetingPage, MeetingPageDocument } from './MeetingPage';
import { RespondToMeetingDocument } from './RsvpPanel';
import styles from './meeting.module.css';

const route = { path: '/meetings/:id', route: '/meetings/m-1' };

const pageMock = (meeting: unknown) => ({
  request: { query: MeetingPageDocument, variables: { id: 'm-1' } },
  result: { data: { meeting } },
});

/** The meeting's live subscription: one event after `delay` ms (a minute: none during the test). */
const liveMock = (meeting: unknown, delay = 60_000) => ({
  request: { query: MeetingChangedDocument, variables: { meetingId: 'm-1' } },
  result: { data: { meetingChanged: meeting } },
  delay,
});

const noProposals = {
  request: { query: ProposedAgendaItemsDocument, variables: { meetingId: 'm-1' } },
  result: { data: { proposedAgendaItems: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function render(meeting: unknown, more: unknown[] = [], live: unknown = liveMock(meeting), role: 'CONTACT_PERSON' | 'COORDINATOR' = 'COORDINATOR') {
  return renderPage(<MeetingPage />, { ...route, mocks: [viewerMock(role), pageMock(meeting), live as never, ...(more as never[])] });
}

const count = (answer: 'YES' | 'NO' | 'MAYBE' | 'PENDING') => screen.getByTestId(`rsvp-count-${answer}`).textContent;

describe('MeetingPage: details and time zone', () => {
  it('says when in Brussels time, with the duration, where and which partnership; the .ics link downloads the invite', async () => {
    render(meetingData());
    expect(await screen.findByRole('heading', { level: 1, name: 'Evaluation Mechelen' })).toBeTruthy();
    expect(screen.getByTestId('meeting-when').textContent).toBe('Tue, 8 Dec 2026, 14:00–15:30 (Brussels time, 1 h 30 min)');
    expect(screen.getByTestId('meeting-when').querySelector('time')?.getAttribute('datetime')).toBe('2026-12-08T13:00:00.000Z');
    expect(screen.getByText('Stadhuis Mechelen')).toBeTruthy();
    expect(screen.getByText('Onthaalgroep Mechelen')).toBeTruthy();
    const ics = screen.getByRole('link', { name: 'Add to my calendar (.ics)' });
    expect(ics.getAttribute('href')).toBe('/meetings/m-1/invite.ics');
    expect(ics.hasAttribute('download')).toBe(true);
    // Not allowed to manage: no reschedule, cancel, minutes forms or proposals.
    expect(screen.queryByRole('button', { name: 'Reschedule or change' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add an action item' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save attendance' })).toBeNull();
  });

  it('speaks Dutch and French times the same way (24-hour, Brussels)', async () => {
    renderPage(<MeetingPage />, { ...route, locale: 'nl', mocks: [viewerMock('COORDINATOR', 'nl'), pageMock(meetingData()), liveMock(meetingData())] });
    expect((await screen.findByTestId('meeting-when')).textContent).toMatch(/8 dec\.? 2026, 14:00–15:30 \(Brusselse tijd, 1 u 30 min\)$/);
  });
});

describe('MeetingPage: RSVP', () => {
  it('shows the counts and lets an invitee answer; the counts follow at once', async () => {
    const meeting = meetingData({ viewerInvitation: { __typename: 'MeetingInvitee', id: 'i-2', response: null }, viewerCan: meetingViewerCan({ respond: true, addAgendaItem: true }) });
    const responded = vi.fn(() => ({ data: { respondToMeeting: { __typename: 'MeetingInvitee', id: 'i-2', response: 'MAYBE', respondedAt: '2026-11-24T10:00:00.000Z' } } }));
    render(meeting, [{ request: { query: RespondToMeetingDocument, variables: { meetingId: 'm-1', response: 'MAYBE' } }, result: responded }]);

    const group = await screen.findByRole('group', { name: 'Will you come?' });
    expect([count('YES'), count('MAYBE'), count('NO'), count('PENDING')]).toEqual(['1', '0', '0', '1']);
    expect(screen.getByText('Your answer: No answer yet')).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: 'Maybe' }));

    await waitFor(() => expect(count('MAYBE')).toBe('1'));
    expect(count('PENDING')).toBe('0');
    expect(count('YES')).toBe('1');
    expect(responded).toHaveBeenCalledTimes(1);
    expect(within(group).getByRole('button', { name: 'Maybe' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(group).getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe('false');
    expect(await screen.findByText('Answer saved: Maybe.')).toBeTruthy();
  });

  it('updates the counts live when someone else answers (subscription), without a reload', async () => {
    const before = meetingData({ viewerCan: meetingViewerCan({ manage: true }) });
    const after = meetingData({
      viewerCan: meetingViewerCan({ manage: true }),
      invitees: [invitee('i-1', KOEN, { response: 'YES' }), invitee('i-2', LOTTE, { response: 'YES' })],
      rsvpCounts: { __typename: 'RsvpCounts', yes: 2, no: 0, maybe: 0, pending: 0 },
    });
    render(before, [noProposals], liveMock(after, 30), 'CONTACT_PERSON');
    expect(await screen.findByTestId('rsvp-counts')).toBeTruthy();
    expect(count('YES')).toBe('1');
    await waitFor(() => expect(count('YES')).toBe('2'));
    expect(count('PENDING')).toBe('0');
    const row = screen.getAllByTestId('invitee-row').find((r) => r.textContent?.includes('Lotte Claes'))!;
    expect(within(row).getByText('Yes')).toBeTruthy();
  });
});

describe('MeetingPage: agenda', () => {
  it('lets an invitee add an item at the end', async () => {
    const meeting = meetingData({ viewerCan: meetingViewerCan({ respond: true, addAgendaItem: true }), agenda: [agendaItem('a-1', 1, 'Welcome')] });
    const added = agendaItem('a-2', 2, 'Housing of the Haddad family', { author: { __typename: 'User', id: LOTTE.id, name: LOTTE.name }, viewerCanEdit: true });
    render(meeting, [
      { request: { query: AddAgendaItemDocument, variables: { meetingId: 'm-1', input: { title: 'Housing of the Haddad family', description: null } } }, result: { data: { addAgendaItem: added } } },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Add an agenda item' }));
    fireEvent.change(screen.getByLabelText('Agenda item'), { target: { value: 'Housing of the Haddad family' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to the agenda' }));

    await waitFor(() => expect(screen.getAllByTestId('agenda-item')).toHaveLength(2));
    const items = screen.getAllByTestId('agenda-item');
    expect(items[1].textContent).toContain('Housing of the Haddad family');
    expect(screen.getByText('Added to the agenda: Housing of the Haddad family.')).toBeTruthy();
    // Invitees do not reorder; they may remove their own item.
    expect(screen.queryByRole('button', { name: /Move (up|down)/ })).toBeNull();
    expect(within(items[1]).getByRole('button', { name: 'Remove: Housing of the Haddad family' })).toBeTruthy();
  });

  it('lets the Fedasil staff reorder items with move buttons (the new order goes to the API)', async () => {
    const meeting = meetingData({
      viewerCan: meetingViewerCan({ manage: true, addAgendaItem: true }),
      agenda: [agendaItem('a-1', 1, 'Welcome'), agendaItem('a-2', 2, 'Housing'), agendaItem('a-3', 3, 'Guidance')],
    });
    const reordered = vi.fn(() => ({ data: { reorderAgendaItems: ['a-2', 'a-1', 'a-3'].map((id, i) => ({ __typename: 'AgendaItem', id, position: i + 1 })) } }));
    render(meeting, [noProposals, { request: { query: ReorderAgendaItemsDocument, variables: { meetingId: 'm-1', itemIds: ['a-2', 'a-1', 'a-3'] } }, result: reordered }], undefined, 'CONTACT_PERSON');

    expect((await screen.findByRole('button', { name: 'Move up: Welcome' })).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Move down: Guidance' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Move down: Welcome' }));

    await waitFor(() => expect(screen.getAllByTestId('agenda-item').map((i) => i.querySelector(`.${styles.agendaItemTitle}`)!.textContent)).toEqual(['1.Housing', '2.Welcome', '3.Guidance']));
    // The order shows at once (optimistic); the API's answer confirms it.
    expect(await screen.findByText('Welcome is now item 2.')).toBeTruthy();
    expect(reordered).toHaveBeenCalledTimes(1);
  });

  it('shows proposals from open work with a link to their source, and adds one to the agenda', async () => {
    const meeting = meetingData({ viewerCan: meetingViewerCan({ manage: true, addAgendaItem: true }) });
    const proposal = {
      __typename: 'ProposedAgendaItem',
      key: 'GUIDANCE_STEP:s-1',
      label: 'Bank account opened (HH-2026-0004) is overdue',
      sourceType: 'GUIDANCE_STEP',
      sourceUrl: '/households/h-4',
      date: '2026-11-01',
      partnership: { __typename: 'Partnership', id: 'p-1', name: 'Onthaalgroep Mechelen' },
    };
    const added = agendaItem('a-9', 1, proposal.label, { sourceType: 'GUIDANCE_STEP', sourceUrl: '/households/h-4', viewerCanEdit: true });
    render(
      meeting,
      [
        { request: { query: ProposedAgendaItemsDocument, variables: { meetingId: 'm-1' } }, result: { data: { proposedAgendaItems: [proposal] } } },
        { request: { query: AddProposedAgendaItemDocument, variables: { meetingId: 'm-1', key: 'GUIDANCE_STEP:s-1' } }, result: { data: { addProposedAgendaItem: added } } },
      ],
      undefined,
      'CONTACT_PERSON',
    );

    const proposals = await screen.findByRole('list', { name: 'Proposed from open work' });
    expect(
      within(proposals)
        .getByRole('link', { name: `Open the source: ${proposal.label}` })
        .getAttribute('href'),
    ).toBe('/households/h-4');
    expect(within(proposals).getByText('Overdue guidance step')).toBeTruthy();
    fireEvent.click(within(proposals).getByRole('button', { name: `Add to agenda: ${proposal.label}` }));

    const item = await screen.findByTestId('agenda-item');
    expect(item.textContent).toContain(proposal.label);
    expect(
      within(item)
        .getByRole('link', { name: `Open the source: ${proposal.label}` })
        .getAttribute('href'),
    ).toBe('/households/h-4');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Proposed from open work' })).toBeNull());
    expect(screen.getByText('Nothing open to propose.')).toBeTruthy();
  });
});

describe('MeetingPage: proposals from feedback and threads', () => {
  const proposal = (key: string, label: string, sourceType: string, sourceUrl: string, date: string) => ({
    __typename: 'ProposedAgendaItem',
    key,
    label,
    sourceType,
    sourceUrl,
    date,
    partnership: { __typename: 'Partnership', id: 'p-1', name: 'Onthaalgroep Mechelen' },
  });

  it('names each source kind and links to the feedback round on the partnership page and to the thread', async () => {
    const meeting = meetingData({ viewerCan: meetingViewerCan({ manage: true, addAgendaItem: true }) });
    const feedback = proposal('FEEDBACK_ROUND:r-1', 'Feedback 2026-10-01 – 2026-10-31 overdue (due 2026-10-31)', 'FEEDBACK_ROUND', '/partnerships/p-1?round=r-1#feedback', '2026-10-31');
    const thread = proposal('THREAD:t-7', 'Waiting for an answer since 2026-11-18: Rent deposit (Lotte Claes)', 'THREAD', '/messages/t-7', '2026-11-18');
    const { router } = render(
      meeting,
      [{ request: { query: ProposedAgendaItemsDocument, variables: { meetingId: 'm-1' } }, result: { data: { proposedAgendaItems: [feedback, thread] } } }],
      undefined,
      'CONTACT_PERSON',
    );

    const proposals = await screen.findByRole('list', { name: 'Proposed from open work' });
    const [first, second] = within(proposals).getAllByTestId('agenda-proposal');
    expect(within(first).getByText('Feedback')).toBeTruthy();
    expect(within(second).getByText('Thread waiting for an answer')).toBeTruthy();
    expect(
      within(second)
        .getByRole('link', { name: `Open the source: ${thread.label}` })
        .getAttribute('href'),
    ).toBe('/messages/t-7');
    const link = within(first).getByRole('link', { name: `Open the source: ${feedback.label}` });
    expect(link.getAttribute('href')).toBe('/partnerships/p-1?round=r-1#feedback');
    fireEvent.click(link);
    await waitFor(() => expect(router.state.location).toMatchObject({ pathname: '/partnerships/p-1', search: '?round=r-1', hash: '#feedback' }));
  });
});

describe('MeetingPage: action items', () => {
  it('lists overdue items first and flags them; the assignee marks one done', async () => {
    const items = [
      actionItem('x-1', 'Send the lease', { dueDate: '2026-12-20' }),
      actionItem('x-2', 'Call the school', { dueDate: '2026-11-01', overdue: true, viewerCanComplete: true }),
      actionItem('x-3', 'Book a room', { dueDate: '2026-10-01', status: 'DONE', doneAt: '2026-10-01T10:00:00.000Z' }),
    ];
    const meeting = meetingData({ actionItems: items, viewerCan: meetingViewerCan({ respond: true }) });
    const done = { ...items[1], status: 'DONE', overdue: false, doneAt: '2026-11-24T10:00:00.000Z' };
    render(meeting, [{ request: { query: UpdateActionItemStatusDocument, variables: { id: 'x-2', status: 'DONE' } }, result: { data: { updateActionItem: done } } }]);

    const region = await screen.findByRole('region', { name: 'Action items' });
    const rows = within(region).getAllByTestId('action-item');
    expect(rows.map((r) => r.querySelector(`.${styles.actionItemTitle}`)!.textContent)).toEqual(['Call the school', 'Send the lease', 'Book a room']);
    expect(within(rows[0]).getByText('Overdue')).toBeTruthy();
    expect(within(rows[0]).getByText('Due 1 November 2026')).toBeTruthy();
    expect(within(rows[1]).queryByText('Overdue')).toBeNull();
    // Only the item the viewer may complete has the button.
    expect(within(region).getAllByRole('button', { name: /Mark as done/ })).toHaveLength(1);

    fireEvent.click(within(rows[0]).getByRole('button', { name: 'Mark as done: Call the school' }));
    await waitFor(() =>
      expect(
        within(region)
          .getAllByTestId('action-item')
          .map((r) => r.querySelector(`.${styles.actionItemTitle}`)!.textContent),
      ).toEqual(['Send the lease', 'Book a room', 'Call the school']),
    );
    expect(within(region).getByRole('button', { name: 'Reopen: Call the school' })).toBeTruthy();
    expect(await within(region).findByText('Call the school: Done.')).toBeTruthy();
  });

  it('lets the Fedasil staff add an action item for an invitee', async () => {
    const meeting = meetingData({ viewerCan: meetingViewerCan({ manage: true }) });
    const created = actionItem('x-9', 'Send the new lease', { dueDate: '2030-01-15' });
    const add = vi.fn(() => ({ data: { addActionItem: created } }));
    render(
      meeting,
      [noProposals, { request: { query: AddActionItemDocument, variables: { meetingId: 'm-1', input: { title: 'Send the new lease', assigneeId: LOTTE.id, dueDate: '2030-01-15' } } }, result: add }],
      undefined,
      'CONTACT_PERSON',
    );

    const region = await screen.findByRole('region', { name: 'Action items' });
    fireEvent.click(within(region).getByRole('button', { name: 'Add an action item' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Save action item' }));
    expect(within(region).getByRole('alert').textContent).toBe('Say what is to be done, by whom and by when.');
    fireEvent.change(within(region).getByLabelText('What is to be done'), { target: { value: 'Send the new lease' } });
    fireEvent.change(within(region).getByLabelText('Who'), { target: { value: LOTTE.id } });
    fireEvent.change(within(region).getByLabelText('Due date'), { target: { value: '2030-01-15' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Save action item' }));

    expect(await within(region).findByText('Action item added for Lotte Claes.')).toBeTruthy();
    expect(add).toHaveBeenCalledTimes(1);
    expect(within(region).getByTestId('action-item').textContent).toContain('Send the new lease');
  });
});

describe('MeetingPage: removing from the minutes', () => {
  it('lets the Fedasil staff remove an action item', async () => {
    const meeting = meetingData({
      viewerCan: meetingViewerCan({ manage: true }),
      actionItems: [actionItem('x-1', 'Send the lease', { viewerCanEdit: true, viewerCanComplete: true }), actionItem('x-2', 'Call the school', { viewerCanEdit: true })],
    });
    const removed = vi.fn(() => ({ data: { removeActionItem: true } }));
    render(meeting, [noProposals, { request: { query: RemoveActionItemDocument, variables: { id: 'x-1' } }, result: removed }], undefined, 'CONTACT_PERSON');
    const region = await screen.findByRole('region', { name: 'Action items' });
    fireEvent.click(within(region).getByRole('button', { name: 'Remove: Send the lease' }));
    await waitFor(() => expect(within(region).getAllByTestId('action-item')).toHaveLength(1));
    expect(within(region).getByTestId('action-item').textContent).toContain('Call the school');
    expect(removed).toHaveBeenCalledTimes(1);
  });
});

describe('MeetingPage: evaluation', () => {
  const staff = meetingViewerCan({ manage: true, evaluate: true, signOffEvaluation: true });

  it('rates the three objectives with notes, saves, then signs off; the evaluation is read-only afterwards', async () => {
    const saved = [score('SUSTAINABLE_HOUSING', 4, 'Lease until 2028.'), score('GUIDANCE', 5), score('OPERATIONAL_COOPERATION', 3)];
    const afterSave = {
      __typename: 'Meeting',
      id: 'm-1',
      kind: 'EVALUATION',
      evaluationSignedOffAt: null,
      evaluationObjectives: meetingData().evaluationObjectives,
      evaluationSignedOffBy: null,
      viewerCan: staff,
      evaluation: saved,
    };
    const afterSignOff = {
      ...afterSave,
      evaluationSignedOffAt: '2026-12-08T15:00:00.000Z',
      evaluationSignedOffBy: { __typename: 'User', id: KOEN.id, name: KOEN.name },
      viewerCan: meetingViewerCan({ manage: true }),
    };
    const save = vi.fn(() => ({ data: { saveEvaluation: afterSave } }));
    const signOff = vi.fn(() => ({ data: { signOffEvaluation: afterSignOff } }));
    render(
      meetingData({ viewerCan: staff }),
      [
        noProposals,
        {
          request: {
            query: SaveEvaluationDocument,
            variables: {
              meetingId: 'm-1',
              scores: [
                { objective: 'SUSTAINABLE_HOUSING', rating: 4, notes: 'Lease until 2028.' },
                { objective: 'GUIDANCE', rating: 5, notes: null },
                { objective: 'OPERATIONAL_COOPERATION', rating: 3, notes: null },
              ],
            },
          },
          result: save,
        },
        { request: { query: SignOffEvaluationDocument, variables: { meetingId: 'm-1' } }, result: signOff },
      ],
      undefined,
      'CONTACT_PERSON',
    );

    const section = await screen.findByTestId('evaluation');
    // Nothing rated yet: no sign-off.
    expect(within(section).queryByRole('button', { name: 'Sign off the evaluation' })).toBeNull();
    const housing = within(section).getByRole('group', { name: 'Sustainable housing' });
    fireEvent.click(within(housing).getByRole('radio', { name: '4 – Good' }));
    fireEvent.change(within(housing).getByLabelText(/Notes on Sustainable housing/), { target: { value: 'Lease until 2028.' } });
    fireEvent.click(within(within(section).getByRole('group', { name: 'Guidance' })).getByRole('radio', { name: '5 – Excellent' }));
    fireEvent.click(within(within(section).getByRole('group', { name: 'Operational cooperation' })).getByRole('radio', { name: '3 – Adequate' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Save evaluation' }));

    expect(await within(section).findByText('Evaluation saved.')).toBeTruthy();
    expect(save).toHaveBeenCalledTimes(1);
    fireEvent.click(within(section).getByRole('button', { name: 'Sign off the evaluation' }));
    expect(within(section).getByText('Sign off the evaluation? It can no longer be changed afterwards.')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Yes, sign off' }));

    expect(await within(section).findByText(/^Signed off by Koen Janssens on 0?8 Dec 2026, 16:00\.$/)).toBeTruthy();
    expect(signOff).toHaveBeenCalledTimes(1);
    expect(within(section).queryAllByRole('radio')).toHaveLength(0);
    expect(within(section).queryByRole('button')).toBeNull();
    expect(within(section).getByText(/4 of 5 \(Good\)/)).toBeTruthy();
    expect(within(section).getByText('Lease until 2028.')).toBeTruthy();
  });

  it('refuses to save without any rating', async () => {
    render(meetingData({ viewerCan: staff }), [noProposals], undefined, 'CONTACT_PERSON');
    const section = await screen.findByTestId('evaluation');
    fireEvent.click(within(section).getByRole('button', { name: 'Save evaluation' }));
    expect(within(section).getByRole('alert').textContent).toBe('Rate at least one objective.');
  });

  it("asks only the objectives of the partnership's programme, and none where the programme rates none", async () => {
    const { unmount } = render(meetingData({ viewerCan: staff, evaluationObjectives: ['GUIDANCE'] }), [noProposals], undefined, 'CONTACT_PERSON');
    const section = await screen.findByTestId('evaluation');
    expect(
      within(section)
        .getAllByRole('group', { name: /^(Sustainable housing|Guidance|Operational cooperation)$/ })
        .map((g) => g.getAttribute('aria-label') ?? g.querySelector('legend')?.textContent),
    ).toEqual(['Guidance']);
    unmount();
    render(meetingData({ viewerCan: staff, evaluationObjectives: [] }), [noProposals], undefined, 'CONTACT_PERSON');
    const none = await screen.findByTestId('evaluation');
    expect(within(none).queryAllByRole('radio')).toHaveLength(0);
    expect(within(none).getByText(/rates no objectives: its evaluation is in the minutes/)).toBeTruthy();
    // Nothing to rate, so it can be signed off as it is.
    expect(within(none).getByRole('button', { name: 'Sign off the evaluation' })).toBeTruthy();
  });

  it('has no evaluation on a consultation meeting', async () => {
    render(meetingData({ kind: 'CONSULTATION', evaluation: null }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Evaluation Mechelen' })).toBeTruthy();
    expect(screen.queryByTestId('evaluation')).toBeNull();
  });
});

describe('MeetingPage: documents', () => {
  it('lists the files shared on the meeting with their downloads, and uploads new ones to the meeting with a progress bar', async () => {
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    try {
      const withDoc = meetingData({ documents: [meetingDocument('d-1', 'jaarverslag.pdf')] });
      const refetched = meetingData({ documents: [meetingDocument('d-1', 'jaarverslag.pdf'), meetingDocument('d-2', 'presentatie.pdf')] });
      render(withDoc, [pageMock(refetched)]);
      const section = await screen.findByRole('region', { name: 'Documents' });
      expect(within(section).getByText('Seen by the invitees and the Fedasil staff of the partnerships concerned.')).toBeTruthy();
      const rows = within(section).getAllByTestId('document-row');
      expect(rows).toHaveLength(1);
      expect(within(rows[0]).getByRole('link', { name: 'Download: jaarverslag.pdf' }).getAttribute('href')).toBe('/documents/d-1/download');

      // No need-to-know categories on a meeting.
      const category = within(section).getByLabelText<HTMLSelectElement>('Category');
      expect([...category.options].map((o) => o.value)).not.toContain('MEDICAL');
      fireEvent.change(category, { target: { value: 'OTHER' } });
      fireEvent.change(within(section).getByLabelText('Files'), { target: { files: [new File(['%PDF-1.4'], 'presentatie.pdf', { type: 'application/pdf' })] } });
      const xhr = FakeXhr.sent[0];
      expect(xhr.url).toBe('/documents?meetingId=m-1&category=OTHER');
      xhr.progress(1, 4);
      expect(within(section).getByRole<HTMLProgressElement>('progressbar', { name: 'Uploading: presentatie.pdf' }).value).toBe(25);
      await xhr.respond(201, { document: { id: 'd-2', name: 'presentatie.pdf', category: 'OTHER' } });
      await waitFor(() => expect(within(section).getAllByTestId('document-row')).toHaveLength(2));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('offers no upload on a cancelled meeting, and says when nothing is shared', async () => {
    render(meetingData({ status: 'CANCELLED', cancelReason: 'Ziek' }));
    const section = await screen.findByRole('region', { name: 'Documents' });
    expect(within(section).getByText('No documents have been shared on this meeting yet.')).toBeTruthy();
    expect(within(section).queryByLabelText('Files')).toBeNull();
  });
});

import { FEEDBACK_OBJECTIVES, FEEDBACK_REVISION_KINDS, FEEDBACK_RHYTHMS, FEEDBACK_ROUND_STATUSES, OBJECTIVE_STATUSES } from '@partner-hub/shared';
import { GraphQLError } from 'graphql';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { feedbackAnswer, feedbackRevision, feedbackRound, feedbackSettings, filledAnswers, viewerMock } from '../../test/fixtures';
import { DICTIONARIES } from '../../app/i18n';
import { type Mocks, renderPage } from '../../test/render';
import { SetFeedbackScheduleDocument } from './FeedbackRhythm';
import { AcceptFeedbackRoundDocument, SendBackFeedbackRoundDocument } from './FeedbackReview';
import { SaveFeedbackDraftDocument, SubmitFeedbackRoundDocument } from './FeedbackRoundForm';
import { FeedbackRoundChangedDocument, FeedbackSection, FeedbackSectionDocument } from './FeedbackSection';

const PERIOD = '1 March 2026 to 31 March 2026';

function sectionMock(rounds: unknown[], settings = feedbackSettings()) {
  return {
    request: { query: FeedbackSectionDocument, variables: { partnershipId: 'p-1' } },
    result: { data: { feedbackSettings: settings, feedbackRounds: rounds } },
  };
}

/** The live subscription: announces one round (changed or new) after `delay` ms. */
function liveMock(round: unknown, delay: number) {
  return {
    request: { query: FeedbackRoundChangedDocument, variables: { partnershipId: 'p-1' } },
    result: { data: { feedbackRoundChanged: round } },
    delay,
  };
}

function render(mocks: Mocks, route = '/partnerships/p-1') {
  return renderPage(<FeedbackSection partnershipId="p-1" />, { path: '/partnerships/:id', route, mocks });
}

async function openRound() {
  fireEvent.click(await screen.findByRole('button', { name: `Open feedback round ${PERIOD}` }));
  return screen.getByTestId('feedback-round');
}

const choose = (objective: string, status: string) => fireEvent.click(within(screen.getByRole('radiogroup', { name: `Status: ${objective}` })).getByRole('radio', { name: status }));

describe('FeedbackSection', () => {
  it('shows the rhythm and the rounds with their status and overdue flag', async () => {
    render([
      viewerMock('CONTACT_PERSON'),
      sectionMock([feedbackRound({ id: 'r-2', periodStart: '2026-04-01', periodEnd: '2026-04-30', dueDate: '2026-04-30' }), feedbackRound({ overdue: true, status: 'SENT_BACK' })]),
    ]);
    expect(await screen.findByTestId('feedback-rhythm')).toHaveProperty('textContent', 'Every month, from 1 February 2026');
    const rounds = screen.getAllByTestId('feedback-round');
    expect(rounds).toHaveLength(2);
    expect(within(rounds[0]).getByRole('heading', { level: 3 }).textContent).toBe('Feedback round 1 April 2026 to 30 April 2026');
    expect(within(rounds[0]).getByText('To fill in')).toBeTruthy();
    expect(within(rounds[0]).queryByText('Overdue')).toBeNull();
    expect(within(rounds[1]).getByText('Sent back')).toBeTruthy();
    expect(within(rounds[1]).getByText('Overdue')).toBeTruthy();
    // viewerCanSet is false: the rhythm cannot be changed here.
    expect(screen.queryByRole('button', { name: 'Change the rhythm' })).toBeNull();
  });

  it('lets the contact person set the rhythm', async () => {
    const saved = vi.fn(() => ({ data: { setFeedbackSchedule: feedbackSettings({ rhythm: 'QUARTERLY', startDate: '2026-04-01', viewerCanSet: true }) } }));
    render([
      viewerMock('CONTACT_PERSON'),
      sectionMock([], feedbackSettings({ rhythm: null, startDate: null, viewerCanSet: true })),
      {
        request: { query: SetFeedbackScheduleDocument, variables: { input: { partnershipId: 'p-1', rhythm: 'QUARTERLY', startDate: '2026-04-01' } } },
        result: saved,
      },
      sectionMock([], feedbackSettings({ rhythm: 'QUARTERLY', startDate: '2026-04-01', viewerCanSet: true })),
    ]);
    expect(await screen.findByText('No rhythm is set: no new feedback rounds are made.')).toBeTruthy();
    expect(screen.getByText('There are no feedback rounds yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change the rhythm' }));
    fireEvent.change(screen.getByLabelText('Rhythm'), { target: { value: 'QUARTERLY' } });
    // It proposes this month; a rhythm needs its first day.
    expect(screen.getByLabelText<HTMLInputElement>('First period starts on').value).toMatch(/^\d{4}-\d{2}-01$/);
    fireEvent.change(screen.getByLabelText('First period starts on'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rhythm' }));
    expect(await screen.findByText('Choose the day the first period starts.')).toBeTruthy();
    expect(saved).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('First period starts on'), { target: { value: '2026-04-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rhythm' }));
    expect(await screen.findByText('Rhythm saved.')).toBeTruthy();
    expect(saved).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('feedback-rhythm').textContent).toBe('Every three months, from 1 April 2026');
  });

  describe('the partner’s form', () => {
    const partnerRound = (overrides: Record<string, unknown> = {}) => feedbackRound({ viewerCan: { __typename: 'FeedbackRoundViewerCan', submit: true, review: false }, ...overrides });

    it('refuses to submit without a status for every objective, and saves a draft as it is', async () => {
      const draftAnswers = [feedbackAnswer('SUSTAINABLE_HOUSING', 'ON_TRACK', 'Found a home.'), feedbackAnswer('GUIDANCE', null, null), feedbackAnswer('OPERATIONAL_COOPERATION', null, null)];
      const saved = vi.fn(() => ({ data: { saveFeedbackDraft: partnerRound({ answers: draftAnswers, updatedAt: '2026-03-03T10:00:00.000Z' }) } }));
      const submitted = vi.fn(() => ({ data: { submitFeedbackRound: partnerRound({ status: 'SUBMITTED' }) } }));
      render([
        viewerMock('COORDINATOR'),
        sectionMock([partnerRound()]),
        {
          request: {
            query: SaveFeedbackDraftDocument,
            variables: { input: { roundId: 'r-1', generalNote: null, answers: draftAnswers.map(({ objective, status, text }) => ({ objective, status, text })) } },
          },
          result: saved,
        },
        { request: { query: SubmitFeedbackRoundDocument, variables: () => true }, result: submitted },
      ]);
      const round = await openRound();
      expect(within(round).getByRole('group', { name: 'Sustainable housing' })).toBeTruthy();
      expect(within(round).getByRole('group', { name: 'Guidance' })).toBeTruthy();
      expect(within(round).getByRole('group', { name: 'Operational cooperation' })).toBeTruthy();

      choose('Sustainable housing', 'On track');
      fireEvent.change(within(round).getByLabelText(/Explanation: Sustainable housing/), { target: { value: 'Found a home.' } });
      fireEvent.click(within(round).getByRole('button', { name: 'Submit feedback' }));
      expect((await within(round).findByRole('alert')).textContent).toBe('Give a status for each of the three objectives before you submit.');
      expect(within(round).getAllByText('Choose a status')).toHaveLength(2);
      expect(submitted).not.toHaveBeenCalled();

      fireEvent.click(within(round).getByRole('button', { name: 'Save draft' }));
      expect(await within(round).findByText('Draft saved.')).toBeTruthy();
      expect(saved).toHaveBeenCalledTimes(1);
    });

    it('submits a status and text per objective and the general note', async () => {
      const input = {
        roundId: 'r-1',
        generalNote: 'A calm month.',
        answers: [
          { objective: 'SUSTAINABLE_HOUSING', status: 'ON_TRACK', text: 'A lease for three years.' },
          { objective: 'GUIDANCE', status: 'CONCERNS', text: null },
          { objective: 'OPERATIONAL_COOPERATION', status: 'BLOCKED', text: 'No answer from the OCMW.' },
        ],
      };
      const submitted = vi.fn(() => ({
        data: {
          submitFeedbackRound: feedbackRound({
            status: 'SUBMITTED',
            answers: input.answers.map((a) => feedbackAnswer(a.objective, a.status, a.text)),
            generalNote: 'A calm month.',
            submittedAt: '2026-03-28T10:00:00.000Z',
            submittedBy: { __typename: 'User', id: 'u-1', name: 'Ann Admin' },
            history: [feedbackRevision('v-1', 'SUBMITTED', { by: { __typename: 'User', id: 'u-1', name: 'Ann Admin' } })],
          }),
        },
      }));
      render([viewerMock('COORDINATOR'), sectionMock([partnerRound()]), { request: { query: SubmitFeedbackRoundDocument, variables: { input } }, result: submitted }]);
      const round = await openRound();
      choose('Sustainable housing', 'On track');
      fireEvent.change(within(round).getByLabelText(/Explanation: Sustainable housing/), { target: { value: 'A lease for three years.' } });
      choose('Guidance', 'Some concerns');
      choose('Operational cooperation', 'Blocked');
      fireEvent.change(within(round).getByLabelText(/Explanation: Operational cooperation/), { target: { value: 'No answer from the OCMW.' } });
      fireEvent.change(within(round).getByLabelText(/General note/), { target: { value: 'A calm month.' } });
      fireEvent.click(within(round).getByRole('button', { name: 'Submit feedback' }));

      expect(await within(round).findByText('Feedback submitted. Your contact person will review it.')).toBeTruthy();
      expect(submitted).toHaveBeenCalledTimes(1);
      // The form gives way to what was submitted, and the history names who submitted it.
      expect(within(round).getByText('Submitted', { selector: '.badge' })).toBeTruthy();
      expect(within(round).queryByRole('button', { name: 'Submit feedback' })).toBeNull();
      expect(within(round).getByText('Submitted; waiting for the contact person’s review.')).toBeTruthy();
      expect(within(round).getByText('No answer from the OCMW.')).toBeTruthy();
      expect(within(within(round).getByTestId('feedback-history')).getByText('Submitted by Ann Admin')).toBeTruthy();
    });

    it('shows the contact person’s note on a sent-back round and resubmits the revision', async () => {
      const sentBack = partnerRound({
        status: 'SENT_BACK',
        overdue: true,
        answers: filledAnswers(),
        reviewNote: 'Say more about the school enrolment.',
        reviewedAt: '2026-03-29T09:00:00.000Z',
        reviewedBy: { __typename: 'User', id: 'u-2', name: 'Carl Contact' },
        history: [feedbackRevision('v-1', 'SUBMITTED'), feedbackRevision('v-2', 'SENT_BACK', { note: 'Say more about the school enrolment.', at: '2026-03-29T09:00:00.000Z' })],
      });
      const submitted = vi.fn(() => ({
        data: { submitFeedbackRound: { ...sentBack, status: 'SUBMITTED', overdue: false, viewerCan: { __typename: 'FeedbackRoundViewerCan', submit: false, review: false } } },
      }));
      render(
        [viewerMock('COORDINATOR'), sectionMock([sentBack]), { request: { query: SubmitFeedbackRoundDocument, variables: () => true }, result: submitted }],
        '/partnerships/p-1?round=r-1#feedback',
      );

      // ?round=r-1 opens the round.
      const round = await screen.findByTestId('feedback-round');
      const notice = within(round).getByTestId('feedback-review-note');
      expect(notice.textContent).toContain('Sent back by Carl Contact: revise the feedback and submit it again.');
      expect(notice.textContent).toContain('Say more about the school enrolment.');
      // The form starts from what was submitted.
      const guidance = within(round).getByRole('radiogroup', { name: 'Status: Guidance' });
      expect(within(guidance).getByRole<HTMLInputElement>('radio', { name: 'Some concerns' }).checked).toBe(true);
      expect(within(round).getByLabelText<HTMLTextAreaElement>(/Explanation: Guidance/).value).toBe('Waiting for the health insurance card.');
      const history = within(round).getByTestId('feedback-history');
      expect(within(history).getByText('Sent back by Carl Contact')).toBeTruthy();
      expect(within(history).getByText('Say more about the school enrolment.')).toBeTruthy();

      fireEvent.change(within(round).getByLabelText(/Explanation: Guidance/), { target: { value: 'Lina starts school on Monday.' } });
      fireEvent.click(within(round).getByRole('button', { name: 'Submit the revised feedback' }));
      expect(await within(round).findByText('Feedback submitted. Your contact person will review it.')).toBeTruthy();
      expect(submitted).toHaveBeenCalledTimes(1);
      const variables = (submitted.mock.calls[0] as unknown as [{ input: { answers: { objective: string; text: string }[] } }])[0];
      expect(variables.input.answers.find((a) => a.objective === 'GUIDANCE')?.text).toBe('Lina starts school on Monday.');
    });

    it('shows the API’s error in the reader’s language', async () => {
      render([
        viewerMock('COORDINATOR'),
        sectionMock([partnerRound({ answers: filledAnswers() })]),
        { request: { query: SubmitFeedbackRoundDocument, variables: () => true }, result: { errors: [new GraphQLError('not editable', { extensions: { code: 'FEEDBACK_NOT_EDITABLE' } })] } },
      ]);
      const round = await openRound();
      fireEvent.click(within(round).getByRole('button', { name: 'Submit feedback' }));
      expect((await within(round).findByRole('alert')).textContent).toContain('This feedback round can no longer be changed');
    });
  });

  describe('the contact person’s review', () => {
    const submitted = (overrides: Record<string, unknown> = {}) =>
      feedbackRound({
        status: 'SUBMITTED',
        answers: filledAnswers(),
        generalNote: 'A calm month.',
        submittedAt: '2026-03-28T10:00:00.000Z',
        submittedBy: { __typename: 'User', id: 'u-3', name: 'Lotte Claes' },
        viewerCan: { __typename: 'FeedbackRoundViewerCan', submit: false, review: true },
        history: [feedbackRevision('v-1', 'SUBMITTED')],
        ...overrides,
      });

    it('shows the answers; sending back needs a note', async () => {
      const sendBack = vi.fn(() => ({
        data: {
          sendBackFeedbackRound: submitted({
            status: 'SENT_BACK',
            reviewNote: 'Say more about the school.',
            reviewedBy: { __typename: 'User', id: 'u-1', name: 'Ann Admin' },
            reviewedAt: '2026-03-29T09:00:00.000Z',
            viewerCan: { __typename: 'FeedbackRoundViewerCan', submit: false, review: false },
            history: [feedbackRevision('v-1', 'SUBMITTED'), feedbackRevision('v-2', 'SENT_BACK', { note: 'Say more about the school.', by: { __typename: 'User', id: 'u-1', name: 'Ann Admin' } })],
          }),
        },
      }));
      render([
        viewerMock('CONTACT_PERSON'),
        sectionMock([submitted()]),
        { request: { query: SendBackFeedbackRoundDocument, variables: { id: 'r-1', note: 'Say more about the school.' } }, result: sendBack },
      ]);
      const round = await openRound();
      // The answers as submitted (the history holds them too, folded away).
      const answers = round.querySelector<HTMLElement>('.feedback-round-panel > .feedback-answers')!;
      expect(within(answers).getByText('Waiting for the health insurance card.')).toBeTruthy();
      expect(within(answers).getByText('Some concerns')).toBeTruthy();
      expect(within(answers).getByText('A calm month.')).toBeTruthy();
      // The contact person does not answer for the partner.
      expect(within(round).queryByRole('button', { name: 'Submit feedback' })).toBeNull();

      const review = within(round).getByRole('form', { name: 'Review' });
      fireEvent.click(within(review).getByRole('button', { name: 'Send back' }));
      expect(await within(review).findByText('Say what should be revised.')).toBeTruthy();
      expect(sendBack).not.toHaveBeenCalled();

      fireEvent.change(within(review).getByLabelText('Note to the partner'), { target: { value: 'Say more about the school.' } });
      fireEvent.click(within(review).getByRole('button', { name: 'Send back' }));
      expect(await within(round).findByText('Feedback sent back with your note.')).toBeTruthy();
      expect(sendBack).toHaveBeenCalledTimes(1);
      expect(within(round).getByText('Sent back', { selector: '.badge' })).toBeTruthy();
      expect(within(round).queryByRole('form', { name: 'Review' })).toBeNull();
      expect(within(round).getByText('Waiting for the partner’s feedback.')).toBeTruthy();
    });

    it('accepts, with an optional note', async () => {
      const accept = vi.fn(() => ({
        data: {
          acceptFeedbackRound: submitted({
            status: 'ACCEPTED',
            reviewNote: null,
            reviewedBy: { __typename: 'User', id: 'u-1', name: 'Ann Admin' },
            reviewedAt: '2026-03-29T09:00:00.000Z',
            viewerCan: { __typename: 'FeedbackRoundViewerCan', submit: false, review: false },
            history: [feedbackRevision('v-1', 'SUBMITTED'), feedbackRevision('v-2', 'ACCEPTED', { by: { __typename: 'User', id: 'u-1', name: 'Ann Admin' } })],
          }),
        },
      }));
      render([viewerMock('CONTACT_PERSON'), sectionMock([submitted()]), { request: { query: AcceptFeedbackRoundDocument, variables: { id: 'r-1', note: null } }, result: accept }]);
      const round = await openRound();
      fireEvent.click(within(round).getByRole('button', { name: 'Accept' }));
      expect(await within(round).findByText('Feedback accepted.')).toBeTruthy();
      expect(accept).toHaveBeenCalledTimes(1);
      expect(within(round).getByText('Accepted', { selector: '.badge' })).toBeTruthy();
      expect(within(within(round).getByTestId('feedback-history')).getByText('Accepted by Ann Admin')).toBeTruthy();
    });
  });

  it('follows a round live: the partner’s submission appears without a reload', async () => {
    render([
      viewerMock('CONTACT_PERSON'),
      sectionMock([feedbackRound()]),
      liveMock(
        feedbackRound({ status: 'SUBMITTED', answers: filledAnswers(), submittedBy: { __typename: 'User', id: 'u-3', name: 'Lotte Claes' }, history: [feedbackRevision('v-1', 'SUBMITTED')] }),
        20,
      ),
    ]);
    const round = await screen.findByTestId('feedback-round');
    expect(within(round).getByText('To fill in')).toBeTruthy();
    await waitFor(() => expect(within(round).getByText('Submitted', { selector: '.badge' })).toBeTruthy());
  });

  it('labels every rhythm, objective, status and history step, in every language', () => {
    for (const messages of Object.values(DICTIONARIES)) {
      const all = messages as Record<string, string>;
      for (const r of FEEDBACK_RHYTHMS) expect(all[`feedbackRhythm.${r}`], r).toBeTruthy();
      for (const o of FEEDBACK_OBJECTIVES) expect(all[`feedbackObjective.${o}`], o).toBeTruthy();
      for (const s of OBJECTIVE_STATUSES) expect(all[`objectiveStatus.${s}`], s).toBeTruthy();
      for (const s of FEEDBACK_ROUND_STATUSES) expect(all[`feedbackRoundStatus.${s}`], s).toBeTruthy();
      for (const k of FEEDBACK_REVISION_KINDS) expect(all[`feedbackRevisionKind.${k}`], k).toBeTruthy();
    }
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { feedbackRound, feedbackSettings, viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { SubmitFeedbackRoundDocument } from './FeedbackRoundForm';
import { FeedbackSection, FeedbackSectionDocument } from './FeedbackSection';

const label = (nl: string, fr: string, en: string) => ({ __typename: 'LocalisedLabelType' as const, nl, fr, en });
const indicator = (key: string, type: string, required: boolean, l: ReturnType<typeof label>, choices: unknown[] = []) => ({
  __typename: 'IndicatorType_' as const,
  key,
  type,
  required,
  label: l,
  choices,
});
const returnDesk = {
  __typename: 'Partnership' as const,
  id: 'p-1',
  programme: {
    __typename: 'Programme' as const,
    id: 'programme-return',
    objectives: [],
    indicators: [
      indicator('returns', 'NUMBER', true, label('Terugkeren deze maand', 'Retours ce mois-ci', 'Returns this month')),
      indicator('mainCountry', 'CHOICE', false, label('Belangrijkste land van terugkeer', 'Principal pays de retour', 'Main country of return'), [
        { __typename: 'IndicatorChoiceType' as const, key: 'GE', label: label('Georgië', 'Géorgie', 'Georgia') },
        { __typename: 'IndicatorChoiceType' as const, key: 'BR', label: label('Brazilië', 'Brésil', 'Brazil') },
      ]),
      indicator('remarks', 'TEXT', false, label('Opmerkingen', 'Remarques', 'Remarks')),
    ],
  },
};

describe('a return desk’s report (programme indicators)', () => {
  it('asks the programme’s figures in Dutch, not the resettlement objectives, and submits them typed', async () => {
    const round = feedbackRound({ partnership: returnDesk, viewerCan: { __typename: 'FeedbackRoundViewerCan', submit: true, review: false } });
    const input = {
      roundId: 'r-1',
      answers: [],
      indicatorValues: [
        { key: 'returns', number: 12, choice: null, text: null },
        { key: 'mainCountry', number: null, choice: 'GE', text: null },
        { key: 'remarks', number: null, choice: null, text: null },
      ],
      generalNote: null,
    };
    const submitted = vi.fn(() => ({
      data: {
        submitFeedbackRound: {
          ...round,
          status: 'SUBMITTED',
          indicatorValues: input.indicatorValues.slice(0, 2).map((v) => ({ __typename: 'IndicatorValueType', ...v })),
          viewerCan: { __typename: 'FeedbackRoundViewerCan', submit: false, review: false },
        },
      },
    }));
    renderPage(<FeedbackSection partnershipId="p-1" />, {
      path: '/partnerships/:id',
      route: '/partnerships/p-1',
      locale: 'nl',
      mocks: [
        viewerMock('COORDINATOR', 'nl'),
        { request: { query: FeedbackSectionDocument, variables: { partnershipId: 'p-1' } }, result: { data: { feedbackSettings: feedbackSettings(), feedbackRounds: [round] } } },
        { request: { query: SubmitFeedbackRoundDocument, variables: { input } }, result: submitted },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: /feedbackronde/i }));
    const item = screen.getByTestId('feedback-round');
    expect(within(item).queryByRole('radiogroup')).toBeNull();
    // Submitting without the required figure names it.
    fireEvent.click(within(item).getByRole('button', { name: 'Feedback indienen' }));
    expect((await within(item).findAllByText('Vul elk verplicht cijfer in voor je indient.')).length).toBeGreaterThan(0);
    expect(submitted).not.toHaveBeenCalled();

    fireEvent.change(within(item).getByLabelText(/Terugkeren deze maand/), { target: { value: '12' } });
    fireEvent.change(within(item).getByLabelText(/Belangrijkste land van terugkeer/), { target: { value: 'GE' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Feedback indienen' }));
    await vi.waitFor(() => expect(submitted).toHaveBeenCalledTimes(1));
    expect(await within(item).findByText('Georgië')).toBeTruthy();
  });
});

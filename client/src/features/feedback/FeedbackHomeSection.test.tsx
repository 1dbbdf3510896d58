import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { FeedbackHomeSection, MyFeedbackRoundsDocument } from './FeedbackHomeSection';

const row = (id: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'FeedbackRound' as const,
  id,
  periodStart: '2026-02-01',
  periodEnd: '2026-02-28',
  dueDate: '2026-02-28',
  status: 'OPEN',
  overdue: false,
  partnership: { __typename: 'Partnership' as const, id: 'p-1', name: 'Onthaalgroep Mechelen' },
  ...overrides,
});

const mock = (rounds: unknown[]) => ({ request: { query: MyFeedbackRoundsDocument }, result: { data: { myFeedbackRounds: rounds } } });

describe('FeedbackHomeSection', () => {
  it('lists the rounds waiting for the viewer, flags the overdue ones, and links to each round', async () => {
    renderPage(<FeedbackHomeSection />, {
      locale: 'nl',
      mocks: [
        mock([
          row('r-1', { status: 'SENT_BACK', overdue: true }),
          row('r-2', { periodStart: '2026-03-01', periodEnd: '2026-03-31', dueDate: '2026-03-31', status: 'SUBMITTED', partnership: { __typename: 'Partnership', id: 'p-2', name: 'Gent Samen' } }),
        ]),
        viewerMock('CONTACT_PERSON', 'nl'),
      ],
    });
    const section = await screen.findByRole('region', { name: 'Feedbackrondes' });
    expect((await within(section).findByTestId('feedback-home-summary')).textContent).toBe('Wachtend: 2. Te laat: 1.');
    const items = await within(section).findAllByTestId('feedback-home-round');
    expect(within(items[0]).getByRole('link').textContent).toBe('Onthaalgroep Mechelen: 1 februari 2026 tot 28 februari 2026');
    expect(within(items[0]).getByRole('link').getAttribute('href')).toBe('/partnerships/p-1?round=r-1#feedback');
    expect(within(items[0]).getByText('Teruggestuurd')).toBeTruthy();
    expect(within(items[0]).getByText('Te laat')).toBeTruthy();
    expect(within(items[1]).getByRole('link').getAttribute('href')).toBe('/partnerships/p-2?round=r-2#feedback');
    expect(within(items[1]).getByText('Ingediend')).toBeTruthy();
    expect(within(items[1]).queryByText('Te laat')).toBeNull();
  });

  it('says when nothing waits', async () => {
    renderPage(<FeedbackHomeSection />, { mocks: [mock([]), viewerMock('COORDINATOR')] });
    expect(await screen.findByText('No feedback round is open or overdue.')).toBeTruthy();
  });
});

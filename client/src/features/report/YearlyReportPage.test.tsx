import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { YearlyReportDocument, YearlyReportPage } from './YearlyReportPage';

const months = Array.from({ length: 12 }, (_, i) =>
  (['DIRECT', 'AFTER_RECEPTION'] as const).map((arrivalRoute) => ({
    __typename: 'ReportMonthRoute',
    month: i + 1,
    arrivalRoute,
    households: i === 2 && arrivalRoute === 'DIRECT' ? 1 : 0,
    persons: i === 2 && arrivalRoute === 'DIRECT' ? 5 : 0,
    plannedHouseholds: 0,
    plannedPersons: 0,
  })),
).flat();

const report = {
  __typename: 'YearlyReport',
  year: 2024,
  csvUrl: '/reports/yearly.csv?programme=RESETTLEMENT&year=2024',
  monthsCsvUrl: '/reports/yearly-months.csv?programme=RESETTLEMENT&year=2024',
  programme: { __typename: 'Programme', id: 'prog-1', code: 'RESETTLEMENT' },
  months,
  partnerships: [
    {
      __typename: 'ReportPartnership',
      partnership: { __typename: 'Partnership', id: 'p-1', name: 'Gent welcomes' },
      track: 'COMMUNITY_SPONSORSHIP',
      households: 3,
      persons: 8,
      committedCents: 3_350_000,
      approvedCents: 3_350_000,
      paidCents: 1_000_000,
      statementStatus: 'PARTLY_PAID',
      feedback: { __typename: 'ReportFeedback', rounds: 2, accepted: 1, submitted: 0, open: 0, overdue: 1 },
      evaluation: {
        __typename: 'ReportEvaluation',
        meetingId: 'm-1',
        title: 'Evaluation',
        startsAt: '2024-06-01T09:00:00.000Z',
        ratings: [
          { __typename: 'ReportRating', objective: 'SUSTAINABLE_HOUSING', rating: 4 },
          { __typename: 'ReportRating', objective: 'GUIDANCE', rating: 3 },
          { __typename: 'ReportRating', objective: 'OPERATIONAL_COOPERATION', rating: 5 },
        ],
      },
    },
  ],
  objectives: [
    { __typename: 'ReportObjective', objective: 'SUSTAINABLE_HOUSING', average: 4, evaluations: 1 },
    { __typename: 'ReportObjective', objective: 'GUIDANCE', average: 3, evaluations: 1 },
    { __typename: 'ReportObjective', objective: 'OPERATIONAL_COOPERATION', average: 4.5, evaluations: 2 },
  ],
  totals: { __typename: 'ReportTotals', households: 3, persons: 8, committedCents: 3_350_000, approvedCents: 3_350_000, paidCents: 1_000_000, arrivedPersons: 5, plannedPersons: 0 },
};

describe('YearlyReportPage', () => {
  it('shows the partnerships with funding, statement status, feedback and ratings, with downloads, in French', async () => {
    const mock = { request: { query: YearlyReportDocument, variables: { programme: 'RESETTLEMENT', year: 2024 } }, result: { data: { yearlyReport: report } } };
    renderPage(<YearlyReportPage />, { path: '/reports/yearly', route: '/reports/yearly?year=2024', locale: 'fr', mocks: [viewerMock('ADMIN', 'fr'), mock] });
    const row = await screen.findByTestId('report-row');
    expect(within(row).getByRole('link', { name: 'Gent welcomes' }).getAttribute('href')).toBe('/partnerships/p-1/payments?year=2024');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Parrainage communautaire', '3 ménages, 8 personnes', '33 500,00 €', '33 500,00 €', '10 000,00 €', 'Partiellement payé', '1 sur 2 acceptés 1 en retard', '4', '3', '5']);
    expect(screen.getByTestId('objective-OPERATIONAL_COOPERATION').textContent).toBe('moyenne 4,5 sur 2 partenariats');
    expect(screen.getByRole('link', { name: 'Télécharger les partenariats (Excel)' }).getAttribute('href')).toBe('/reports/yearly.xlsx?programme=RESETTLEMENT&year=2024');
    expect(screen.getByRole('button', { name: 'Imprimer' })).toBeTruthy();
  });
});

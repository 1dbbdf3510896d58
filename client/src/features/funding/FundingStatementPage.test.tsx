import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { FundingStatementDocument, FundingStatementPage } from './FundingStatementPage';

const row = (id: string, reference: string, headName: string, persons: number, cents: Partial<Record<string, number>>) => ({
  __typename: 'FundingStatementRow',
  household: { __typename: 'Household', id },
  reference,
  headName,
  persons,
  baseCents: 0,
  secondYearCents: 0,
  directArrivalHeadCents: 0,
  directArrivalMembersCents: 0,
  totalCents: 0,
  ...cents,
});

describe('FundingStatementPage', () => {
  it('lists each household’s funding and the totals, formatted for nl-BE, with the CSV download', async () => {
    const statement = {
      __typename: 'FundingStatement',
      csvUrl: '/partnerships/p-1/funding.csv',
      partnership: { __typename: 'Partnership', id: 'p-1', name: 'Gent welcomes' },
      rows: [
        row('h-1', 'RS-2026-001', 'Amina Haddad', 5, { baseCents: 1_500_000, secondYearCents: 300_000, directArrivalHeadCents: 200_000, directArrivalMembersCents: 200_000, totalCents: 2_200_000 }),
        row('h-2', 'RS-2026-002', 'Grace Mugisha', 1, { baseCents: 300_000, totalCents: 300_000 }),
      ],
      totals: {
        __typename: 'FundingStatementTotals',
        persons: 6,
        baseCents: 1_800_000,
        secondYearCents: 300_000,
        directArrivalHeadCents: 200_000,
        directArrivalMembersCents: 200_000,
        totalCents: 2_500_000,
      },
    };
    const mock = { request: { query: FundingStatementDocument, variables: { partnershipId: 'p-1' } }, result: { data: { fundingStatement: statement } } };
    renderPage(<FundingStatementPage />, { path: '/partnerships/:id/funding', route: '/partnerships/p-1/funding', locale: 'nl', mocks: [viewerMock('COORDINATOR', 'nl'), mock] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Financieringsoverzicht: Gent welcomes' })).toBeTruthy();
    const rows = screen.getAllByTestId('statement-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('link', { name: 'RS-2026-001' }).getAttribute('href')).toBe('/households/h-1');
    expect(
      within(rows[0])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Amina Haddad', '5', '€ 15.000,00', '€ 3.000,00', '€ 2.000,00', '€ 2.000,00', '€ 22.000,00']);
    expect(screen.getByTestId('statement-total').textContent).toBe('€ 25.000,00');
    const csv = screen.getByRole('link', { name: 'CSV downloaden' });
    expect(csv.getAttribute('href')).toBe('/partnerships/p-1/funding.csv');
    expect(csv.hasAttribute('download')).toBe(true);
  });
});

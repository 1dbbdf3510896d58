import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentYearInBrussels } from '../../app/format';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { RecordSpendingDocument } from './BudgetForms';
import { BudgetSection, PartnershipBudgetDocument } from './BudgetSection';

const year = currentYearInBrussels();

const overview = (spentCents: number, spending: { id: string; periodStart: string; periodEnd: string; amountCents: number; note: string | null }[]) => ({
  __typename: 'BudgetOverview' as const,
  partnershipId: 'p-7',
  fundingRule: 'AGREED_BUDGET' as const,
  year,
  budgetCents: 14_000_000,
  spentCents,
  viewerCan: { __typename: 'BudgetViewerCan' as const, setBudget: false, recordSpending: true },
  spending: spending.map((s) => ({ __typename: 'SpendingReport' as const, ...s })),
  history: [],
});

const query = (data: ReturnType<typeof overview>) => ({ request: { query: PartnershipBudgetDocument, variables: { partnershipId: 'p-7', year } }, result: { data: { partnershipBudget: data } } });

describe('BudgetSection', () => {
  it('shows the spending against the budget, and a partner records a period’s spending (nl)', async () => {
    const january = { id: 's-1', periodStart: `${year}-01-01`, periodEnd: `${year}-01-31`, amountCents: 1_100_000, note: null };
    const march = { id: 's-2', periodStart: `${year}-03-01`, periodEnd: `${year}-03-31`, amountCents: 123_456, note: 'Tolken' };
    renderPage(<BudgetSection partnershipId="p-7" />, {
      locale: 'nl',
      mocks: [
        viewerMock('COORDINATOR', 'nl'),
        query(overview(1_100_000, [january])),
        {
          request: { query: RecordSpendingDocument, variables: { input: { partnershipId: 'p-7', periodStart: march.periodStart, periodEnd: march.periodEnd, amountCents: 123_456, note: 'Tolken' } } },
          result: { data: { recordSpending: { __typename: 'BudgetOverview' as const, partnershipId: 'p-7', spentCents: 1_223_456 } } },
        },
        query(overview(1_223_456, [january, march])),
      ],
    });
    const section = await screen.findByRole('region', { name: 'Budget en uitgaven' });
    expect(within(section).getByTestId('budget-agreed').textContent).toBe('€ 140.000,00');
    expect(within(section).getByTestId('budget-remaining').textContent).toBe('€ 129.000,00');
    expect(within(section).getByRole('progressbar').getAttribute('aria-valuetext')).toBe('8% van het budget uitgegeven');
    // No budget form for a partner.
    expect(within(section).queryByRole('button', { name: 'Budget opslaan' })).toBeNull();

    const fill = (label: string | RegExp, value: string) => fireEvent.change(within(section).getByLabelText(label), { target: { value } });
    fill('Van', march.periodStart);
    fill('Tot en met', march.periodEnd);
    fill('Bedrag in euro', '1.234,56');
    fill(/^Opmerking/, 'Tolken');
    fireEvent.click(within(section).getByRole('button', { name: 'Uitgaven registreren' }));
    expect(await within(section).findByRole('status')).toHaveProperty('textContent', 'Uitgaven geregistreerd.');
    expect((await within(section).findByTestId('budget-spent')).textContent).toBe('€ 12.234,56');
    const rows = within(within(section).getByTestId('spending-table')).getAllByRole('row');
    expect(rows.map((r) => (r as HTMLTableRowElement).cells[1]?.textContent)).toEqual(['Uitgegeven', '€ 11.000,00', '€ 1.234,56']);
  });
});

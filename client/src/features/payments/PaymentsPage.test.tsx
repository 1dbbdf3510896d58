import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { ApproveFundingStatementDocument, PaymentsPage, PeriodStatementPageDocument } from './PaymentsPage';

const line = (householdId: string, reference: string, persons: number, totalCents: number) => ({
  __typename: 'StatementLine',
  householdId,
  reference,
  headName: `Head ${reference}`,
  persons,
  baseCents: persons * 300_000,
  secondYearCents: 0,
  directArrivalHeadCents: 0,
  directArrivalMembersCents: 0,
  totalCents,
});
const user = { __typename: 'User', id: 'u-c', name: 'Carla Contact' };

function statement(over: Record<string, unknown> = {}) {
  return {
    __typename: 'PeriodStatement',
    id: 'p-1:2026',
    year: 2026,
    years: [2026, 2025],
    status: 'CHANGED_SINCE_APPROVAL',
    approvedTotalCents: 2_500_000,
    paidCents: 1_000_000,
    balanceCents: 1_500_000,
    partnership: { __typename: 'Partnership', id: 'p-1', name: 'Gent welcomes' },
    lines: [line('h-1', 'PAY-A', 5, 2_200_000), line('h-2', 'PAY-B', 1, 360_000)],
    totals: { __typename: 'StatementTotals', households: 2, persons: 6, totalCents: 2_560_000 },
    approval: {
      __typename: 'StatementApproval',
      approvedAt: '2026-03-02T09:00:00.000Z',
      approvedBy: user,
      totals: { __typename: 'StatementTotals', households: 2, persons: 6, totalCents: 2_500_000 },
    },
    differences: [
      {
        __typename: 'StatementDifference',
        householdId: 'h-2',
        reference: 'PAY-B',
        deltaCents: 60_000,
        approved: { __typename: 'StatementLine', totalCents: 300_000 },
        current: { __typename: 'StatementLine', totalCents: 360_000 },
      },
    ],
    payments: [{ __typename: 'FundingPaymentView', id: 'pay-1', paidOn: '2026-03-10', amountCents: 1_000_000, note: 'Transfer 1', recordedBy: user }],
    history: [
      {
        __typename: 'StatementEventView',
        id: 'e-1',
        kind: 'APPROVED',
        at: '2026-03-02T09:00:00.000Z',
        user,
        approvedTotalCents: 2_500_000,
        previousApprovedTotalCents: null,
        amountCents: null,
        paidCents: 0,
      },
      {
        __typename: 'StatementEventView',
        id: 'e-2',
        kind: 'PAYMENT_RECORDED',
        at: '2026-03-10T09:00:00.000Z',
        user,
        approvedTotalCents: 2_500_000,
        previousApprovedTotalCents: null,
        amountCents: 1_000_000,
        paidCents: 1_000_000,
      },
    ],
    viewerCan: { __typename: 'StatementViewerCan', approve: true, recordPayment: true },
    ...over,
  };
}

const read = (s: ReturnType<typeof statement>) => ({ request: { query: PeriodStatementPageDocument, variables: { partnershipId: 'p-1', year: 2026 } }, result: { data: { periodStatement: s } } });

describe('PaymentsPage', () => {
  it('shows a statement changed since approval with the difference per household, and approves the new total', async () => {
    const approved = statement({ status: 'PARTLY_PAID', approvedTotalCents: 2_560_000, balanceCents: 1_560_000, differences: [] });
    const approve = {
      request: { query: ApproveFundingStatementDocument, variables: { partnershipId: 'p-1', year: 2026, totalCents: 2_560_000 } },
      result: { data: { approveFundingStatement: approved } },
    };
    renderPage(<PaymentsPage />, {
      path: '/partnerships/:id/payments',
      route: '/partnerships/p-1/payments?year=2026',
      locale: 'nl',
      mocks: [viewerMock('CONTACT_PERSON', 'nl'), read(statement()), approve],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Goedkeuring en betalingen 2026: Gent welcomes' })).toBeTruthy();
    expect(screen.getByTestId('statement-status').textContent).toBe('Gewijzigd sinds goedkeuring');
    const diff = screen.getAllByTestId('difference-row');
    expect(diff).toHaveLength(1);
    expect(
      within(diff[0])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['€ 3.000,00', '€ 3.600,00', '+ € 600,00']);
    expect(screen.getByTestId('current-total').textContent).toBe('€ 25.600,00');
    expect(screen.getByTestId('approved-total').textContent).toBe('€ 25.000,00');
    // No payment while the figures differ from the approved ones.
    expect(screen.queryByRole('button', { name: 'Betaling registreren' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Nieuwe bedragen goedkeuren' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, goedkeuren' }));
    expect(await screen.findByText('Het overzicht is goedgekeurd.')).toBeTruthy();
    expect(screen.getByTestId('statement-status').textContent).toBe('Deels betaald');
    expect(screen.getByTestId('balance').textContent).toBe('€ 15.600,00');
    expect(screen.getByRole('button', { name: 'Betaling registreren' })).toBeTruthy();
  });

  it('is read-only for a coordinator: status and instalments, no approval or payment form', async () => {
    const s = statement({ status: 'PAID', differences: [], approvedTotalCents: 1_000_000, balanceCents: 0, viewerCan: { __typename: 'StatementViewerCan', approve: false, recordPayment: false } });
    renderPage(<PaymentsPage />, { path: '/partnerships/:id/payments', route: '/partnerships/p-1/payments?year=2026', locale: 'en', mocks: [viewerMock('COORDINATOR', 'en'), read(s)] });
    expect(await screen.findByTestId('statement-status')).toBeTruthy();
    expect(screen.getByTestId('statement-status').textContent).toBe('Paid');
    expect(screen.getAllByTestId('payment-row')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /approve/i })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Record the payment' })).toBeNull();
  });
});

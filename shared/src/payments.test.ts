import { describe, expect, it } from 'vitest';
import { type StatementFigures, statementDifferences, statementStatus } from './payments.js';

const line = (householdId: string, persons: number, totalCents: number, extra: Partial<StatementFigures> = {}): StatementFigures => ({
  householdId,
  reference: `REF-${householdId}`,
  headName: 'Head',
  persons,
  baseCents: persons * 300_000,
  secondYearCents: 0,
  directArrivalHeadCents: 0,
  directArrivalMembersCents: 0,
  totalCents,
  ...extra,
});

describe('statementDifferences', () => {
  it('is empty when the figures are those approved', () => {
    expect(statementDifferences([line('a', 5, 2_200_000), line('b', 1, 300_000)], [line('b', 1, 300_000), line('a', 5, 2_200_000)])).toEqual([]);
  });

  it('shows a changed, an added and a removed household with the difference in cents', () => {
    // b extended (+ EUR 600), c added (EUR 3,000), a gone (- EUR 22,000).
    const approved = [line('a', 5, 2_200_000), line('b', 1, 300_000)];
    const now = [line('b', 1, 360_000, { secondYearCents: 60_000 }), line('c', 1, 300_000)];
    expect(statementDifferences(approved, now).map((d) => [d.reference, d.approved?.totalCents ?? null, d.current?.totalCents ?? null, d.deltaCents])).toEqual([
      ['REF-a', 2_200_000, null, -2_200_000],
      ['REF-b', 300_000, 360_000, 60_000],
      ['REF-c', null, 300_000, 300_000],
    ]);
  });

  it('sees a change of lines that keeps the total (persons or a line moved)', () => {
    expect(statementDifferences([line('a', 2, 600_000)], [line('a', 2, 600_000, { baseCents: 500_000, secondYearCents: 100_000 })])).toHaveLength(1);
  });
});

describe('statementStatus', () => {
  it('goes draft -> approved -> partly paid -> paid, and changed since approval whenever a figure differs', () => {
    expect(statementStatus({ approvedTotalCents: null, paidCents: 0, changed: false })).toBe('DRAFT');
    expect(statementStatus({ approvedTotalCents: 2_500_000, paidCents: 0, changed: false })).toBe('APPROVED');
    expect(statementStatus({ approvedTotalCents: 2_500_000, paidCents: 1_000_000, changed: false })).toBe('PARTLY_PAID');
    expect(statementStatus({ approvedTotalCents: 2_500_000, paidCents: 2_500_000, changed: false })).toBe('PAID');
    expect(statementStatus({ approvedTotalCents: 2_500_000, paidCents: 2_500_000, changed: true })).toBe('CHANGED_SINCE_APPROVAL');
  });
});

/**
 * Funding statements Fedasil pays on: one per partnership and calendar year (the year whose tariff
 * applies to a household: its start of guidance, else arrival, else planned arrival).
 */

/**
 * Where a statement stands. DRAFT: never approved. APPROVED: approved, nothing paid yet.
 * PARTLY_PAID: instalments below the approved total. PAID: instalments reach the approved total.
 * CHANGED_SINCE_APPROVAL: a figure differs from the approved snapshot; it needs a new approval
 * before any further payment.
 */
export const FUNDING_STATEMENT_STATUSES = ['DRAFT', 'APPROVED', 'PARTLY_PAID', 'PAID', 'CHANGED_SINCE_APPROVAL'] as const;
export type FundingStatementStatus = (typeof FUNDING_STATEMENT_STATUSES)[number];

/** The steps of a statement's history. */
export const FUNDING_STATEMENT_EVENT_KINDS = ['APPROVED', 'REAPPROVED', 'PAYMENT_RECORDED'] as const;
export type FundingStatementEventKind = (typeof FUNDING_STATEMENT_EVENT_KINDS)[number];

/** The figures of one household on a statement, in euro cents (what an approval freezes). */
export interface StatementFigures {
  householdId: string;
  reference: string;
  headName: string;
  persons: number;
  baseCents: number;
  secondYearCents: number;
  directArrivalHeadCents: number;
  directArrivalMembersCents: number;
  totalCents: number;
}

const FIGURE_KEYS = ['persons', 'baseCents', 'secondYearCents', 'directArrivalHeadCents', 'directArrivalMembersCents', 'totalCents'] as const;

export interface StatementDifference {
  householdId: string;
  reference: string;
  /** The approved figures; null for a household added since the approval. */
  approved: StatementFigures | null;
  /** The figures now; null for a household no longer on the statement. */
  current: StatementFigures | null;
  /** current - approved total, in euro cents. */
  deltaCents: number;
}

/** Households whose figures differ between the approved snapshot and now (added, removed or changed), by reference. */
export function statementDifferences(approved: readonly StatementFigures[], current: readonly StatementFigures[]): StatementDifference[] {
  const before = new Map(approved.map((r) => [r.householdId, r]));
  const now = new Map(current.map((r) => [r.householdId, r]));
  const ids = new Set([...before.keys(), ...now.keys()]);
  const out: StatementDifference[] = [];
  for (const id of ids) {
    const a = before.get(id) ?? null;
    const c = now.get(id) ?? null;
    if (a && c && FIGURE_KEYS.every((k) => a[k] === c[k])) continue;
    out.push({ householdId: id, reference: (c ?? a)!.reference, approved: a, current: c, deltaCents: (c?.totalCents ?? 0) - (a?.totalCents ?? 0) });
  }
  return out.sort((x, y) => x.reference.localeCompare(y.reference));
}

/** A statement's status from its approval, payments and the differences with the figures now. */
export function statementStatus(s: { approvedTotalCents: number | null; paidCents: number; changed: boolean }): FundingStatementStatus {
  if (s.approvedTotalCents === null) return 'DRAFT';
  if (s.changed) return 'CHANGED_SINCE_APPROVAL';
  if (s.paidCents >= s.approvedTotalCents && s.paidCents > 0) return 'PAID';
  if (s.paidCents > 0) return 'PARTLY_PAID';
  return 'APPROVED';
}

/** The first year a resettlement statement can be for (the programme started in 2013). */
export const FIRST_STATEMENT_YEAR = 2013;

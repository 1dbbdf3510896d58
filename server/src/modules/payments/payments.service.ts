import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { type StatementFigures, statementDifferences, statementStatus } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { todayInBrussels } from '../../app/validators.js';
import { fundingYear } from '../funding/index.js';
import type { Partnership } from '../partnership/partnership.entity.js';
import { canOnPartnership, type PartnershipFacts, partnershipWithFacts } from '../partnership/index.js';
import { fundingStatement } from '../progress/index.js';
import { User } from '../user/user.entity.js';
import { FundingPayment, FundingPeriodStatement, FundingStatementEvent } from './payments.entity.js';
import { paymentsPolicy } from './payments.policy.js';
import type { PeriodStatement, StatementTotals } from './payments.types.js';

type Action = 'viewStatement' | 'approveStatement' | 'recordPayment';

/** The partnership for a statement action: NOT_FOUND when unseen, FORBIDDEN when seen but not allowed. */
async function loadFor(ctx: Context, partnershipId: string, action: Action): Promise<{ partnership: Partnership; facts: PartnershipFacts }> {
  const viewer = requireViewer(ctx);
  const found = await partnershipWithFacts(ctx, partnershipId);
  if (!found || !canOnPartnership(viewer, found.facts, 'view')) throw notFound();
  if (!paymentsPolicy[action](viewer, found.facts)) throw forbidden();
  return found;
}

/** Every household's figures now, by funding year: the same figures as the funding statement (screen and CSV). */
async function figuresByYear(ctx: Context, partnershipId: string): Promise<Map<number, StatementFigures[]>> {
  const { rows } = await fundingStatement(ctx, partnershipId);
  const byYear = new Map<number, StatementFigures[]>();
  for (const r of rows) {
    const year = fundingYear(r.household);
    const list = byYear.get(year) ?? [];
    list.push({
      householdId: r.household.id,
      reference: r.reference,
      headName: r.headName,
      persons: r.persons,
      baseCents: r.baseCents,
      secondYearCents: r.secondYearCents,
      directArrivalHeadCents: r.directArrivalHeadCents,
      directArrivalMembersCents: r.directArrivalMembersCents,
      totalCents: r.totalCents,
    });
    byYear.set(year, list);
  }
  return byYear;
}

export function totalsOf(lines: readonly StatementFigures[]): StatementTotals {
  const sum = (k: keyof StatementFigures) => lines.reduce((s, l) => s + (l[k] as number), 0);
  return {
    households: lines.length,
    persons: sum('persons'),
    baseCents: sum('baseCents'),
    secondYearCents: sum('secondYearCents'),
    directArrivalHeadCents: sum('directArrivalHeadCents'),
    directArrivalMembersCents: sum('directArrivalMembersCents'),
    totalCents: sum('totalCents'),
  };
}

const byReference = (a: StatementFigures, b: StatementFigures) => a.reference.localeCompare(b.reference);

/** A partnership's statement figures for a year, with its approval and payments (no authorization: callers check). */
export async function statementState(ctx: Context, partnershipId: string, year: number, preloaded?: FundingPeriodStatement | null) {
  const [byYear, stored] = await Promise.all([figuresByYear(ctx, partnershipId), preloaded !== undefined ? preloaded : ctx.em.findOne(FundingPeriodStatement, { partnership: partnershipId, year })]);
  const lines = [...(byYear.get(year) ?? [])].sort(byReference);
  const differences = stored ? statementDifferences(stored.approvedFigures, lines) : [];
  const status = statementStatus({ approvedTotalCents: stored?.approvedTotalCents ?? null, paidCents: stored?.paidCents ?? 0, changed: differences.length > 0 });
  return { byYear, stored, lines, differences, status };
}

async function users(ctx: Context, ids: (string | null | undefined)[]): Promise<Map<string, User>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  const found = await ctx.loaders.user.loadMany(wanted);
  return new Map(found.filter((u): u is User => u instanceof User).map((u) => [u.id, u]));
}

/** The statement as the API answers it. */
async function view(ctx: Context, found: { partnership: Partnership; facts: PartnershipFacts }, year: number): Promise<PeriodStatement> {
  const { partnership, facts } = found;
  const { byYear, stored, lines, differences, status } = await statementState(ctx, partnership.id, year);
  const [payments, events, otherYears] = stored
    ? await Promise.all([
        ctx.em.find(FundingPayment, { statement: stored }, { orderBy: { paidOn: 'asc', recordedAt: 'asc', id: 'asc' } }),
        ctx.em.find(FundingStatementEvent, { statement: stored }, { orderBy: { at: 'asc', id: 'asc' } }),
        ctx.em.find(FundingPeriodStatement, { partnership: partnership.id }),
      ])
    : [[], [], await ctx.em.find(FundingPeriodStatement, { partnership: partnership.id })];
  const people = await users(ctx, [stored?.approvedBy?.id, ...payments.map((p) => p.recordedBy?.id), ...events.map((e) => e.user?.id)]);
  const user = (u: { id: string } | null | undefined) => (u ? (people.get(u.id) ?? null) : null);
  const years = [...new Set([...byYear.keys(), ...otherYears.map((s) => s.year), year])].sort((a, b) => b - a);
  const viewer = ctx.viewer;
  const approvedFigures = stored ? [...stored.approvedFigures].sort(byReference) : [];
  return {
    id: `${partnership.id}:${year}`,
    partnership,
    year,
    years,
    status,
    lines,
    totals: totalsOf(lines),
    approval: stored ? { approvedAt: stored.approvedAt, approvedBy: user(stored.approvedBy), lines: approvedFigures, totals: totalsOf(approvedFigures) } : null,
    differences,
    approvedTotalCents: stored?.approvedTotalCents ?? null,
    paidCents: stored?.paidCents ?? 0,
    balanceCents: stored ? stored.approvedTotalCents - stored.paidCents : null,
    payments: payments.map((p) => ({ id: p.id, paidOn: p.paidOn, amountCents: p.amountCents, note: p.note ?? null, recordedBy: user(p.recordedBy), recordedAt: p.recordedAt })),
    history: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.at,
      user: user(e.user),
      approvedTotalCents: e.approvedTotalCents,
      previousApprovedTotalCents: e.previousApprovedTotalCents ?? null,
      amountCents: e.amountCents ?? null,
      paidCents: e.paidCents,
    })),
    viewerCan: { approve: paymentsPolicy.approveStatement(viewer, facts), recordPayment: paymentsPolicy.recordPayment(viewer, facts) },
  };
}

export async function periodStatement(ctx: Context, partnershipId: string, year: number): Promise<PeriodStatement> {
  return view(ctx, await loadFor(ctx, partnershipId, 'viewStatement'), year);
}

const changedMeanwhile = () => new AppError('CHANGED_MEANWHILE', 'The statement changed meanwhile; reload it and try again');

/** Writes in one flush; a concurrent approval or payment of the same statement makes this one fail whole. */
async function flushGuarded(ctx: Context): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (e) {
    if (e instanceof OptimisticLockError || e instanceof UniqueConstraintViolationException) {
      ctx.em.clear();
      throw changedMeanwhile();
    }
    throw e;
  }
}

/**
 * Approves a year's statement: freezes every household's figures and the total. `totalCents` is the
 * total the approver saw: when the figures moved meanwhile, nothing is approved (CHANGED_MEANWHILE).
 * A statement approved before and unchanged since is refused (STATEMENT_ALREADY_APPROVED); one
 * whose figures changed is approved again (REAPPROVED, with the total approved before).
 */
export async function approveStatement(ctx: Context, partnershipId: string, year: number, totalCents: number): Promise<PeriodStatement> {
  const found = await loadFor(ctx, partnershipId, 'approveStatement');
  const viewer = requireViewer(ctx);
  if (year > Number(todayInBrussels().slice(0, 4))) throw new AppError('STATEMENT_PERIOD_NOT_STARTED', 'This year has not started yet', { field: 'year' });
  const { stored, lines, differences } = await statementState(ctx, partnershipId, year);
  const total = totalsOf(lines).totalCents;
  if (lines.length === 0) throw new AppError('STATEMENT_EMPTY', 'No household is on this statement', { field: 'year' });
  if (stored && differences.length === 0) throw new AppError('STATEMENT_ALREADY_APPROVED', 'This statement is already approved with these figures');
  if (total !== totalCents) throw changedMeanwhile();
  const now = new Date();
  const by = ctx.em.getReference(User, viewer.id);
  let statement: FundingPeriodStatement;
  if (stored) {
    const previous = stored.approvedTotalCents;
    Object.assign(stored, { approvedAt: now, approvedBy: by, approvedTotalCents: total, approvedFigures: lines });
    statement = stored;
    ctx.em.create(FundingStatementEvent, {
      statement,
      kind: 'REAPPROVED',
      user: by,
      at: now,
      approvedTotalCents: total,
      previousApprovedTotalCents: previous,
      paidCents: stored.paidCents,
      details: { changed: differences.map((d) => d.reference) },
    });
  } else {
    statement = ctx.em.create(FundingPeriodStatement, { partnership: found.partnership, year, approvedAt: now, approvedBy: by, approvedTotalCents: total, approvedFigures: lines });
    ctx.em.create(FundingStatementEvent, { statement, kind: 'APPROVED', user: by, at: now, approvedTotalCents: total, paidCents: 0 });
  }
  await flushGuarded(ctx);
  return view(ctx, found, year);
}

export interface PaymentInput {
  paidOn: string;
  amountCents: number;
  note?: string | null;
  clientId?: string | null;
}

/**
 * Records an instalment on an approved statement whose figures are still those approved. The sum
 * paid never exceeds the approved total. A retry with the same client id records it once.
 */
export async function recordPayment(ctx: Context, partnershipId: string, year: number, input: PaymentInput): Promise<PeriodStatement> {
  const found = await loadFor(ctx, partnershipId, 'recordPayment');
  const viewer = requireViewer(ctx);
  const { stored, differences } = await statementState(ctx, partnershipId, year);
  if (!stored) throw new AppError('STATEMENT_NOT_APPROVED', 'A draft statement cannot be paid: approve it first');
  if (input.clientId) {
    const earlier = await ctx.em.findOne(FundingPayment, { statement: stored, clientId: input.clientId });
    // A retry answers what the first request did; the same id for another instalment is refused.
    if (earlier && earlier.amountCents === input.amountCents && earlier.paidOn === input.paidOn) return view(ctx, found, year);
    if (earlier) throw new AppError('CLIENT_ID_CONFLICT', 'This client id was used for another payment');
  }
  if (differences.length > 0) throw new AppError('STATEMENT_CHANGED_SINCE_APPROVAL', 'The figures changed since the approval: approve the statement again first');
  if (input.paidOn > todayInBrussels()) throw new AppError('PAYMENT_DATE_IN_FUTURE', 'A payment cannot be dated in the future', { field: 'paidOn' });
  const firstApproved = todayInBrussels(stored.createdAt);
  if (input.paidOn < firstApproved) throw new AppError('PAYMENT_BEFORE_APPROVAL', 'A payment cannot be dated before the statement was approved', { field: 'paidOn', approvedOn: firstApproved });
  const remaining = stored.approvedTotalCents - stored.paidCents;
  if (remaining <= 0) throw new AppError('STATEMENT_ALREADY_PAID', 'The approved total is paid');
  if (input.amountCents > remaining) throw new AppError('PAYMENT_EXCEEDS_APPROVED', 'The payments would exceed the approved total', { field: 'amountCents', remainingCents: remaining });
  const by = ctx.em.getReference(User, viewer.id);
  const payment = ctx.em.create(FundingPayment, {
    statement: stored,
    paidOn: input.paidOn,
    amountCents: input.amountCents,
    note: input.note?.trim() || null,
    clientId: input.clientId ?? null,
    recordedBy: by,
  });
  stored.paidCents += input.amountCents;
  ctx.em.create(FundingStatementEvent, {
    statement: stored,
    kind: 'PAYMENT_RECORDED',
    user: by,
    approvedTotalCents: stored.approvedTotalCents,
    amountCents: input.amountCents,
    paidCents: stored.paidCents,
    details: { paymentId: payment.id, paidOn: input.paidOn },
  });
  await flushGuarded(ctx);
  return view(ctx, found, year);
}

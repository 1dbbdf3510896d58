import type { FundingRule, ProgrammeCode } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { todayInBrussels } from '../../app/validators.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { partnershipWithFacts, visiblePartnerships } from '../partnership/index.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';
import { BudgetAuditEntry, PartnershipBudget, SpendingReport } from './budget.entity.js';
import { budgetPolicy } from './budget.policy.js';

export interface BudgetOverviewData {
  partnershipId: string;
  fundingRule: FundingRule;
  year: number;
  budgetCents: number | null;
  spentCents: number;
  spending: SpendingReport[];
  history: BudgetAuditEntry[];
  viewerCan: { setBudget: boolean; recordSpending: boolean };
}

type Action = 'view' | 'setBudget' | 'recordSpending';

/** The partnership, when the viewer may do `action` on its budget (NOT_FOUND outside it, FORBIDDEN inside). */
async function partnershipFor(ctx: Context, partnershipId: string, action: Action) {
  const viewer = requireViewer(ctx);
  const found = await partnershipWithFacts(ctx, partnershipId);
  if (!found || !budgetPolicy.visible(viewer, found.facts)) throw notFound();
  if (!budgetPolicy[action](viewer, found.facts)) throw forbidden();
  const programme = await ctx.loaders.programme.load(found.partnership.programme.id);
  const fundingRule = programme?.fundingRule ?? 'RESETTLEMENT_FLAT';
  const agreed = fundingRule === 'AGREED_BUDGET';
  const viewerCan = { setBudget: agreed && budgetPolicy.setBudget(viewer, found.facts), recordSpending: agreed && budgetPolicy.recordSpending(viewer, found.facts) };
  return { partnership: found.partnership, fundingRule, viewerCan };
}

/** Refuses a change on a partnership whose programme is not funded by an agreed budget. */
function requireAgreedBudget(fundingRule: FundingRule) {
  if (fundingRule !== 'AGREED_BUDGET') throw new AppError('BUDGET_NOT_APPLICABLE', 'This partnership is funded by the resettlement flat amounts, not by an agreed budget');
}

const yearRange = (year: number) => ({ $gte: `${year}-01-01`, $lte: `${year}-12-31` });

/** A partnership's budget of a year against the spending reported in it, with the changes made. */
export async function budgetOverview(ctx: Context, partnershipId: string, year: number, checked?: Awaited<ReturnType<typeof partnershipFor>>): Promise<BudgetOverviewData> {
  const { partnership, fundingRule, viewerCan } = checked ?? (await partnershipFor(ctx, partnershipId, 'view'));
  if (fundingRule !== 'AGREED_BUDGET') return { partnershipId, fundingRule, year, budgetCents: null, spentCents: 0, spending: [], history: [], viewerCan };
  const [budget, spending, history] = await Promise.all([
    ctx.em.findOne(PartnershipBudget, { partnership, year }),
    ctx.em.find(SpendingReport, { partnership, periodStart: yearRange(year) }, { orderBy: { periodStart: 'asc' } }),
    ctx.em.find(BudgetAuditEntry, { partnership }, { orderBy: { at: 'desc', id: 'asc' }, limit: 50, populate: ['user'] }),
  ]);
  return {
    partnershipId,
    fundingRule,
    year,
    budgetCents: budget?.amountCents ?? null,
    spentCents: spending.reduce((s, r) => s + r.amountCents, 0),
    spending,
    history,
    viewerCan,
  };
}

function audit(ctx: Context, partnership: Partnership, action: string, subject: string, beforeCents: number | null, afterCents: number | null) {
  const viewer = requireViewer(ctx);
  ctx.em.create(BudgetAuditEntry, { partnership, user: ctx.em.getReference(User, viewer.id), action, subject, beforeCents, afterCents });
}

/** Agrees (or changes) a partnership's budget for a year, audited; one flush. */
export async function setPartnershipBudget(ctx: Context, partnershipId: string, year: number, amountCents: number): Promise<BudgetOverviewData> {
  const checked = await partnershipFor(ctx, partnershipId, 'setBudget');
  requireAgreedBudget(checked.fundingRule);
  const { partnership } = checked;
  const budget = await ctx.em.findOne(PartnershipBudget, { partnership, year });
  const before = budget?.amountCents ?? null;
  if (before !== amountCents) {
    if (budget) Object.assign(budget, { amountCents, updatedAt: new Date() });
    else ctx.em.create(PartnershipBudget, { partnership, year, amountCents });
    audit(ctx, partnership, 'BUDGET_SET', String(year), before, amountCents);
    await ctx.em.flush();
  }
  return budgetOverview(ctx, partnershipId, year, checked);
}

/**
 * Records what a partnership spent in a period (one calendar year, not starting in the future);
 * recording the same period again replaces its amount. Audited; one flush.
 */
export async function recordSpending(ctx: Context, input: { partnershipId: string; periodStart: string; periodEnd: string; amountCents: number; note?: string | null }): Promise<BudgetOverviewData> {
  const checked = await partnershipFor(ctx, input.partnershipId, 'recordSpending');
  requireAgreedBudget(checked.fundingRule);
  const { partnership } = checked;
  const { periodStart, periodEnd, amountCents } = input;
  if (periodEnd < periodStart || periodStart.slice(0, 4) !== periodEnd.slice(0, 4) || periodStart > todayInBrussels())
    throw new AppError('SPENDING_PERIOD_INVALID', 'A spending period ends on or after its start, within one calendar year, and does not start in the future', { field: 'periodEnd' });
  const note = input.note?.trim() || null;
  const viewer = requireViewer(ctx);
  const report = await ctx.em.findOne(SpendingReport, { partnership, periodStart });
  const before = report?.amountCents ?? null;
  if (report) Object.assign(report, { periodEnd, amountCents, note, reportedBy: ctx.em.getReference(User, viewer.id), updatedAt: new Date() });
  else ctx.em.create(SpendingReport, { partnership, periodStart, periodEnd, amountCents, note, reportedBy: ctx.em.getReference(User, viewer.id) });
  audit(ctx, partnership, 'SPENDING_RECORDED', periodStart, before, amountCents);
  await ctx.em.flush();
  return budgetOverview(ctx, input.partnershipId, Number(periodStart.slice(0, 4)), checked);
}

/** Takes a spending report off (e.g. recorded on the wrong partnership), audited. */
export async function removeSpending(ctx: Context, id: string): Promise<BudgetOverviewData> {
  const report = await ctx.em.findOne(SpendingReport, { id });
  if (!report) throw notFound();
  const checked = await partnershipFor(ctx, report.partnership.id, 'recordSpending');
  audit(ctx, checked.partnership, 'SPENDING_REMOVED', report.periodStart, report.amountCents, null);
  ctx.em.remove(report);
  await ctx.em.flush();
  return budgetOverview(ctx, checked.partnership.id, Number(report.periodStart.slice(0, 4)), checked);
}

export interface ProgrammeBudgetTotalsData {
  programme: Programme;
  year: number;
  budgetCents: number;
  spentCents: number;
  partnerships: { partnership: Partnership; budgetCents: number | null; spentCents: number }[];
}

/** A programme's budgets of a year against the spending reported, per partnership the viewer sees (the dashboard). */
export async function programmeBudgetTotals(ctx: Context, code: ProgrammeCode, year: number): Promise<ProgrammeBudgetTotalsData> {
  const viewer = requireViewer(ctx);
  if (!budgetPolicy.viewTotals(viewer)) throw forbidden();
  const programme = await ctx.em.findOne(Programme, { code });
  if (!programme) throw notFound();
  if (programme.fundingRule !== 'AGREED_BUDGET') return { programme, year, budgetCents: 0, spentCents: 0, partnerships: [] };
  const partnerships = await ctx.em.find(Partnership, { $and: [visiblePartnerships(viewer), { programme }] }, { orderBy: { name: 'asc' } });
  const ids = partnerships.map((p) => p.id);
  const [budgets, spending] = ids.length
    ? await Promise.all([ctx.em.find(PartnershipBudget, { partnership: { $in: ids }, year }), ctx.em.find(SpendingReport, { partnership: { $in: ids }, periodStart: yearRange(year) })])
    : [[], []];
  const rows = partnerships.map((partnership) => ({
    partnership,
    budgetCents: budgets.find((b) => b.partnership.id === partnership.id)?.amountCents ?? null,
    spentCents: spending.filter((s) => s.partnership.id === partnership.id).reduce((sum, s) => sum + s.amountCents, 0),
  }));
  return {
    programme,
    year,
    budgetCents: rows.reduce((s, r) => s + (r.budgetCents ?? 0), 0),
    spentCents: rows.reduce((s, r) => s + r.spentCents, 0),
    partnerships: rows,
  };
}

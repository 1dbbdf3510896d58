import type { ProgrammeCode } from '@partner-hub/shared';
import type { Context } from '../../app/context.js';
import { forbidden, notFound } from '../../app/errors.js';
import { requireViewer } from '../auth/viewer.js';
import { HouseholdMember } from '../household/household.entity.js';
import { Programme, Quota } from './programme.entity.js';
import { programmePolicy } from './programme.policy.js';

export async function listProgrammes(ctx: Context): Promise<Programme[]> {
  if (!programmePolicy.list(requireViewer(ctx))) throw forbidden();
  return ctx.em.find(Programme, {}, { orderBy: { code: 'asc' }, populate: ['quotas'] });
}

/** The year's quota against persons arrived and planned (planned: no arrival yet, planned in that year). */
export async function quotaProgress(ctx: Context, code: ProgrammeCode, year: number) {
  if (!programmePolicy.quotaProgress(requireViewer(ctx))) throw forbidden();
  const programme = await ctx.em.findOne(Programme, { code });
  if (!programme) throw notFound();
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [quota, personsArrived, personsPlanned] = await Promise.all([
    ctx.em.findOne(Quota, { programme, year }),
    ctx.em.count(HouseholdMember, { household: { partnership: { programme }, arrivalDate: { $gte: from, $lte: to } } }),
    ctx.em.count(HouseholdMember, { household: { partnership: { programme }, arrivalDate: null, plannedArrivalDate: { $gte: from, $lte: to } } }),
  ]);
  return { programme, year, quota: quota?.persons ?? 0, personsArrived, personsPlanned };
}

/** Sets (or changes) a programme's quota for a year (admins). */
export async function setQuota(ctx: Context, code: ProgrammeCode, year: number, persons: number): Promise<Quota> {
  if (!programmePolicy.setQuota(requireViewer(ctx))) throw forbidden();
  const programme = await ctx.em.findOne(Programme, { code });
  if (!programme) throw notFound();
  const quota = (await ctx.em.findOne(Quota, { programme, year })) ?? ctx.em.create(Quota, { programme, year, persons });
  quota.persons = persons;
  await ctx.em.flush();
  return quota;
}

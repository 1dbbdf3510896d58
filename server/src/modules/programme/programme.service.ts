import { type Indicator, indicatorListProblems, type ProgrammeCode } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { Household, HouseholdMember } from '../household/household.entity.js';
import { Programme, Quota } from './programme.entity.js';
import type { ProgrammeConfigurationInput } from './programme-config.inputs.js';
import { programmeConfigPolicy, programmePolicy } from './programme.policy.js';

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

/** Replaces a programme's configuration (admins), after checking it is coherent; one flush. */
export async function updateProgrammeConfiguration(ctx: Context, input: ProgrammeConfigurationInput): Promise<Programme> {
  if (!programmeConfigPolicy.edit(requireViewer(ctx))) throw forbidden();
  const programme = await ctx.em.findOne(Programme, { code: input.programme });
  if (!programme) throw notFound();
  const indicators: Indicator[] = input.indicators.map((i) => ({
    key: i.key.trim(),
    type: i.type,
    label: { nl: i.label.nl.trim(), fr: i.label.fr.trim(), en: i.label.en.trim() },
    choices: i.choices.map((c) => ({ key: c.key.trim(), label: { nl: c.label.nl.trim(), fr: c.label.fr.trim(), en: c.label.en.trim() } })),
    required: i.required,
  }));
  const bad = indicatorListProblems(indicators);
  if (bad.length) throw new AppError('PROGRAMME_CONFIG_INVALID', 'Indicators need a unique key, three labels, and (for choices) at least two distinct choices', { field: 'indicators', keys: bad });
  // The flat resettlement amounts are per resettled person: only for household cases.
  if ((input.fundingRule === 'RESETTLEMENT_FLAT') !== (input.caseKind === 'RESETTLEMENT_HOUSEHOLD'))
    throw new AppError('PROGRAMME_CONFIG_INVALID', 'The resettlement flat amounts go with resettlement households, and only with them', { field: 'fundingRule' });
  if (new Set(input.objectives).size !== input.objectives.length) throw new AppError('PROGRAMME_CONFIG_INVALID', 'An objective is listed twice', { field: 'objectives' });
  // A household's guidance lasts the programme's case months (resettlement: 12): households need them.
  if (input.caseKind === 'RESETTLEMENT_HOUSEHOLD' && !input.caseMonths)
    throw new AppError('PROGRAMME_CONFIG_INVALID', 'A programme that follows households needs the months its guidance lasts', { field: 'caseMonths' });
  // Its households keep their guidance, plan and funding: a programme with households keeps following them.
  if (programme.caseKind === 'RESETTLEMENT_HOUSEHOLD' && input.caseKind !== programme.caseKind && (await ctx.em.count(Household, { partnership: { programme } })) > 0) {
    throw new AppError('PROGRAMME_CONFIG_INVALID', 'This programme’s partnerships have households: it keeps following households', { field: 'caseKind' });
  }
  Object.assign(programme, { caseKind: input.caseKind, fundingRule: input.fundingRule, caseMonths: input.caseMonths ?? null, indicators, objectives: [...input.objectives] });
  await ctx.em.flush();
  return programme;
}

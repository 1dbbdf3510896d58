import { addDays, addMonths, guidanceEndDate, guidanceMonths, type HouseholdFlag, type ProgrammeCode, type ProgressAction } from '@partner-hub/shared';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { checkWriteGuard, markWritten, type WriteGuardInput } from '../../app/write-guard.js';
import { todayInBrussels } from '../../app/validators.js';
import { fundingOf, fundingSnapshot, householdFunding } from '../funding/index.js';
import { Household, HouseholdMember } from '../household/household.entity.js';
import {
  householdPartnershipFacts,
  householdStatus,
  loadHousehold,
  notifyHouseholdMoment,
  publishHouseholdChanged,
  recordHouseholdEvent,
  rememberHouseholdStatuses,
  retimePlan,
} from '../household/index.js';
import { publishNotifications } from '../notification/index.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { loadPartnership, visiblePartnerships } from '../partnership/index.js';
import { householdGuidanceMonths, householdProgramme } from '../programme/index.js';
import { Programme, Quota } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';
import { GuidanceStep, Housing, StepTemplate } from './progress.entity.js';
import type { HousingInput, StepTemplateInput, UpdateGuidanceStepInput } from './progress.inputs.js';
import { progressPolicy } from './progress.policy.js';

const isOpen = (s: GuidanceStep) => s.status === 'TODO' || s.status === 'IN_PROGRESS';

export async function canOnProgress(ctx: Context, h: Household, action: ProgressAction): Promise<boolean> {
  return progressPolicy.onHousehold(ctx.viewer, await householdPartnershipFacts(ctx, h), action);
}

/** Loads a household for a progress action: NOT_FOUND when unseen, FORBIDDEN when seen but not allowed. */
async function loadForProgress(ctx: Context, householdId: string, action: ProgressAction): Promise<Household> {
  const h = await loadHousehold(ctx, householdId);
  if (!(await canOnProgress(ctx, h, action))) throw forbidden();
  return h;
}

/** The arrival the housing and plan count from: actual, else planned. */
const arrivalOf = (h: Household) => h.arrivalDate ?? h.plannedArrivalDate ?? null;

/**
 * The home must be available for at least a year: the lease runs a full year from arrival, or
 * from its own start when that is later (a home found after a stay in the reception network).
 */
export function leaseCoversFirstYear(h: Household, housing: Housing | null): boolean | null {
  const arrival = arrivalOf(h);
  if (!housing?.leaseEnd || !arrival) return null;
  const from = housing.leaseStart && housing.leaseStart > arrival ? housing.leaseStart : arrival;
  return housing.leaseEnd >= addDays(addMonths(from, 12), -1);
}

/** When the search for the next home is due to start: N months before guidance ends. */
export async function nextHomeSearchDueFrom(ctx: Context, h: Household): Promise<string | null> {
  if (!h.guidanceStart) return null;
  const programme = await householdProgramme(ctx, h);
  return addMonths(guidanceEndDate(h.guidanceStart, h.guidanceExtended, guidanceMonths(programme)), -programme.nextHomeSearchMonths);
}

/**
 * The last time anything about the household changed (its timeline, a step, its housing). Only
 * what happened counts: a time in the future (an entry dated at a planned arrival) is no activity.
 */
export async function lastActivityAt(ctx: Context, h: Household, now = Date.now()): Promise<Date> {
  const [events, steps, housing] = await Promise.all([ctx.loaders.householdEvents.load(h.id), ctx.loaders.guidanceSteps.load(h.id), ctx.loaders.housing.load(h.id)]);
  const times = [h.updatedAt, ...events.map((e) => e.at), ...steps.map((s) => s.updatedAt), ...housing.map((x) => x.updatedAt)].map((d) => d.getTime()).filter((t) => t <= now);
  return new Date(times.length ? Math.max(...times) : Math.min(h.createdAt.getTime(), now));
}

/** What needs attention for a household, computed from its plan, housing and activity. */
export async function householdFlags(ctx: Context, h: Household, today = todayInBrussels()): Promise<HouseholdFlag[]> {
  const [steps, [housing], programme] = await Promise.all([ctx.loaders.guidanceSteps.load(h.id), ctx.loaders.housing.load(h.id), householdProgramme(ctx, h)]);
  const status = householdStatus(h, guidanceMonths(programme), today);
  if (status === 'GUIDANCE_ENDED') return [];
  const flags: HouseholdFlag[] = [];
  if (steps.some((s) => isOpen(s) && s.dueDate && s.dueDate < today)) flags.push('OVERDUE_STEPS');
  const arrival = arrivalOf(h);
  if (!housing?.street && arrival && arrival <= addDays(today, 30)) flags.push('NO_HOME_YET');
  if (leaseCoversFirstYear(h, housing ?? null) === false) flags.push('LEASE_TOO_SHORT');
  const dueFrom = await nextHomeSearchDueFrom(ctx, h);
  if (dueFrom && today >= dueFrom && !housing?.nextHomeSearchStartedOn && !housing?.nextHomeFoundOn) flags.push('NEXT_HOME_SEARCH_NOT_STARTED');
  if (status !== 'PLANNED') {
    const staleAfter = programme.staleAfterDays;
    const last = (await lastActivityAt(ctx, h)).toISOString().slice(0, 10);
    if (last < addDays(today, -staleAfter)) flags.push('STALE');
  }
  return flags;
}

export async function progressOf(ctx: Context, h: Household) {
  const steps = await ctx.loaders.guidanceSteps.load(h.id);
  const applicable = steps.filter((s) => s.status !== 'NOT_APPLICABLE');
  return { done: applicable.filter((s) => s.status === 'DONE').length, total: applicable.length };
}

export async function nextStep(ctx: Context, h: Household): Promise<GuidanceStep | null> {
  const open = (await ctx.loaders.guidanceSteps.load(h.id)).filter(isOpen);
  open.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.position - b.position);
  return open[0] ?? null;
}

export type BoardSort = 'NEXT_DUE' | 'FLAGS' | 'REFERENCE';

/** Every household the viewer may see, with what needs attention first (the contact person's board). */
export async function board(ctx: Context, args: { partnershipId?: string | null; flag?: HouseholdFlag | null; sort?: BoardSort | null }): Promise<Household[]> {
  const viewer = requireViewer(ctx);
  if (!progressPolicy.viewBoard(viewer)) throw forbidden();
  if (args.partnershipId) await loadPartnership(ctx, args.partnershipId);
  const where = { partnership: { $and: [visiblePartnerships(viewer), ...(args.partnershipId ? [{ id: args.partnershipId }] : [])] } };
  const households = await ctx.em.find(Household, where, { orderBy: { reference: 'asc' }, limit: 1000 });
  households.forEach((h) => ctx.loaders.household.prime(h.id, h));
  const today = todayInBrussels();
  const sort = args.sort ?? 'NEXT_DUE';
  // Flags and the next step only when the filter or the order needs them: the fields that show them
  // are resolved (batched) for the kept households only, and a board by reference loads neither.
  const needFlags = !!args.flag || sort === 'FLAGS';
  const needNext = sort !== 'REFERENCE';
  const months = await Promise.all(households.map((h) => householdGuidanceMonths(ctx, h)));
  const statuses = households.map((h, i) => householdStatus(h, months[i], today));
  // The board's `status` fields read these rather than deriving them again.
  rememberHouseholdStatuses(
    ctx,
    households.map((h, i) => [h.id, statuses[i]]),
  );
  const inGuidance = households.filter((_h, i) => statuses[i] !== 'GUIDANCE_ENDED');
  const rows = await Promise.all(inGuidance.map(async (h) => ({ h, flags: needFlags ? await householdFlags(ctx, h, today) : [], next: needNext ? await nextStep(ctx, h) : null })));
  const kept = rows.filter((r) => !args.flag || r.flags.includes(args.flag));
  kept.sort((a, b) => {
    if (sort === 'FLAGS' && b.flags.length !== a.flags.length) return b.flags.length - a.flags.length;
    if (sort !== 'REFERENCE') {
      const d = (a.next?.dueDate ?? '9999').localeCompare(b.next?.dueDate ?? '9999');
      if (d) return d;
    }
    return a.h.reference.localeCompare(b.h.reference);
  });
  return kept.map((r) => r.h);
}

export async function updateGuidanceStep(ctx: Context, id: string, input: UpdateGuidanceStepInput, guard?: WriteGuardInput | null): Promise<GuidanceStep> {
  const viewer = requireViewer(ctx);
  const step = await ctx.em.findOne(GuidanceStep, { id });
  if (!step) throw notFound();
  const h = await loadForProgress(ctx, step.household.id, 'updateStep');
  if (checkWriteGuard(step, guard) === 'replay') return step;
  const from = step.status;
  const status = input.status ?? step.status;
  const reason = input.notApplicableReason !== undefined ? input.notApplicableReason?.trim() || null : step.notApplicableReason;
  if (status === 'NOT_APPLICABLE' && !reason) throw new AppError('REASON_REQUIRED', 'Say why the step does not apply', { field: 'notApplicableReason' });
  step.status = status;
  step.notApplicableReason = status === 'NOT_APPLICABLE' ? reason : null;
  if (input.note !== undefined) step.note = input.note?.trim() || null;
  if (input.dueDate !== undefined) step.dueDate = input.dueDate;
  step.updatedBy = ctx.em.getReference(User, viewer.id);
  step.updatedAt = new Date();
  markWritten(step, guard);
  recordHouseholdEvent(ctx, h, 'STEP_UPDATED', { stepId: step.id, key: step.key, label: step.label, from, to: status, ...(input.note ? { note: true } : {}) });
  await ctx.em.flush();
  publishHouseholdChanged(ctx, h);
  return step;
}

export async function updateHousing(ctx: Context, householdId: string, input: HousingInput, guard?: WriteGuardInput | null): Promise<Housing> {
  const h = await loadForProgress(ctx, householdId, 'updateHousing');
  const housing = await housingOf(ctx, h);
  if (checkWriteGuard(housing, guard) === 'replay') return housing;
  const changed = Object.keys(input).filter((k) => input[k as keyof HousingInput] !== undefined);
  const movedInBefore = housing.movedInOn;
  for (const key of changed)
    (housing as unknown as Record<string, unknown>)[key] =
      typeof input[key as keyof HousingInput] === 'string' ? (input[key as keyof HousingInput] as string).trim() || null : input[key as keyof HousingInput];
  if (housing.leaseStart && housing.leaseEnd && housing.leaseEnd <= housing.leaseStart) throw new AppError('LEASE_DATES_INVALID', 'The lease must end after it starts', { field: 'leaseEnd' });
  if (housing.movedInOn !== movedInBefore) await retimePlan(ctx.em, h, await householdProgramme(ctx, h), housing.movedInOn ?? null);
  housing.updatedAt = new Date();
  markWritten(housing, guard);
  recordHouseholdEvent(ctx, h, 'HOUSING_UPDATED', { fields: changed });
  // Moving in is a key moment: told once, when the day is first recorded.
  const notifications = housing.movedInOn && !movedInBefore ? await notifyHouseholdMoment(ctx, h, 'HOUSEHOLD_MOVED_IN', housing.movedInOn) : [];
  await ctx.em.flush();
  publishHouseholdChanged(ctx, h);
  publishNotifications(ctx, notifications);
  return housing;
}

async function housingOf(ctx: Context, h: Household): Promise<Housing> {
  return (await ctx.em.findOne(Housing, { household: h })) ?? ctx.em.create(Housing, { household: h });
}

export async function startNextHomeSearch(ctx: Context, householdId: string, on?: string | null): Promise<Household> {
  const h = await loadForProgress(ctx, householdId, 'updateHousing');
  const housing = await housingOf(ctx, h);
  housing.nextHomeSearchStartedOn = on ?? todayInBrussels();
  housing.updatedAt = new Date();
  markWritten(housing, null);
  recordHouseholdEvent(ctx, h, 'NEXT_HOME_SEARCH_STARTED', { on: housing.nextHomeSearchStartedOn });
  await ctx.em.flush();
  publishHouseholdChanged(ctx, h);
  return h;
}

/** Closes the next-home search; the plan's NEXT_HOME step is done with it. */
export async function recordNextHomeFound(ctx: Context, householdId: string, on?: string | null): Promise<Household> {
  const viewer = requireViewer(ctx);
  const h = await loadForProgress(ctx, householdId, 'updateHousing');
  const housing = await housingOf(ctx, h);
  housing.nextHomeFoundOn = on ?? todayInBrussels();
  housing.nextHomeSearchStartedOn ??= housing.nextHomeFoundOn;
  housing.updatedAt = new Date();
  markWritten(housing, null);
  for (const step of await ctx.em.find(GuidanceStep, { household: h, key: 'NEXT_HOME' })) {
    if (!isOpen(step)) continue;
    Object.assign(step, { status: 'DONE', updatedAt: new Date(), updatedBy: ctx.em.getReference(User, viewer.id) });
    markWritten(step, null);
  }
  recordHouseholdEvent(ctx, h, 'NEXT_HOME_FOUND', { on: housing.nextHomeFoundOn });
  await ctx.em.flush();
  publishHouseholdChanged(ctx, h);
  return h;
}

// ----- Funding statement ---------------------------------------------------------------------

export interface StatementRow {
  household: Household;
  reference: string;
  headName: string;
  persons: number;
  baseCents: number;
  secondYearCents: number;
  directArrivalHeadCents: number;
  directArrivalMembersCents: number;
  totalCents: number;
}

/** Each household's funding lines and the totals: the same figures as the screen and the CSV. */
export async function fundingStatement(ctx: Context, partnershipId: string) {
  const partnership = await loadPartnership(ctx, partnershipId, 'viewFunding');
  const households = await ctx.loaders.households.load(partnership.id);
  const rows: StatementRow[] = await Promise.all(
    households.map(async (h) => {
      const [funding, members] = await Promise.all([householdFunding(ctx, h), ctx.loaders.householdMembers.load(h.id)]);
      const head = members.find((m) => m.isHead);
      // A kind can have several lines (amounts counting from different days): their sum.
      const line = (kind: string) => funding.lines.filter((l) => l.kind === kind).reduce((sum, l) => sum + l.amountCents, 0);
      return {
        household: h,
        reference: h.reference,
        headName: head ? `${head.firstName} ${head.lastName}` : '',
        persons: members.length,
        baseCents: line('BASE'),
        secondYearCents: line('SECOND_YEAR'),
        directArrivalHeadCents: line('DIRECT_ARRIVAL_HEAD'),
        directArrivalMembersCents: line('DIRECT_ARRIVAL_MEMBERS'),
        totalCents: funding.totalCents,
      };
    }),
  );
  const sum = (k: keyof StatementRow) => rows.reduce((s, r) => s + (r[k] as number), 0);
  const totals = {
    persons: sum('persons'),
    baseCents: sum('baseCents'),
    secondYearCents: sum('secondYearCents'),
    directArrivalHeadCents: sum('directArrivalHeadCents'),
    directArrivalMembersCents: sum('directArrivalMembersCents'),
    totalCents: sum('totalCents'),
  };
  return { partnership, rows, totals };
}

// ----- Programme dashboard -------------------------------------------------------------------

/** Quota against persons arrived and planned by month, capacity per partnership, funding committed. */
export async function programmeDashboard(ctx: Context, code: ProgrammeCode, year: number) {
  const viewer = requireViewer(ctx);
  if (!progressPolicy.viewDashboard(viewer)) throw forbidden();
  const programme = await ctx.em.findOne(Programme, { code });
  if (!programme) throw notFound();
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const partnerships = await ctx.em.find(Partnership, { $and: [visiblePartnerships(viewer), { programme }] }, { orderBy: { name: 'asc' } });
  partnerships.forEach((p) => ctx.loaders.partnership.prime(p.id, p));
  const ids = partnerships.map((p) => p.id);
  const households = await ctx.em.find(Household, {
    partnership: { $in: ids },
    $or: [{ arrivalDate: { $gte: from, $lte: to } }, { arrivalDate: null, plannedArrivalDate: { $gte: from, $lte: to } }],
  });
  const members = await ctx.em.find(HouseholdMember, { household: { $in: households.map((h) => h.id) } });
  const persons = new Map<string, number>();
  const membersOf = new Map<string, HouseholdMember[]>();
  for (const m of members) {
    persons.set(m.household.id, (persons.get(m.household.id) ?? 0) + 1);
    membersOf.set(m.household.id, [...(membersOf.get(m.household.id) ?? []), m]);
  }
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, arrived: 0, planned: 0 }));
  const byPartnership = new Map<string, number>();
  let fundingCommittedCents = 0;
  for (const h of households) {
    const n = persons.get(h.id) ?? 0;
    const date = h.arrivalDate ?? h.plannedArrivalDate!;
    const month = months[Number(date.slice(5, 7)) - 1];
    if (h.arrivalDate) month.arrived += n;
    else month.planned += n;
    byPartnership.set(h.partnership.id, (byPartnership.get(h.partnership.id) ?? 0) + n);
    fundingCommittedCents += fundingOf(programme, fundingSnapshot(h, membersOf.get(h.id) ?? [])).totalCents;
  }
  const quota = await ctx.em.findOne(Quota, { programme, year });
  return {
    programme,
    year,
    quota: quota?.persons ?? 0,
    personsArrived: months.reduce((s, m) => s + m.arrived, 0),
    personsPlanned: months.reduce((s, m) => s + m.planned, 0),
    months,
    partnerships: partnerships.map((p) => ({ partnership: p, capacityPledged: p.capacityPledged, persons: byPartnership.get(p.id) ?? 0 })),
    fundingCommittedCents,
  };
}

// ----- Templates and settings ----------------------------------------------------------------

export async function listStepTemplates(ctx: Context, code: ProgrammeCode): Promise<StepTemplate[]> {
  if (!progressPolicy.viewTemplates(requireViewer(ctx))) throw forbidden();
  return ctx.em.find(StepTemplate, { programme: { code }, active: true }, { orderBy: { position: 'asc', key: 'asc' } });
}

export async function saveStepTemplate(ctx: Context, code: ProgrammeCode, input: StepTemplateInput): Promise<StepTemplate> {
  if (!progressPolicy.manageTemplates(requireViewer(ctx))) throw forbidden();
  const programme = await ctx.em.findOne(Programme, { code });
  if (!programme) throw notFound();
  const sameKey = await ctx.em.findOne(StepTemplate, { programme, key: input.key });
  const template = input.id ? await ctx.em.findOne(StepTemplate, { id: input.id, programme }) : sameKey;
  if (input.id && !template) throw notFound();
  if (sameKey && template && sameKey.id !== template.id) throw new AppError('NAME_TAKEN', 'A step with this key exists', { field: 'key' });
  const values = {
    key: input.key,
    label: { nl: input.label.nl.trim(), fr: input.label.fr.trim(), en: input.label.en.trim() },
    anchor: input.anchor,
    offsetDays: input.offsetDays,
    owner: input.owner,
    perSchoolAgeChild: input.perSchoolAgeChild,
    position: input.position,
    active: true,
  };
  const saved = template ? Object.assign(template, values) : ctx.em.create(StepTemplate, { programme, ...values });
  await ctx.em.flush();
  return saved;
}

/** Takes a step out of the template: new plans no longer get it; existing plans keep theirs. */
export async function removeStepTemplate(ctx: Context, id: string): Promise<boolean> {
  if (!progressPolicy.manageTemplates(requireViewer(ctx))) throw forbidden();
  const template = await ctx.em.findOne(StepTemplate, { id });
  if (!template) throw notFound();
  template.active = false;
  await ctx.em.flush();
  return true;
}

export async function updateProgrammeSettings(ctx: Context, code: ProgrammeCode, settings: { nextHomeSearchMonths: number; staleAfterDays: number }): Promise<Programme> {
  if (!progressPolicy.manageTemplates(requireViewer(ctx))) throw forbidden();
  const programme = await ctx.em.findOne(Programme, { code });
  if (!programme) throw notFound();
  Object.assign(programme, settings);
  await ctx.em.flush();
  return programme;
}

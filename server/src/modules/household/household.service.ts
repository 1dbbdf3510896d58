import { randomBytes } from 'node:crypto';
import { type GraphQLResolveInfo, OperationTypeNode } from 'graphql';
import { guidanceEndDate, type HouseholdAction, type HouseholdStatus, type SpecificNeed } from '@partner-hub/shared';
import { type Context, inScratch, requireViewer } from '../../app/context.js';
import { AppError, forbidden, notFound } from '../../app/errors.js';
import { todayInBrussels } from '../../app/validators.js';
import { recordFundingEdit, recordSpecificNeedsRead } from '../audit/index.js';
import { fundingOf, fundingSnapshot, type FundingSnapshot } from '../funding/index.js';
import { checkFollowsHouseholds, householdGuidanceMonths, householdProgramme, partnershipProgramme } from '../programme/index.js';
import {
  checkArrivalNotInFuture,
  checkBirthYears,
  checkCapacity,
  checkEndDate,
  checkExtensionInTime,
  checkExtensionWithdrawable,
  checkMemberChanges,
  checkNotEnded,
  checkPartnershipActive,
  isFedasilOn,
  requireReason,
} from './household.guards.js';
import { notifyHouseholdMoment } from './household.notify.js';
import { publishNotifications } from '../notification/index.js';
import { Document } from '../document/document.entity.js';
import { Thread } from '../messaging/messaging.entity.js';
import { GuidanceStep } from '../progress/progress.entity.js';
import { User } from '../user/user.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { canOnPartnership, loadPartnership, mayViewPartnership, partnershipFacts, visiblePartnerships } from '../partnership/index.js';
import { Household, HouseholdMember } from './household.entity.js';
import type { EndGuidanceInput, HouseholdMemberInput, RegisterHouseholdInput, TransferHouseholdInput, UpdateHouseholdInput } from './household.inputs.js';
import { canOnHousehold } from './household.policy.js';
import { publishHouseholdChanged } from './household.topics.js';
import { generatePlan, recordHouseholdEvent, retimePlan, syncSchoolSteps } from './plan.js';
import type { StepTemplate } from '../progress/progress.entity.js';

/** The household's status, derived from its dates and its programme's guidance term (`months`) so it is never stale. */
export function householdStatus(
  h: Pick<Household, 'arrivalDate' | 'guidanceStart' | 'guidanceExtended'> & Partial<Pick<Household, 'endedOn'>>,
  months: number,
  today = todayInBrussels(),
): HouseholdStatus {
  if (!h.arrivalDate) return 'PLANNED';
  if (!h.guidanceStart || h.guidanceStart > today) return 'ARRIVED';
  return lastDayOfGuidance(h, months)! < today ? 'GUIDANCE_ENDED' : 'IN_GUIDANCE';
}

const STATUS_MEMO = Symbol('statuses of households this query computed');

/**
 * A read that computed households' statuses (the board, to leave out those whose guidance ended)
 * keeps them for this request, so that the `status` fields of the same query do not compute them
 * again. Only a query reads them (`householdStatusRead`): nothing changes while it runs.
 */
export function rememberHouseholdStatuses(ctx: Context, statuses: Iterable<[string, HouseholdStatus]>): void {
  const memo = inScratch(ctx, STATUS_MEMO, () => new Map<string, HouseholdStatus>());
  for (const [id, status] of statuses) memo.set(id, status);
}

/** A household's status as a field of a read: what this query already computed (see `rememberHouseholdStatuses`), else derived now. */
export async function householdStatusRead(ctx: Context, h: Household, info: GraphQLResolveInfo): Promise<HouseholdStatus> {
  const known = info.operation.operation === OperationTypeNode.QUERY ? (ctx.scratch.get(STATUS_MEMO) as Map<string, HouseholdStatus> | undefined)?.get(h.id) : undefined;
  return known ?? householdStatus(h, await householdGuidanceMonths(ctx, h));
}

/** The last day of guidance: the day it ended early, else a term of `months` (two when extended) after its start; null before it starts. */
export function lastDayOfGuidance(h: Pick<Household, 'guidanceStart' | 'guidanceExtended'> & Partial<Pick<Household, 'endedOn'>>, months: number): string | null {
  if (h.endedOn) return h.endedOn;
  return h.guidanceStart ? guidanceEndDate(h.guidanceStart, h.guidanceExtended, months) : null;
}

export async function householdPartnershipFacts(ctx: Context, h: Household) {
  const p = await ctx.loaders.partnership.load(h.partnership.id);
  if (!p) throw notFound();
  return partnershipFacts(ctx, p);
}

export async function can(ctx: Context, h: Household, action: HouseholdAction): Promise<boolean> {
  return canOnHousehold(ctx.viewer, await householdPartnershipFacts(ctx, h), action);
}

/** Loads a household the viewer may act on: NOT_FOUND when unseen, FORBIDDEN when seen but not allowed. */
export async function loadHousehold(ctx: Context, id: string, action: HouseholdAction = 'view'): Promise<Household> {
  const viewer = requireViewer(ctx);
  const h = await ctx.loaders.household.load(id);
  if (!h) throw notFound();
  const facts = await householdPartnershipFacts(ctx, h);
  if (!canOnHousehold(viewer, facts, 'view')) throw notFound();
  if (!canOnHousehold(viewer, facts, action)) throw forbidden();
  return h;
}

/** Every household the viewer may see (a volunteer's home), most recent arrivals first. */
export async function myHouseholds(ctx: Context): Promise<Household[]> {
  const viewer = requireViewer(ctx);
  const rows = await ctx.em.find(Household, { partnership: visiblePartnerships(viewer) as never }, { orderBy: { reference: 'asc' }, limit: 500 });
  rows.forEach((h) => ctx.loaders.household.prime(h.id, h));
  return rows;
}

/** Specific needs, if the viewer needs to know them; the read is logged first. */
export async function readSpecificNeeds(ctx: Context, h: Household): Promise<{ needs: SpecificNeed[]; note: string | null } | null> {
  if (!(await can(ctx, h, 'viewSpecificNeeds'))) return null;
  await recordSpecificNeedsRead(ctx, h.id);
  return { needs: [...h.specificNeeds], note: h.specificNeedsNote ?? null };
}

function checkMembers(members: readonly HouseholdMemberInput[]) {
  if (members.length === 0) throw new AppError('HOUSEHOLD_NEEDS_MEMBER', 'A household has at least one member');
  if (members.filter((m) => m.relationship === 'HEAD').length !== 1) throw new AppError('HEAD_OF_HOUSEHOLD_REQUIRED', 'A household has exactly one head of household');
  checkBirthYears(members);
}

/** Members of a registration: everyone arrives with the household (checked like any member list before arrival). */
function checkNewHouseholdMembers(members: readonly HouseholdMemberInput[]) {
  checkMemberChanges(
    { arrivalDate: null },
    members.map((input) => ({ input })),
    [],
  );
}

/** Audits an edit when it changed the funding total, or always for the edits that are about funding. */
async function auditFunding(
  ctx: Context,
  h: Household,
  before: FundingSnapshot,
  after: FundingSnapshot,
  entry: { action: string; reason?: string | null; details?: Record<string, unknown>; always?: boolean },
) {
  const programme = await householdProgramme(ctx, h);
  const beforeCents = fundingOf(programme, before).totalCents;
  const afterCents = fundingOf(programme, after).totalCents;
  if (beforeCents === afterCents && !entry.always) return;
  recordFundingEdit(ctx, h, { action: entry.action, reason: entry.reason, details: entry.details, beforeCents, afterCents });
}

async function snapshotNow(ctx: Context, h: Household): Promise<FundingSnapshot> {
  return fundingSnapshot(h, await ctx.em.find(HouseholdMember, { household: h }));
}

function uniqueNeeds(needs: readonly SpecificNeed[] | null | undefined): SpecificNeed[] {
  return [...new Set(needs ?? [])];
}

function newReference(): string {
  return `HH-${new Date().getFullYear()}-${randomBytes(3).toString('hex').toUpperCase()}`;
}

/** References are unique within a partnership, so the answer tells nothing about other partnerships. */
async function ensureReferenceFree(ctx: Context, partnershipId: string, reference: string, exceptId?: string) {
  const existing = await ctx.em.findOne(Household, { partnership: partnershipId, reference });
  if (existing && existing.id !== exceptId) throw new AppError('NAME_TAKEN', 'This case reference is already in use in this partnership', { field: 'reference' });
}

/**
 * What a caller registering many households at once (the import) has established for all its rows,
 * so that each row does not ask the database again. The rules applied are the same.
 */
export interface BulkFacts {
  /** Persons of the partnership so far, the caller's rows not yet written included (else counted in the database). */
  personsReceived?: number;
  /** The reference was checked free in the partnership, and unique among the caller's rows (else looked up). */
  referenceChecked?: boolean;
  /** The programme's active step templates in order (else read from the database). */
  planTemplates?: readonly StepTemplate[];
}

/**
 * What registering a household checks and creates, in the caller's unit of work (nothing is
 * flushed or published): registerHousehold below, and the import, which writes rows in batches.
 */
export async function prepareHousehold(ctx: Context, input: RegisterHouseholdInput, bulk: BulkFacts = {}): Promise<Household> {
  const partnership = await loadPartnership(ctx, input.partnershipId, 'registerHousehold');
  const programme = await partnershipProgramme(ctx, partnership.id);
  checkFollowsHouseholds(programme);
  checkPartnershipActive(partnership);
  checkMembers(input.members);
  checkNewHouseholdMembers(input.members);
  const facts = await partnershipFacts(ctx, partnership);
  const needs = uniqueNeeds(input.specificNeeds);
  if ((needs.length || input.specificNeedsNote) && !canOnPartnership(ctx.viewer, facts, 'recordSpecificNeeds')) throw forbidden();
  const reference = input.reference?.trim() || newReference();
  if (!bulk.referenceChecked) await ensureReferenceFree(ctx, partnership.id, reference);
  const override = await checkCapacity(ctx, partnership, facts, input.members.length, input.capacityOverrideReason, bulk.personsReceived);
  const h = ctx.em.create(Household, {
    partnership: ctx.em.getReference(Partnership, partnership.id),
    reference,
    arrivalRoute: input.arrivalRoute,
    plannedArrivalDate: input.plannedArrivalDate ?? null,
    specificNeeds: needs,
    specificNeedsNote: input.specificNeedsNote?.trim() || null,
  });
  const members = input.members.map((m, position) =>
    ctx.em.create(HouseholdMember, { household: h, firstName: m.firstName.trim(), lastName: m.lastName.trim(), birthYear: m.birthYear, relationship: m.relationship, position }),
  );
  await generatePlan(ctx.em, h, members, programme, bulk.planTemplates);
  recordHouseholdEvent(ctx, h, 'REGISTERED', { persons: members.length, ...(override ? { capacityOverride: true } : {}) });
  const after = fundingSnapshot(h, members);
  await auditFunding(ctx, h, { ...after, members: [] }, after, {
    action: 'REGISTERED',
    reason: override,
    details: override ? { capacityOverride: true, capacityPledged: partnership.capacityPledged } : {},
    always: true,
  });
  return h;
}

export async function registerHousehold(ctx: Context, input: RegisterHouseholdInput): Promise<Household> {
  const h = await prepareHousehold(ctx, input);
  await ctx.em.flush();
  ctx.loaders.households.clear(h.partnership.id);
  publishHouseholdChanged(ctx, h);
  return h;
}

export async function updateHousehold(ctx: Context, id: string, input: UpdateHouseholdInput): Promise<Household> {
  const h = await loadHousehold(ctx, id, 'update');
  if ((input.specificNeeds !== undefined || input.specificNeedsNote !== undefined) && !(await can(ctx, h, 'updateSpecificNeeds'))) throw forbidden();
  if (input.members) checkMembers(input.members);
  const before = await snapshotNow(ctx, h);
  let reason: string | null = input.reason?.trim() || null;
  if (input.arrivalRoute && input.arrivalRoute !== h.arrivalRoute && h.arrivalDate) {
    // Fixed once the arrival is recorded: only Fedasil staff correct it, with a reason.
    if (!isFedasilOn(ctx, await householdPartnershipFacts(ctx, h)))
      throw new AppError('ARRIVAL_ROUTE_FIXED', 'The arrival route is fixed once the arrival is recorded; ask the contact person to correct it', { field: 'arrivalRoute' });
    reason = requireReason(reason, 'Correcting the arrival route');
  }
  if (input.arrivalRoute) h.arrivalRoute = input.arrivalRoute;
  if (input.plannedArrivalDate !== undefined) h.plannedArrivalDate = input.plannedArrivalDate ?? null;
  if (input.specificNeeds !== undefined) h.specificNeeds = uniqueNeeds(input.specificNeeds);
  if (input.specificNeedsNote !== undefined) h.specificNeedsNote = input.specificNeedsNote?.trim() || null;
  const changed = Object.keys(input).filter((k) => k !== 'reason' && input[k as keyof UpdateHouseholdInput] !== undefined);
  const programme = await householdProgramme(ctx, h);
  let afterMembers: HouseholdMember[] | null = null;
  if (input.members) {
    const existing = await ctx.em.find(HouseholdMember, { household: h });
    const byId = new Map(existing.map((m) => [m.id, m]));
    const currents = input.members.map((m) => {
      const current = m.id ? byId.get(m.id) : undefined;
      if (m.id && !current) throw new AppError('NOT_FOUND', 'No such member in this household', { field: 'members' });
      return current;
    });
    const keptIds = new Set(currents.filter((c) => c).map((c) => c!.id));
    const removed = existing.filter((m) => !keptIds.has(m.id));
    // How members joined and left decides the funding: checked before anything changes.
    const { dates, compositionCorrected } = checkMemberChanges(
      h,
      input.members.map((m, i) => ({ input: m, current: currents[i] ?? null })),
      removed,
    );
    if (compositionCorrected) {
      // Who arrived with the household is fixed once the arrival is recorded: staff correct it, with a reason.
      if (!isFedasilOn(ctx, await householdPartnershipFacts(ctx, h))) {
        throw new AppError(
          'ARRIVAL_COMPOSITION_FIXED',
          'Who arrived with the household is fixed once the arrival is recorded: record a member who left with the date, a new member as born or joined by family reunification, or ask the contact person to correct it',
          { field: 'members' },
        );
      }
      reason = requireReason(reason, 'Correcting who arrived with the household');
    }
    const members = input.members.map((m, position) => {
      const current = currents[position];
      const values = { firstName: m.firstName.trim(), lastName: m.lastName.trim(), birthYear: m.birthYear, relationship: m.relationship, position, ...dates[position] };
      if (!current) {
        const created = ctx.em.create(HouseholdMember, { household: h, ...values });
        if (values.joined !== 'WITH_HOUSEHOLD') recordHouseholdEvent(ctx, h, 'MEMBER_JOINED', { memberId: created.id, firstName: values.firstName, joined: values.joined, joinedOn: values.joinedOn });
        return created;
      }
      if (values.leftOn && values.leftOn !== current.leftOn) recordHouseholdEvent(ctx, h, 'MEMBER_LEFT', { memberId: current.id, firstName: values.firstName, leftOn: values.leftOn });
      return Object.assign(current, values);
    });
    removed.forEach((m) => ctx.em.remove(m));
    // A child who left needs no school step any more (a done one stays, as history).
    await syncSchoolSteps(
      ctx.em,
      h,
      members.filter((m) => !m.leftOn),
      programme,
    );
    afterMembers = members;
  }
  if (input.plannedArrivalDate !== undefined) {
    await retimePlan(ctx.em, h, programme);
    // Another year can make another child school-age.
    if (!input.members) await syncSchoolSteps(ctx.em, h, await ctx.em.find(HouseholdMember, { household: h }), programme);
  }
  // The timeline names what changed, never the content of specific needs.
  recordHouseholdEvent(ctx, h, 'HOUSEHOLD_UPDATED', { fields: changed });
  const after = afterMembers ? fundingSnapshot(h, afterMembers) : { ...fundingSnapshot(h, []), members: before.members };
  await auditFunding(ctx, h, before, after, { action: 'UPDATED', reason, details: { fields: changed } });
  await ctx.em.flush();
  ctx.loaders.householdMembers.clear(h.id);
  publishHouseholdChanged(ctx, h);
  return h;
}

export async function recordArrival(ctx: Context, id: string, arrivalDate: string, guidanceStart?: string | null): Promise<Household> {
  const h = await loadHousehold(ctx, id, 'recordArrival');
  checkArrivalNotInFuture(arrivalDate);
  const start = guidanceStart ?? arrivalDate;
  if (start < arrivalDate) throw new AppError('INVALID_DATE_RANGE', 'Guidance cannot start before arrival');
  const before = await snapshotNow(ctx, h);
  h.arrivalDate = arrivalDate;
  h.guidanceStart = start;
  const programme = await householdProgramme(ctx, h);
  await retimePlan(ctx.em, h, programme);
  await syncSchoolSteps(ctx.em, h, await ctx.em.find(HouseholdMember, { household: h }), programme);
  recordHouseholdEvent(ctx, h, 'ARRIVAL_RECORDED', { arrivalDate, guidanceStart: start });
  await auditFunding(ctx, h, before, { ...fundingSnapshot(h, []), members: before.members }, { action: 'ARRIVAL_RECORDED', details: { arrivalDate, guidanceStart: start } });
  const notifications = await notifyHouseholdMoment(ctx, h, 'HOUSEHOLD_ARRIVED', arrivalDate);
  await ctx.em.flush();
  publishHouseholdChanged(ctx, h);
  publishNotifications(ctx, notifications);
  return h;
}

export async function extendGuidance(ctx: Context, id: string, reasonGiven?: string | null): Promise<Household> {
  const h = await loadHousehold(ctx, id, 'extendGuidance');
  if (!h.guidanceStart) throw new AppError('GUIDANCE_NOT_STARTED', 'Guidance has not started yet');
  checkNotEnded(h);
  if (h.guidanceExtended) throw new AppError('GUIDANCE_ALREADY_EXTENDED', 'Guidance is already extended to a second year');
  const reason = await checkExtensionInTime(ctx, h, reasonGiven);
  return setExtension(ctx, h, true, 'GUIDANCE_EXTENDED', reason);
}

/** Withdraws a second year before it starts (the second-year amount falls away). */
export async function withdrawExtension(ctx: Context, id: string, reasonGiven?: string | null): Promise<Household> {
  const h = await loadHousehold(ctx, id, 'extendGuidance');
  checkNotEnded(h);
  checkExtensionWithdrawable(h, await householdGuidanceMonths(ctx, h));
  return setExtension(ctx, h, false, 'EXTENSION_WITHDRAWN', reasonGiven?.trim() || null);
}

async function setExtension(ctx: Context, h: Household, extended: boolean, kind: 'GUIDANCE_EXTENDED' | 'EXTENSION_WITHDRAWN', reason: string | null): Promise<Household> {
  const before = await snapshotNow(ctx, h);
  h.guidanceExtended = extended;
  // The end moved: its notices are due again for the new date.
  h.endingSoonNoticeFor = null;
  h.endNoticeFor = null;
  // Steps counted from the end of guidance (the next home, the handover) move with it.
  await retimePlan(ctx.em, h, await householdProgramme(ctx, h));
  recordHouseholdEvent(ctx, h, kind, reason ? { reason } : {});
  await auditFunding(ctx, h, before, { ...before, guidanceExtended: extended }, { action: kind, reason, always: true });
  await ctx.em.flush();
  publishHouseholdChanged(ctx, h);
  return h;
}

/**
 * Ends guidance before its term (moved out, to a municipality without a partner, a breakdown of
 * the sponsorship, departure): the day and the reason, the funding consequence of the tariff
 * (a second year that had not started falls away), the open steps of the plan closed, the
 * timeline and the funding audit, and the contact person and the partner told. One transaction.
 */
export async function endGuidanceEarly(ctx: Context, input: EndGuidanceInput): Promise<Household> {
  const h = await loadHousehold(ctx, input.householdId, 'endGuidance');
  if (input.reason === 'TRANSFERRED_PARTNERSHIP')
    throw new AppError('TRANSFER_TARGET_INVALID', 'A transfer to another partnership moves the household there: use transferHousehold', { field: 'reason' });
  if (!h.guidanceStart) throw new AppError('GUIDANCE_NOT_STARTED', 'Guidance has not started yet');
  checkNotEnded(h);
  checkEndDate(h, input.endedOn, await householdGuidanceMonths(ctx, h));
  const note = input.note?.trim() || null;
  const before = await snapshotNow(ctx, h);
  Object.assign(h, { endedOn: input.endedOn, endReason: input.reason, endNote: note, endNoticeFor: input.endedOn, endingSoonNoticeFor: input.endedOn });
  // The plan is closed: what was still open no longer applies.
  const viewer = requireViewer(ctx);
  for (const step of await ctx.em.find(GuidanceStep, { household: h })) {
    if (step.status !== 'TODO' && step.status !== 'IN_PROGRESS') continue;
    Object.assign(step, {
      status: 'NOT_APPLICABLE',
      notApplicableReason: `Guidance ended early on ${input.endedOn}`,
      updatedAt: new Date(),
      updatedBy: ctx.em.getReference(User, viewer.id),
      version: step.version + 1,
    });
  }
  recordHouseholdEvent(ctx, h, 'GUIDANCE_ENDED_EARLY', { reason: input.reason, endedOn: input.endedOn, ...(note ? { note } : {}) });
  await auditFunding(
    ctx,
    h,
    before,
    { ...before, end: { on: input.endedOn, reason: input.reason } },
    { action: 'GUIDANCE_ENDED_EARLY', reason: note, details: { endReason: input.reason, endedOn: input.endedOn }, always: true },
  );
  const notifications = await notifyHouseholdMoment(ctx, h, 'GUIDANCE_ENDED', input.endedOn);
  await ctx.em.flush();
  ctx.loaders.households.clear(h.partnership.id);
  publishHouseholdChanged(ctx, h);
  publishNotifications(ctx, notifications);
  return h;
}

/**
 * Transfers a household to another partnership of the same programme: the household goes with
 * its members, plan, housing, timeline, thread, documents and funding history; from then on the
 * receiving partnership sees it and the sending one does not (its specific needs, as everywhere,
 * only for those who need to know there). The figure follows the household (tariff rule
 * TRANSFERRED_PARTNERSHIP): the audit records it leaving one partnership and reaching the other.
 */
export async function transferHousehold(ctx: Context, input: TransferHouseholdInput): Promise<Household> {
  const h = await loadHousehold(ctx, input.householdId, 'endGuidance');
  checkNotEnded(h);
  const from = await loadPartnership(ctx, h.partnership.id);
  // NOT_FOUND when the viewer may not see the receiving partnership.
  const to = await loadPartnership(ctx, input.toPartnershipId, 'registerHousehold');
  if (to.id === from.id) throw new AppError('TRANSFER_TARGET_INVALID', 'The household is already with this partnership', { field: 'toPartnershipId' });
  const programme = await partnershipProgramme(ctx, to.id);
  checkFollowsHouseholds(programme);
  if (to.programme.id !== from.programme.id) throw new AppError('TRANSFER_TARGET_INVALID', 'A household moves only to a partnership of the same programme', { field: 'toPartnershipId' });
  checkPartnershipActive(to);
  const today = todayInBrussels();
  if (input.transferredOn > today || (h.guidanceStart && input.transferredOn < h.guidanceStart)) {
    throw new AppError('END_DATE_INVALID', 'A transfer happens between the start of guidance and today', { field: 'transferredOn' });
  }
  const members = await ctx.em.find(HouseholdMember, { household: h });
  const present = members.filter((m) => !m.leftOn).length;
  const override = await checkCapacity(ctx, to, await partnershipFacts(ctx, to), present, input.capacityOverrideReason);
  await ensureReferenceFree(ctx, to.id, h.reference);
  const note = input.note?.trim() || null;
  const snapshot = fundingSnapshot(h, members);
  const cents = fundingOf(programme, snapshot).totalCents;
  const details = { from: { id: from.id, name: from.name }, to: { id: to.id, name: to.name }, transferredOn: input.transferredOn, ...(override ? { capacityOverride: true } : {}) };
  const out = recordFundingEdit(ctx, h, { action: 'TRANSFERRED_OUT', reason: note, beforeCents: cents, afterCents: 0, details });
  const into = recordFundingEdit(ctx, { id: h.id, partnership: { id: to.id } }, { action: 'TRANSFERRED_IN', reason: override ?? note, beforeCents: 0, afterCents: cents, details });
  // The history lists them in this order (it sorts by time).
  into.at = new Date(out.at.getTime() + 1);
  recordHouseholdEvent(ctx, h, 'HOUSEHOLD_TRANSFERRED', { fromPartnership: from.name, toPartnership: to.name, transferredOn: input.transferredOn, ...(note ? { note } : {}) });
  const receiving = ctx.em.getReference(Partnership, to.id);
  h.partnership = receiving;
  // Its thread and documents (attachments of its thread included) go along: the partnership decides who sees them.
  for (const t of await ctx.em.find(Thread, { household: h.id })) t.partnership = receiving;
  for (const d of await ctx.em.find(Document, { $or: [{ household: h.id }, { thread: { household: h.id } }] })) d.partnership = receiving;
  // One flush: all of it, or nothing.
  await ctx.em.flush();
  ctx.loaders.households.clear(from.id);
  ctx.loaders.households.clear(to.id);
  publishHouseholdChanged(ctx, h);
  return h;
}

/** Whether the viewer may still see a partnership (for live events). */
export async function canSeePartnership(ctx: Context, partnershipId: string): Promise<boolean> {
  const p = await ctx.loaders.partnership.load(partnershipId);
  return !!p && (await mayViewPartnership(ctx, p));
}

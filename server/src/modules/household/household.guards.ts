/**
 * The rules that guard a household's funding figures. They live in the services (not the
 * resolvers), so every caller — the API, an import — is held to them.
 */
import { DEFAULT_EXTENSION_GRACE_DAYS, extensionDates, findTariff, guidanceEndDate, guidanceMonths, type MemberJoining } from '@partner-hub/shared';
import type { Context } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { todayInBrussels } from '../../app/validators.js';
import { fundingYear } from '../funding/index.js';
import type { Partnership } from '../partnership/partnership.entity.js';
import { householdProgramme } from '../programme/index.js';
import { type PartnershipFacts, partnershipRelation } from '../partnership/index.js';
import type { Household } from './household.entity.js';
import { HouseholdMember } from './household.entity.js';

/** A reason is required: trimmed, and not empty. */
export function requireReason(reason: string | null | undefined, what: string): string {
  const r = reason?.trim();
  if (!r) throw new AppError('REASON_REQUIRED', `${what} needs a reason`, { field: 'reason' });
  return r;
}

export function checkBirthYears(members: readonly { birthYear: number }[], today = todayInBrussels()): void {
  const year = Number(today.slice(0, 4));
  if (members.some((m) => m.birthYear > year)) throw new AppError('BIRTH_YEAR_IN_FUTURE', 'A birth year cannot be in the future', { field: 'members' });
}

export function checkArrivalNotInFuture(arrivalDate: string, today = todayInBrussels()): void {
  if (arrivalDate > today) throw new AppError('ARRIVAL_DATE_IN_FUTURE', 'An arrival can only be recorded once it has happened', { field: 'arrivalDate' });
}

/** Households are received only by an active partnership (not a draft, a suspended or an ended one). */
export function checkPartnershipActive(p: Partnership): void {
  if (p.status !== 'ACTIVE') throw new AppError('PARTNERSHIP_NOT_ACTIVE', 'Only an active partnership receives households', { status: p.status });
}

/** Fedasil staff on this partnership: an admin, its contact person or deputy. */
export function isFedasilOn(ctx: Context, facts: PartnershipFacts): boolean {
  const r = partnershipRelation(ctx.viewer, facts);
  return r === 'admin' || r === 'contact';
}

/** Persons the partnership receives now: the members of its households who have not left, in households whose guidance did not end early. */
export async function personsReceived(ctx: Context, partnershipId: string): Promise<number> {
  return ctx.em.count(HouseholdMember, { leftOn: null, household: { partnership: partnershipId, endedOn: null } });
}

/**
 * Registering beyond the pledged capacity needs an explicit override with a reason, by the
 * contact person (or deputy, or an admin). Returns the override reason when one was used.
 * The persons already received are counted in the database, unless the caller knows (`received`:
 * an import counts its rows not yet written too).
 */
export async function checkCapacity(ctx: Context, p: Partnership, facts: PartnershipFacts, adding: number, overrideReason: string | null | undefined, received?: number): Promise<string | null> {
  const current = received ?? (await personsReceived(ctx, p.id));
  if (current + adding <= p.capacityPledged) return null;
  const details = { capacityPledged: p.capacityPledged, persons: current, adding };
  if (!overrideReason?.trim() || !isFedasilOn(ctx, facts)) {
    throw new AppError(
      'CAPACITY_EXCEEDED',
      `This would bring the partnership to ${current + adding} persons on a pledged capacity of ${p.capacityPledged}; the contact person may override with a reason`,
      details,
    );
  }
  return overrideReason.trim();
}

/**
 * A second year is decided before the end of the first (plus the grace period of the flat tariff
 * of the programme's funding rule; an agreed budget has none, the rule stays); later only an admin
 * may extend, with a reason. Returns the reason recorded (null when in time and none given).
 */
export async function checkExtensionInTime(ctx: Context, h: Household, reason: string | null | undefined, today = todayInBrussels()): Promise<string | null> {
  const programme = await householdProgramme(ctx, h);
  const graceDays = findTariff(programme.fundingRule, fundingYear(h))?.extensionGraceDays ?? DEFAULT_EXTENSION_GRACE_DAYS;
  const { decideBy } = extensionDates(h.guidanceStart!, guidanceMonths(programme), graceDays);
  if (today <= decideBy) return reason?.trim() || null;
  if (ctx.viewer?.role !== 'ADMIN') throw new AppError('EXTENSION_TOO_LATE', `The second year had to be decided by ${decideBy}; only an admin may still extend, with a reason`, { decideBy });
  return requireReason(reason, 'A late extension');
}

/** An extension can be withdrawn until the second year (term of `months`) starts. */
export function checkExtensionWithdrawable(h: Household, months: number, today = todayInBrussels()): void {
  if (!h.guidanceStart || !h.guidanceExtended) throw new AppError('GUIDANCE_NOT_EXTENDED', 'Guidance is not extended');
  const { secondYearStart } = extensionDates(h.guidanceStart, months, 0);
  if (today >= secondYearStart) throw new AppError('EXTENSION_NOT_WITHDRAWABLE', `The second year started on ${secondYearStart}; the extension can no longer be withdrawn`, { secondYearStart });
}

/** What a member edit looks like to the rules: the member as sent, and as stored (when it exists). */
export interface MemberChange {
  input: { joined?: MemberJoining | null; joinedOn?: string | null; leftOn?: string | null; relationship: string };
  current?: Pick<HouseholdMember, 'joined' | 'joinedOn' | 'leftOn'> | null;
}

/** A member's joining and leaving as they will be stored. */
export interface MemberDates {
  joined: MemberJoining;
  joinedOn: string | null;
  leftOn: string | null;
}

function memberDateError(index: number, message: string): AppError {
  return new AppError('MEMBER_DATE_INVALID', message, { field: `members.${index}` });
}

/**
 * The rules on how members joined and left (they decide the funding):
 * - before the arrival everyone arrives with the household and nobody has left (remove instead);
 * - after the arrival, a new member says how they joined (born, family reunification) and when
 *   (between the arrival and today): MEMBER_JOINING_REQUIRED otherwise;
 * - who arrived with the household is fixed once the arrival is recorded: adding, removing or
 *   re-classing such a member is a correction by Fedasil staff with a reason (ARRIVAL_COMPOSITION_FIXED);
 * - a member leaves on a day between their joining (or the arrival) and today;
 * - the head of household is one member who has not left.
 * Returns each member's dates and whether the arrival composition was corrected.
 */
export function checkMemberChanges(
  h: Pick<Household, 'arrivalDate'>,
  changes: readonly MemberChange[],
  removed: readonly Pick<HouseholdMember, 'joined'>[],
  today = todayInBrussels(),
): { dates: MemberDates[]; compositionCorrected: boolean } {
  const arrival = h.arrivalDate ?? null;
  let compositionCorrected = false;
  const dates = changes.map(({ input, current }, i): MemberDates => {
    const joined = input.joined ?? current?.joined ?? (arrival && !current ? null : 'WITH_HOUSEHOLD');
    const leftOn = input.leftOn !== undefined ? (input.leftOn ?? null) : (current?.leftOn ?? null);
    if (!arrival) {
      if (joined !== 'WITH_HOUSEHOLD') throw memberDateError(i, 'Before the arrival every member arrives with the household');
      if (leftOn) throw memberDateError(i, 'Before the arrival nobody leaves: remove the member instead');
      return { joined, joinedOn: null, leftOn: null };
    }
    if (!joined) throw new AppError('MEMBER_JOINING_REQUIRED', 'A member added after the arrival needs how (born, family reunification) and when they joined', { field: `members.${i}.joined` });
    if ((joined === 'WITH_HOUSEHOLD') !== (current ? current.joined === 'WITH_HOUSEHOLD' : false)) compositionCorrected = true;
    let joinedOn: string | null = null;
    if (joined !== 'WITH_HOUSEHOLD') {
      joinedOn = input.joinedOn !== undefined ? (input.joinedOn ?? null) : (current?.joinedOn ?? null);
      if (!joinedOn) throw new AppError('MEMBER_JOINING_REQUIRED', 'A member who joined later needs the day they joined', { field: `members.${i}.joinedOn` });
      if (joinedOn < arrival || joinedOn > today) throw memberDateError(i, `A member joins between the arrival (${arrival}) and today`);
    }
    if (leftOn && (leftOn < (joinedOn ?? arrival) || leftOn > today)) throw memberDateError(i, 'A member leaves between the day they joined and today');
    return { joined, joinedOn, leftOn };
  });
  if (arrival && removed.some((m) => m.joined === 'WITH_HOUSEHOLD')) compositionCorrected = true;
  const heads = changes.map((c, i) => ({ c, d: dates[i] })).filter(({ c }) => c.input.relationship === 'HEAD');
  if (heads.length !== 1 || heads[0].d.leftOn) throw new AppError('HEAD_OF_HOUSEHOLD_REQUIRED', 'A household has exactly one head of household, who has not left');
  return { dates, compositionCorrected };
}

/** Guidance has not ended early already. */
export function checkNotEnded(h: Pick<Household, 'endedOn'>): void {
  if (h.endedOn) throw new AppError('GUIDANCE_ALREADY_ENDED', `Guidance already ended on ${h.endedOn}`, { endedOn: h.endedOn });
}

/** An early end lies between the start of guidance and today, and not after its normal last day (terms of `months`). */
export function checkEndDate(h: Pick<Household, 'guidanceStart' | 'guidanceExtended'>, endedOn: string, months: number, today = todayInBrussels()): void {
  const last = guidanceEndDate(h.guidanceStart!, h.guidanceExtended, months);
  if (endedOn < h.guidanceStart! || endedOn > today || endedOn > last) {
    throw new AppError('END_DATE_INVALID', `Guidance ends early on a day between its start (${h.guidanceStart}) and today, at the latest its last day (${last})`, {
      field: 'endedOn',
      guidanceStart: h.guidanceStart,
      guidanceEnd: last,
    });
  }
}

/**
 * The rules that guard a household's funding figures. They live in the services (not the
 * resolvers), so every caller — the API, an import — is held to them.
 */
import { DEFAULT_EXTENSION_GRACE_DAYS, extensionDates, findTariff } from '@partner-hub/shared';
import type { Context } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { todayInBrussels } from '../../app/validators.js';
import { fundingYear } from '../funding/funding.service.js';
import type { Partnership } from '../partnership/partnership.entity.js';
import { partnershipRelation, type PartnershipFacts } from '../partnership/partnership.policy.js';
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

/** Persons the partnership receives now: every member of its households. */
export async function personsReceived(ctx: Context, partnershipId: string): Promise<number> {
  return ctx.em.count(HouseholdMember, { household: { partnership: partnershipId } });
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
    throw new AppError('CAPACITY_EXCEEDED', `This would bring the partnership to ${current + adding} persons on a pledged capacity of ${p.capacityPledged}; the contact person may override with a reason`, details);
  }
  return overrideReason.trim();
}

/** The grace days of the tariff that applies to the household. */
export async function extensionGraceDays(ctx: Context, h: Household): Promise<number> {
  const p = await ctx.loaders.partnership.load(h.partnership.id);
  const programme = p ? await ctx.loaders.programme.load(p.programme.id) : null;
  const tariff = programme ? findTariff(programme.code, fundingYear(h)) : null;
  return tariff?.extensionGraceDays ?? DEFAULT_EXTENSION_GRACE_DAYS;
}

/**
 * A second year is decided before the end of the first (plus the grace period); later only an
 * admin may extend, with a reason. Returns the reason recorded (null when in time and none given).
 */
export async function checkExtensionInTime(ctx: Context, h: Household, reason: string | null | undefined, today = todayInBrussels()): Promise<string | null> {
  const { decideBy } = extensionDates(h.guidanceStart!, await extensionGraceDays(ctx, h));
  if (today <= decideBy) return reason?.trim() || null;
  if (ctx.viewer?.role !== 'ADMIN') throw new AppError('EXTENSION_TOO_LATE', `The second year had to be decided by ${decideBy}; only an admin may still extend, with a reason`, { decideBy });
  return requireReason(reason, 'A late extension');
}

/** An extension can be withdrawn until the second year starts. */
export function checkExtensionWithdrawable(h: Household, today = todayInBrussels()): void {
  if (!h.guidanceStart || !h.guidanceExtended) throw new AppError('GUIDANCE_NOT_EXTENDED', 'Guidance is not extended');
  const { secondYearStart } = extensionDates(h.guidanceStart, 0);
  if (today >= secondYearStart) throw new AppError('EXTENSION_NOT_WITHDRAWABLE', `The second year started on ${secondYearStart}; the extension can no longer be withdrawn`, { secondYearStart });
}

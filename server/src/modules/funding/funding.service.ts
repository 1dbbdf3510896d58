import { calculateFunding, type Funding, findTariff } from '@partner-hub/shared';
import type { Context } from '../../app/context.js';
import { todayInBrussels } from '../../app/validators.js';
import type { Household } from '../household/household.entity.js';

/** The year whose tariff applies: that of the start of guidance, else arrival, else planned arrival. */
export function fundingYear(h: Pick<Household, 'guidanceStart' | 'arrivalDate' | 'plannedArrivalDate'>): number {
  const date = h.guidanceStart ?? h.arrivalDate ?? h.plannedArrivalDate ?? todayInBrussels();
  return Number(date.slice(0, 4));
}

/** A household's funding, from its current composition, route and extension (batched loads). */
export async function householdFunding(ctx: Context, h: Household): Promise<Funding & { tariffYear: number | null }> {
  const [members, partnership] = await Promise.all([ctx.loaders.householdMembers.load(h.id), ctx.loaders.partnership.load(h.partnership.id)]);
  const programme = partnership ? await ctx.loaders.programme.load(partnership.programme.id) : null;
  const tariff = programme ? findTariff(programme.code, fundingYear(h)) : null;
  const funding = calculateFunding(tariff, { persons: members.length, directArrival: h.arrivalRoute === 'DIRECT', secondYear: h.guidanceExtended });
  return { ...funding, tariffYear: tariff?.year ?? null };
}

/** A partnership's funding total: the sum of its households'. */
export async function partnershipFundingTotal(ctx: Context, partnershipId: string): Promise<number> {
  const households = await ctx.loaders.households.load(partnershipId);
  const fundings = await Promise.all(households.map((h) => householdFunding(ctx, h)));
  return fundings.reduce((sum, f) => sum + f.totalCents, 0);
}

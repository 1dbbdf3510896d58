import { calculateHouseholdFunding, type Funding, findTariff, type GuidanceEndReason, type GuidanceTermConfig, guidanceMonths, type ProgrammeConfig } from '@partner-hub/shared';
import { type GraphQLResolveInfo, OperationTypeNode } from 'graphql';
import { type Context, inScratch } from '../../app/context.js';
import { todayInBrussels } from '../../app/validators.js';
import type { Household, HouseholdMember } from '../household/household.entity.js';
import { householdProgramme } from '../programme/index.js';

/** The year whose tariff applies: that of the start of guidance, else arrival, else planned arrival. */
export function fundingYear(h: Pick<Household, 'guidanceStart' | 'arrivalDate' | 'plannedArrivalDate'>): number {
  const date = h.guidanceStart ?? h.arrivalDate ?? h.plannedArrivalDate ?? todayInBrussels();
  return Number(date.slice(0, 4));
}

/** What a household's funding depends on, copied (so a figure before an edit survives the edit). */
export interface FundingSnapshot {
  arrivalRoute: Household['arrivalRoute'];
  guidanceExtended: boolean;
  guidanceStart: string | null;
  arrivalDate: string | null;
  plannedArrivalDate: string | null;
  members: Pick<HouseholdMember, 'relationship' | 'joined' | 'joinedOn' | 'leftOn'>[];
  end: { on: string; reason: GuidanceEndReason } | null;
}

export function fundingSnapshot(h: Household, members: readonly HouseholdMember[]): FundingSnapshot {
  return {
    arrivalRoute: h.arrivalRoute,
    guidanceExtended: h.guidanceExtended,
    guidanceStart: h.guidanceStart ?? null,
    arrivalDate: h.arrivalDate ?? null,
    plannedArrivalDate: h.plannedArrivalDate ?? null,
    members: members.map((m) => ({ relationship: m.relationship, joined: m.joined ?? 'WITH_HOUSEHOLD', joinedOn: m.joinedOn ?? null, leftOn: m.leftOn ?? null })),
    end: h.endedOn && h.endReason ? { on: h.endedOn, reason: h.endReason } : null,
  };
}

/** What of a programme decides a household's funding: its funding rule's tariff, and its guidance term. */
export type FundingProgramme = GuidanceTermConfig & Pick<ProgrammeConfig, 'fundingRule'>;

/**
 * The funding of a snapshot under its programme: the flat tariff of its funding rule (none for an
 * agreed budget, which the budget module handles), the second year counted after its guidance term.
 */
export function fundingOf(programme: FundingProgramme, s: FundingSnapshot): Funding & { tariffYear: number | null } {
  const tariff = findTariff(programme.fundingRule, fundingYear(s));
  if (!tariff) return { lines: [], totalCents: 0, tariffYear: null };
  const input = {
    directArrival: s.arrivalRoute === 'DIRECT',
    secondYear: s.guidanceExtended,
    guidanceStart: s.guidanceStart,
    guidanceMonths: guidanceMonths(programme),
    members: s.members,
    end: s.end,
  };
  return { ...calculateHouseholdFunding(tariff, input), tariffYear: tariff.year };
}

/** A household's funding, from its current composition, route and extension (batched loads). */
export async function householdFunding(ctx: Context, h: Household): Promise<Funding & { tariffYear: number | null }> {
  const [members, programme] = await Promise.all([ctx.loaders.householdMembers.load(h.id), householdProgramme(ctx, h)]);
  return fundingOf(programme, fundingSnapshot(h, members));
}

const FUNDING_MEMO = Symbol('funding of households in this query');

/**
 * A household's funding as a field of a read: in a query (nothing changes while it runs) it is
 * computed once per household, shared by the household's `funding` and its partnership's
 * `fundingTotalCents`. In a mutation's answer it is computed afresh each time, as before.
 */
export function householdFundingRead(ctx: Context, h: Household, info: GraphQLResolveInfo): Promise<Funding & { tariffYear: number | null }> {
  if (info.operation.operation !== OperationTypeNode.QUERY) return householdFunding(ctx, h);
  const memo = inScratch(ctx, FUNDING_MEMO, () => new Map<string, Promise<Funding & { tariffYear: number | null }>>());
  let funding = memo.get(h.id);
  if (!funding) memo.set(h.id, (funding = householdFunding(ctx, h)));
  return funding;
}

/** A partnership's funding total: the sum of its households' (each computed once per query, see `householdFundingRead`). */
export async function partnershipFundingTotal(ctx: Context, partnershipId: string, info: GraphQLResolveInfo): Promise<number> {
  const households = await ctx.loaders.households.load(partnershipId);
  const fundings = await Promise.all(households.map((h) => householdFundingRead(ctx, h, info)));
  return fundings.reduce((sum, f) => sum + f.totalCents, 0);
}

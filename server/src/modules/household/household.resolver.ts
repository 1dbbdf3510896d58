import type { Funding as FundingValue } from '@partner-hub/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireViewer } from '../../app/context.js';
import { HouseholdStatusEnum } from '../../app/enums.js';
import { notFound } from '../../app/errors.js';
import { authorizedEvents, type LiveEvent } from '../../app/live/index.js';
import type { Topics } from '../../app/pubsub.js';
import { householdFundingRead } from '../funding/index.js';
import { householdGuidanceMonths } from '../programme/index.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { extensionDates, guidanceEndDate, type HouseholdStatus } from '@partner-hub/shared';
import { todayInBrussels } from '../../app/validators.js';
import { FundingAuditEntry } from '../audit/audit.entity.js';
import { listFundingEdits } from '../audit/index.js';
import { Household, HouseholdMember } from './household.entity.js';
import { EndGuidanceInput, RegisterHouseholdInput, TransferHouseholdInput, UpdateHouseholdInput } from './household.inputs.js';
import { householdPermissions } from './household.policy.js';
import {
  canSeePartnership,
  can,
  endGuidanceEarly,
  extendGuidance,
  lastDayOfGuidance,
  householdPartnershipFacts,
  householdStatus,
  householdStatusRead,
  loadHousehold,
  myHouseholds,
  readSpecificNeeds,
  recordArrival,
  registerHousehold,
  transferHousehold,
  updateHousehold,
  withdrawExtension,
} from './household.service.js';
import { Funding, HouseholdViewerCan, SpecificNeeds } from './household.types.js';
import { progressPolicy } from '../progress/index.js';
import { documentPolicy } from '../document/index.js';
import { IsIsoDate } from '../../app/validators.js';
import { ArgsType, Args, Field } from 'type-graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

type HouseholdChanged = Topics['HOUSEHOLD_CHANGED'][0];

@ArgsType()
class RecordArrivalArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Arrival date, YYYY-MM-DD.' })
  @IsIsoDate()
  arrivalDate!: string;

  @Field(() => String, { nullable: true, description: 'First day of guidance, YYYY-MM-DD; the arrival date when left out.' })
  @IsOptional()
  @IsIsoDate()
  guidanceStart?: string | null;
}

@ArgsType()
class ReasonArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Why; required where the rule asks for one. Recorded in the funding audit.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => Household, { description: 'A household the viewer may see; NOT_FOUND otherwise.' })
  household(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Household> {
    return loadHousehold(ctx, id);
  }

  @Query(() => [Household], { description: "Every household the viewer may see (a volunteer's or coordinator's work list)." })
  myHouseholds(@Ctx() ctx: Context): Promise<Household[]> {
    return myHouseholds(ctx);
  }

  @Mutation(() => Household, { description: 'Registers a household with its members (exactly one head of household).' })
  registerHousehold(@Arg('input', () => RegisterHouseholdInput) input: RegisterHouseholdInput, @Ctx() ctx: Context): Promise<Household> {
    return registerHousehold(ctx, input);
  }

  @Mutation(() => Household, { description: 'Changes a household and, when given, replaces its members with the list (ids keep existing members).' })
  updateHousehold(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateHouseholdInput) input: UpdateHouseholdInput, @Ctx() ctx: Context): Promise<Household> {
    return updateHousehold(ctx, id, input);
  }

  @Mutation(() => Household, { description: 'Records the arrival date and the start of guidance.' })
  recordArrival(@Args(() => RecordArrivalArgs) args: RecordArrivalArgs, @Ctx() ctx: Context): Promise<Household> {
    return recordArrival(ctx, args.id, args.arrivalDate, args.guidanceStart);
  }

  @Mutation(() => Household, {
    description:
      'Extends guidance to a second year (adds the second-year amount to the funding). Decided before the end of the first year plus the grace period; later only by an admin, with a reason. Audited.',
  })
  extendGuidance(@Args(() => ReasonArgs) args: ReasonArgs, @Ctx() ctx: Context): Promise<Household> {
    return extendGuidance(ctx, args.id, args.reason);
  }

  @Mutation(() => Household, { description: 'Withdraws the extension to a second year, before the second year starts (the second-year amount falls away). Audited.' })
  withdrawExtension(@Args(() => ReasonArgs) args: ReasonArgs, @Ctx() ctx: Context): Promise<Household> {
    return withdrawExtension(ctx, args.id, args.reason);
  }

  @Mutation(() => Household, {
    description:
      'Ends guidance before its term (moved out, to a municipality, a breakdown of the sponsorship, departure) with its day and reason: the open steps are closed, a second year that had not started falls away (tariff data), the timeline and the funding audit record it, the contact person and the partner are told. Fedasil staff.',
  })
  endGuidanceEarly(@Arg('input', () => EndGuidanceInput) input: EndGuidanceInput, @Ctx() ctx: Context): Promise<Household> {
    return endGuidanceEarly(ctx, input);
  }

  @Mutation(() => Household, {
    description:
      'Transfers a household, with its history, to another partnership of the same programme that the viewer may register households with. The sending partnership no longer sees it; the figure follows it (audited on both sides). Fedasil staff.',
  })
  transferHousehold(@Arg('input', () => TransferHouseholdInput) input: TransferHouseholdInput, @Ctx() ctx: Context): Promise<Household> {
    return transferHousehold(ctx, input);
  }

  @Subscription(() => Household, {
    description: 'A household of this partnership was registered or changed. Same policy as `household`; ends when the session ends.',
    subscribe: async ({ args, context: ctx }: { args: { partnershipId: string }; context: Context }) => {
      requireViewer(ctx);
      if (!(await canSeePartnership(ctx, args.partnershipId))) throw notFound();
      const source = ctx.app.pubSub.subscribe('HOUSEHOLD_CHANGED');
      return authorizedEvents<HouseholdChanged>(ctx, source, async (eventCtx, payload) => payload.partnershipId === args.partnershipId && (await canSeePartnership(eventCtx, payload.partnershipId)));
    },
  })
  async householdChanged(@Root() event: LiveEvent<HouseholdChanged>, @Arg('partnershipId', () => ID) _partnershipId: string): Promise<Household> {
    return loadHousehold(event.ctx, event.payload.householdId);
  }

  @FieldResolver(() => Partnership)
  async partnership(@Root() h: Household, @Ctx() ctx: Context): Promise<Partnership> {
    const p = await ctx.loaders.partnership.load(h.partnership.id);
    if (!p) throw notFound();
    return p;
  }

  @FieldResolver(() => [HouseholdMember], { description: 'Members in the order entered.' })
  members(@Root() h: Household, @Ctx() ctx: Context): Promise<HouseholdMember[]> {
    return ctx.loaders.householdMembers.load(h.id);
  }

  @FieldResolver(() => HouseholdMember, { nullable: true, description: 'The head of household.' })
  async head(@Root() h: Household, @Ctx() ctx: Context): Promise<HouseholdMember | null> {
    return (await ctx.loaders.householdMembers.load(h.id)).find((m) => m.isHead) ?? null;
  }

  @FieldResolver(() => HouseholdStatusEnum, { description: 'Derived from the arrival and guidance dates (Brussels time).' })
  status(@Root() h: Household, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<HouseholdStatus> {
    return householdStatusRead(ctx, h, info);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Last day of guidance (YYYY-MM-DD): a term of the programme’s case months after its start (resettlement: a year), two when extended; the day it ended when it ended early.',
  })
  async guidanceEnd(@Root() h: Household, @Ctx() ctx: Context): Promise<string | null> {
    return lastDayOfGuidance(h, await householdGuidanceMonths(ctx, h));
  }

  @FieldResolver(() => Boolean, { description: 'There are specific needs to take into account (shown to everyone who sees the household).' })
  hasSpecificNeeds(@Root() h: Household): boolean {
    return h.specificNeeds.length > 0 || !!h.specificNeedsNote;
  }

  @FieldResolver(() => SpecificNeeds, { nullable: true, description: 'The specific needs themselves: null unless the viewer needs to know; every read is access-logged.' })
  specificNeeds(@Root() h: Household, @Ctx() ctx: Context): Promise<SpecificNeeds | null> {
    return readSpecificNeeds(ctx, h);
  }

  @FieldResolver(() => Funding, { nullable: true, description: 'Funding lines and total in euro cents; null when the viewer may not see funding.' })
  async funding(@Root() h: Household, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<(FundingValue & { tariffYear: number | null }) | null> {
    if (!(await can(ctx, h, 'viewFunding'))) return null;
    return householdFundingRead(ctx, h, info);
  }

  @FieldResolver(() => [FundingAuditEntry], {
    nullable: true,
    description: 'Every edit of the funding figure (who, when, why, before and after), oldest first; null when the viewer may not see funding.',
  })
  async fundingHistory(@Root() h: Household, @Ctx() ctx: Context): Promise<FundingAuditEntry[] | null> {
    if (!(await can(ctx, h, 'viewFunding'))) return null;
    return listFundingEdits(ctx, h.id);
  }

  @FieldResolver(() => HouseholdViewerCan, { description: 'What the viewer may do with this household now (its policy, and the state the action needs).' })
  async viewerCan(@Root() h: Household, @Ctx() ctx: Context): Promise<HouseholdViewerCan> {
    const [facts, months] = await Promise.all([householdPartnershipFacts(ctx, h), householdGuidanceMonths(ctx, h)]);
    const can = householdPermissions(ctx.viewer, facts);
    return {
      ...can,
      // Only offer what will work: a second year needs guidance started and not yet extended.
      extendGuidance: can.extendGuidance && !!h.guidanceStart && !h.guidanceExtended && !h.endedOn,
      withdrawExtension: can.extendGuidance && !!h.guidanceStart && h.guidanceExtended && !h.endedOn && todayInBrussels() < extensionDates(h.guidanceStart, months, 0).secondYearStart,
      transfer: can.endGuidance && !h.endedOn && householdStatus(h, months) !== 'GUIDANCE_ENDED',
      endGuidance: can.endGuidance && !!h.guidanceStart && !h.endedOn && guidanceEndDate(h.guidanceStart, h.guidanceExtended, months) >= todayInBrussels(),
      updateStep: progressPolicy.onHousehold(ctx.viewer, facts, 'updateStep'),
      updateHousing: progressPolicy.onHousehold(ctx.viewer, facts, 'updateHousing'),
      uploadDocument: documentPolicy.upload(ctx.viewer, facts, 'OTHER', true),
      uploadSensitiveDocument: documentPolicy.upload(ctx.viewer, facts, 'MEDICAL', true),
    };
  }
}

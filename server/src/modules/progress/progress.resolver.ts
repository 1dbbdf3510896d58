import type { GuidanceEndReason, HouseholdFlag, MemberJoining, ProgrammeCode, StepStatus } from '@partner-hub/shared';
import { IsOptional, Max, Min } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription, registerEnumType } from 'type-graphql';
import { type Context, requireViewer } from '../../app/context.js';
import { HouseholdFlagEnum, ProgrammeCodeEnum } from '../../app/enums.js';
import { notFound } from '../../app/errors.js';
import { authorizedEvents, type LiveEvent } from '../../app/live/index.js';
import type { Topics } from '../../app/pubsub.js';
import { IsIsoDate, todayInBrussels } from '../../app/validators.js';
import { WriteGuardInput } from '../../app/write-guard.js';
import { Household, HouseholdMember } from '../household/household.entity.js';
import { canSeePartnership, loadHousehold } from '../household/index.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';
import { GuidanceStep, Housing, StepTemplate } from './progress.entity.js';
import { HousingInput, StepTemplateInput, UpdateGuidanceStepInput } from './progress.inputs.js';
import {
  type BoardSort,
  board,
  fundingStatement,
  householdFlags,
  lastActivityAt,
  leaseCoversFirstYear,
  listStepTemplates,
  nextHomeSearchDueFrom,
  nextStep,
  programmeDashboard,
  progressOf,
  recordNextHomeFound,
  removeStepTemplate,
  saveStepTemplate,
  startNextHomeSearch,
  updateGuidanceStep,
  updateHousing,
  updateProgrammeSettings,
} from './progress.service.js';
import { FundingStatement, PlanProgress, ProgrammeDashboard, TimelineEntry } from './progress.types.js';

const BOARD_SORTS = { NEXT_DUE: 'NEXT_DUE', FLAGS: 'FLAGS', REFERENCE: 'REFERENCE' } as const;
registerEnumType(BOARD_SORTS, { name: 'BoardSort', description: 'Order of the board: next due step first, most flags first, or by reference.' });

type HouseholdChanged = Topics['HOUSEHOLD_CHANGED'][0];

@ArgsType()
class DashboardArgs {
  @Field(() => ProgrammeCodeEnum) programme!: ProgrammeCode;
  @Field(() => Int) @Min(2000) @Max(2100) year!: number;
}

@ArgsType()
class ProgrammeSettingsArgs {
  @Field(() => ProgrammeCodeEnum) programme!: ProgrammeCode;
  @Field(() => Int, { description: 'Months before the end of guidance the next-home search is due.' }) @Min(1) @Max(12) nextHomeSearchMonths!: number;
  @Field(() => Int, { description: 'Days without update after which a household is stale.' }) @Min(7) @Max(365) staleAfterDays!: number;
}

@ArgsType()
class DatedHouseholdArgs {
  @Field(() => ID) householdId!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when left out.' }) @IsOptional() @IsIsoDate() on?: string | null;
}

@Resolver(() => Household)
export class HouseholdProgressResolver {
  @FieldResolver(() => [GuidanceStep], { description: 'The guidance plan, in order.' })
  plan(@Root() h: Household, @Ctx() ctx: Context): Promise<GuidanceStep[]> {
    return ctx.loaders.guidanceSteps.load(h.id);
  }

  @FieldResolver(() => PlanProgress)
  progress(@Root() h: Household, @Ctx() ctx: Context) {
    return progressOf(ctx, h);
  }

  @FieldResolver(() => GuidanceStep, { nullable: true, description: 'The open step due first.' })
  nextStep(@Root() h: Household, @Ctx() ctx: Context) {
    return nextStep(ctx, h);
  }

  @FieldResolver(() => [HouseholdFlagEnum], { description: 'What needs attention now.' })
  flags(@Root() h: Household, @Ctx() ctx: Context): Promise<HouseholdFlag[]> {
    return householdFlags(ctx, h);
  }

  @FieldResolver(() => Housing, { nullable: true, description: 'The home found and the next-home search; null until recorded.' })
  async housing(@Root() h: Household, @Ctx() ctx: Context): Promise<Housing | null> {
    return (await ctx.loaders.housing.load(h.id))[0] ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'From when the next-home search is due (YYYY-MM-DD).' })
  nextHomeSearchDueFrom(@Root() h: Household, @Ctx() ctx: Context) {
    return nextHomeSearchDueFrom(ctx, h);
  }

  @FieldResolver(() => GraphQLDateTimeISO, { description: 'The last change to the household, its plan or its housing.' })
  lastActivityAt(@Root() h: Household, @Ctx() ctx: Context) {
    return lastActivityAt(ctx, h);
  }

  @FieldResolver(() => [TimelineEntry], { description: 'Every change, oldest first, with who and when.' })
  async timeline(@Root() h: Household, @Ctx() ctx: Context): Promise<TimelineEntry[]> {
    const events = await ctx.loaders.householdEvents.load(h.id);
    return Promise.all(
      events.map(async (e) => ({
        id: e.id,
        at: e.at,
        kind: e.kind as TimelineEntry['kind'],
        actor: e.actor ? await ctx.loaders.user.load(e.actor.id) : null,
        stepKey: (e.data.key as string) ?? null,
        stepLabel: (e.data.label as TimelineEntry['stepLabel']) ?? null,
        fromStatus: (e.data.from as StepStatus) ?? null,
        toStatus: (e.data.to as StepStatus) ?? null,
        fields: (e.data.fields as string[]) ?? [],
        date: ((e.data.arrivalDate ?? e.data.on ?? e.data.endedOn ?? e.data.transferredOn ?? e.data.joinedOn ?? e.data.leftOn) as string) ?? null,
        endReason: (e.data.reason as GuidanceEndReason) && e.kind === 'GUIDANCE_ENDED_EARLY' ? (e.data.reason as GuidanceEndReason) : null,
        note: (e.data.note as string) ?? null,
        memberName: (e.data.firstName as string) ?? null,
        joined: (e.data.joined as MemberJoining) ?? null,
        fromPartnership: (e.data.fromPartnership as string) ?? null,
        toPartnership: (e.data.toPartnership as string) ?? null,
      })),
    );
  }
}

@Resolver(() => GuidanceStep)
export class GuidanceStepResolver {
  @FieldResolver(() => HouseholdMember, { nullable: true, description: 'The child a per-child step (school) is for.' })
  async member(@Root() s: GuidanceStep, @Ctx() ctx: Context): Promise<HouseholdMember | null> {
    if (!s.member) return null;
    return (await ctx.loaders.householdMembers.load(s.household.id)).find((m) => m.id === s.member!.id) ?? null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who last changed the step.' })
  updatedBy(@Root() s: GuidanceStep, @Ctx() ctx: Context): Promise<User | null> {
    return s.updatedBy ? ctx.loaders.user.load(s.updatedBy.id) : Promise.resolve(null);
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date (Brussels time).' })
  overdue(@Root() s: GuidanceStep): boolean {
    return (s.status === 'TODO' || s.status === 'IN_PROGRESS') && !!s.dueDate && s.dueDate < todayInBrussels();
  }

  @FieldResolver(() => Household)
  household(@Root() s: GuidanceStep, @Ctx() ctx: Context): Promise<Household> {
    return loadHousehold(ctx, s.household.id);
  }
}

@Resolver(() => Housing)
export class HousingResolver {
  @FieldResolver(() => Household, { description: 'The household this housing is of (its flags, plan and timeline follow a change).' })
  household(@Root() housing: Housing, @Ctx() ctx: Context): Promise<Household> {
    return loadHousehold(ctx, housing.household.id);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'The lease runs at least a year from arrival; null until lease and arrival are known.' })
  async coversFirstYear(@Root() housing: Housing, @Ctx() ctx: Context): Promise<boolean | null> {
    const h = await ctx.loaders.household.load(housing.household.id);
    return h ? leaseCoversFirstYear(h, housing) : null;
  }
}

@Resolver()
export class ProgressResolver {
  @Query(() => [Household], { description: "The board: households in guidance the viewer may see, with progress and flags (a contact person's portfolio)." })
  board(
    @Ctx() ctx: Context,
    @Arg('partnershipId', () => ID, { nullable: true }) partnershipId?: string | null,
    @Arg('flag', () => HouseholdFlagEnum, { nullable: true }) flag?: HouseholdFlag | null,
    @Arg('sort', () => BOARD_SORTS, { nullable: true, defaultValue: 'NEXT_DUE' }) sort?: BoardSort | null,
  ) {
    return board(ctx, { partnershipId, flag, sort });
  }

  @Query(() => FundingStatement, { description: "A partnership's funding statement (those who may see its funding)." })
  async fundingStatement(@Arg('partnershipId', () => ID) partnershipId: string, @Ctx() ctx: Context) {
    const statement = await fundingStatement(ctx, partnershipId);
    return { ...statement, csvUrl: `/partnerships/${partnershipId}/funding.csv` };
  }

  @Query(() => ProgrammeDashboard, { description: 'Quota, arrivals by month, capacity and funding of a programme in a year (Fedasil staff).' })
  programmeDashboard(@Args(() => DashboardArgs) args: DashboardArgs, @Ctx() ctx: Context) {
    return programmeDashboard(ctx, args.programme, args.year);
  }

  @Query(() => [StepTemplate], { description: "A programme's guidance plan template (Fedasil staff)." })
  stepTemplates(@Arg('programme', () => ProgrammeCodeEnum) programme: ProgrammeCode, @Ctx() ctx: Context) {
    return listStepTemplates(ctx, programme);
  }

  @Mutation(() => GuidanceStep, { description: 'Changes a step of a guidance plan: status, note, due date (kept in the timeline).' })
  updateGuidanceStep(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateGuidanceStepInput) input: UpdateGuidanceStepInput,
    @Arg('guard', () => WriteGuardInput, { nullable: true, description: 'For writes queued offline: applied once, refused when the step changed meanwhile.' }) guard: WriteGuardInput | null,
    @Ctx() ctx: Context,
  ) {
    return updateGuidanceStep(ctx, id, input, guard);
  }

  @Mutation(() => Housing, { description: 'Records the home found: address, lease, rent, landlord, moving in.' })
  updateHousing(
    @Arg('householdId', () => ID) householdId: string,
    @Arg('input', () => HousingInput) input: HousingInput,
    @Arg('guard', () => WriteGuardInput, { nullable: true, description: 'For writes queued offline: applied once, refused when the housing changed meanwhile.' }) guard: WriteGuardInput | null,
    @Ctx() ctx: Context,
  ) {
    return updateHousing(ctx, householdId, input, guard);
  }

  @Mutation(() => Household, { description: 'Starts the search for the next home.' })
  startNextHomeSearch(@Args(() => DatedHouseholdArgs) args: DatedHouseholdArgs, @Ctx() ctx: Context) {
    return startNextHomeSearch(ctx, args.householdId, args.on);
  }

  @Mutation(() => Household, { description: 'Records that the next home is found; closes the search and its plan step.' })
  recordNextHomeFound(@Args(() => DatedHouseholdArgs) args: DatedHouseholdArgs, @Ctx() ctx: Context) {
    return recordNextHomeFound(ctx, args.householdId, args.on);
  }

  @Mutation(() => StepTemplate, { description: 'Adds or changes a step of a plan template (admins); applies to new plans.' })
  saveStepTemplate(@Arg('programme', () => ProgrammeCodeEnum) programme: ProgrammeCode, @Arg('input', () => StepTemplateInput) input: StepTemplateInput, @Ctx() ctx: Context) {
    return saveStepTemplate(ctx, programme, input);
  }

  @Mutation(() => Boolean, { description: 'Takes a step out of a plan template (admins); existing plans keep it.' })
  removeStepTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return removeStepTemplate(ctx, id);
  }

  @Mutation(() => Programme, { description: "Changes a programme's progress settings (admins)." })
  updateProgrammeSettings(@Args(() => ProgrammeSettingsArgs) args: ProgrammeSettingsArgs, @Ctx() ctx: Context) {
    return updateProgrammeSettings(ctx, args.programme, args);
  }

  @Subscription(() => Household, {
    description: 'A household the viewer may see changed (plan, housing, arrival...): keeps the board live. Ends with the session.',
    subscribe: ({ context }) => {
      const ctx = context as Context;
      requireViewer(ctx);
      return authorizedEvents<HouseholdChanged>(ctx, ctx.app.pubSub.subscribe('HOUSEHOLD_CHANGED'), (eventCtx, payload) => canSeePartnership(eventCtx, payload.partnershipId));
    },
  })
  boardUpdated(@Root() event: LiveEvent<HouseholdChanged>): Promise<Household> {
    return loadHousehold(event.ctx, event.payload.householdId).catch(() => {
      throw notFound();
    });
  }
}

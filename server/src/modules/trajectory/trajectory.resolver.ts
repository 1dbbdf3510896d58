import { type CaseKind, SENSITIVE_TARGET_GROUPS, type TargetGroup, type TrajectoryCloseReason, type TrajectoryFlag, type TrajectoryStage } from '@partner-hub/shared';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { CaseKindEnum, TargetGroupEnum, TrajectoryCloseReasonEnum, TrajectoryFlagEnum, TrajectoryStageEnum } from '../../app/enums.js';
import { IsIsoDate } from '../../app/validators.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';
import { SupportTrajectory, TrajectoryStageDate } from './trajectory.entity.js';
import { trajectoryPolicy } from './trajectory.policy.js';
import { advanceTrajectory, assignTrajectory, extendTrajectory, factsOfTrajectory, flagsOf, listTrajectories, openTrajectory, trajectoryBoard, trajectoryOverview } from './trajectory.service.js';

@InputType({ description: 'A new support trajectory, at "referral received".' })
class OpenSupportTrajectoryInput {
  @Field(() => ID) partnershipId!: string;
  @Field(() => String, { description: 'A pseudonymous reference (no name).' }) @IsString() @MaxLength(40) reference!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() birthYear?: number | null;
  @Field(() => TargetGroupEnum) targetGroup!: TargetGroup;
  @Field(() => ID, { nullable: true, description: 'The partner’s staff member who follows it (a coordinator or volunteer of a member organisation).' }) @IsOptional() followedByUserId?: string | null;
  @Field(() => String, { description: 'The day the referral was received (YYYY-MM-DD): the start.' }) @IsIsoDate() startedOn!: string;
  @Field(() => String, { nullable: true, description: 'Need-to-know note on the person’s needs.' }) @IsOptional() @IsString() @MaxLength(2000) needsNote?: string | null;
}

@ObjectType({ description: 'What the viewer may do with a partnership’s support trajectories.' })
class TrajectoryViewerCan {
  @Field(() => Boolean, { description: 'Open trajectories, move them on and assign who follows them.' }) edit!: boolean;
  @Field(() => Boolean, { description: 'Extend a trajectory once (contact person, deputy, admin).' }) extend!: boolean;
  @Field(() => Boolean, { description: 'Read sensitive details (need-to-know, as households’ specific needs).' }) viewSensitive!: boolean;
}

@ObjectType({ description: 'What the trajectory section of a partnership page needs.' })
class TrajectoryOverview {
  @Field(() => CaseKindEnum, { description: 'What the partnership’s programme follows.' }) caseKind!: CaseKind;
  @Field(() => Int, { nullable: true, description: 'Months a trajectory is planned for (the programme’s).' }) caseMonths!: number | null;
  @Field(() => [User], { description: 'The partner staff who can follow a trajectory (coordinators and volunteers of the member organisations).' }) staff!: User[];
  @Field(() => TrajectoryViewerCan) viewerCan!: TrajectoryViewerCan;
}

@Resolver(() => SupportTrajectory)
export class SupportTrajectoryResolver {
  @Query(() => [SupportTrajectory], { description: 'A partnership’s support trajectories, newest first (open ones unless includeClosed).' })
  supportTrajectories(@Arg('partnershipId', () => ID) partnershipId: string, @Arg('includeClosed', () => Boolean, { defaultValue: false }) includeClosed: boolean, @Ctx() ctx: Context) {
    return listTrajectories(ctx, partnershipId, includeClosed);
  }

  @Query(() => [SupportTrajectory], { description: 'The board’s trajectories: open ones of the partnerships the viewer may see whose programme follows support trajectories, flagged first.' })
  supportTrajectoryBoard(
    @Arg('partnershipId', () => ID, { nullable: true }) partnershipId: string | null,
    @Arg('overdueOnly', () => Boolean, { defaultValue: false }) overdueOnly: boolean,
    @Ctx() ctx: Context,
  ) {
    return trajectoryBoard(ctx, { partnershipId, overdueOnly });
  }

  @Query(() => TrajectoryOverview, { description: 'The case kind and months, partner staff and what the viewer may do with support trajectories (everyone in the partnership).' })
  trajectoryOverview(@Arg('partnershipId', () => ID) partnershipId: string, @Ctx() ctx: Context): Promise<TrajectoryOverview> {
    return trajectoryOverview(ctx, partnershipId);
  }

  @Mutation(() => SupportTrajectory, { description: 'Opens a support trajectory in a partnership whose programme follows them (contact person, deputy, admin or the partner’s coordinators).' })
  openSupportTrajectory(@Arg('input', () => OpenSupportTrajectoryInput) input: OpenSupportTrajectoryInput, @Ctx() ctx: Context) {
    return openTrajectory(ctx, input);
  }

  @Mutation(() => SupportTrajectory, { description: 'Moves a trajectory on to its next stage on a given day, or closes it (from any stage) with a reason.' })
  advanceSupportTrajectory(
    @Arg('id', () => ID) id: string,
    @Arg('stage', () => TrajectoryStageEnum) stage: TrajectoryStage,
    @Arg('on', () => String) on: string,
    @Arg('closeReason', () => TrajectoryCloseReasonEnum, { nullable: true }) closeReason: TrajectoryCloseReason | null,
    @Ctx() ctx: Context,
  ) {
    return advanceTrajectory(ctx, id, stage, on, closeReason ?? null);
  }

  @Mutation(() => SupportTrajectory, { description: 'Sets the partner’s staff member who follows a trajectory (null: nobody yet).' })
  assignSupportTrajectory(@Arg('id', () => ID) id: string, @Arg('followedByUserId', () => ID, { nullable: true }) followedByUserId: string | null, @Ctx() ctx: Context) {
    return assignTrajectory(ctx, id, followedByUserId ?? null);
  }

  @Mutation(() => SupportTrajectory, { description: 'Extends a trajectory once by the programme’s case months (contact person, deputy or admin).' })
  extendSupportTrajectory(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return extendTrajectory(ctx, id);
  }

  @FieldResolver(() => [TrajectoryStageDate], { description: 'The day each stage was reached, in order.' })
  stages(@Root() t: SupportTrajectory): TrajectoryStageDate[] {
    return t.stageDates;
  }

  @FieldResolver(() => [TrajectoryFlagEnum], { description: 'What needs attention (none once closed).' })
  flags(@Root() t: SupportTrajectory, @Ctx() ctx: Context): Promise<TrajectoryFlag[]> {
    return flagsOf(ctx, t);
  }

  @FieldResolver(() => Partnership, { description: 'The partnership the trajectory belongs to.' })
  async partnership(@Root() t: SupportTrajectory, @Ctx() ctx: Context): Promise<Partnership> {
    return (await ctx.loaders.partnership.load(t.partnership.id))!;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The partner’s staff member who follows it.' })
  async followedBy(@Root() t: SupportTrajectory, @Ctx() ctx: Context): Promise<User | null> {
    return t.followedBy ? ctx.loaders.user.load(t.followedBy.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'There are specific needs: a sensitive target group or a needs note (told to everyone who sees the trajectory).' })
  hasSpecificNeeds(@Root() t: SupportTrajectory): boolean {
    return SENSITIVE_TARGET_GROUPS.includes(t.targetGroup) || !!t.needsNote;
  }

  @FieldResolver(() => TargetGroupEnum, { nullable: true, description: 'The target group: null for whoever may not know it when it is itself a specific need (medical, trafficking).' })
  async targetGroup(@Root() t: SupportTrajectory, @Ctx() ctx: Context): Promise<TargetGroup | null> {
    if (!SENSITIVE_TARGET_GROUPS.includes(t.targetGroup)) return t.targetGroup;
    return trajectoryPolicy.viewSensitive(ctx.viewer, await factsOfTrajectory(ctx, t)) ? t.targetGroup : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The note on the person’s needs: need-to-know, null for whoever may not read it.' })
  async needsNote(@Root() t: SupportTrajectory, @Ctx() ctx: Context): Promise<string | null> {
    return trajectoryPolicy.viewSensitive(ctx.viewer, await factsOfTrajectory(ctx, t)) ? (t.needsNote ?? null) : null;
  }
}

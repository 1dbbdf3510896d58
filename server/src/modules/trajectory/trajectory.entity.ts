import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { TargetGroup, TrajectoryCloseReason, TrajectoryStage } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TrajectoryCloseReasonEnum, TrajectoryStageEnum } from '../../app/enums.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';

@ObjectType({ description: 'The day a support trajectory reached one stage.' })
export class TrajectoryStageDate {
  @Field(() => TrajectoryStageEnum) stage!: TrajectoryStage;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) on!: string;
}

/**
 * A specialised support trajectory of the vulnerable-groups programme (seed 004): one person, known
 * by a pseudonymous reference, followed by a partner's staff member from the referral to the close,
 * for the programme's case months (extendable once). The target group is need-to-know when it is
 * itself a specific need (medical, trafficking), and so is the note on the person's needs.
 */
@ObjectType({ description: 'A support trajectory of one person: its stages with their days, its planned end, and who follows it.' })
@Entity({ tableName: 'support_trajectory' })
@Unique({ properties: ['partnership', 'reference'] })
export class SupportTrajectory {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'birthYear' | 'followedBy' | 'plannedEnd' | 'extended' | 'closeReason' | 'needsNote';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { deleteRule: 'cascade' })
  partnership!: Partnership;

  @Field(() => String, { description: 'A pseudonymous reference (no name).' })
  @Property({ type: 'string', length: 40 })
  reference!: string;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  birthYear?: number | null = null;

  /** Need-to-know when in SENSITIVE_TARGET_GROUPS (the resolver decides). */
  @Property({ type: 'string', length: 40 })
  targetGroup!: TargetGroup;

  /** The partner's staff member who follows it (a coordinator or volunteer of a member organisation). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  followedBy?: User | null = null;

  @Field(() => String, { description: 'First day of the trajectory (YYYY-MM-DD): the day the referral was received.' })
  @Property({ type: 'string', length: 10 })
  startedOn!: string;

  @Field(() => String, { nullable: true, description: 'Planned last day (YYYY-MM-DD): the programme’s case months after the start, once more when extended; null: open-ended.' })
  @Property({ type: 'string', length: 10, nullable: true })
  plannedEnd?: string | null = null;

  @Field(() => Boolean, { description: 'Extended once by the contact person.' })
  @Property({ type: 'boolean', default: false })
  extended: boolean = false;

  @Field(() => TrajectoryStageEnum, { description: 'The stage reached.' })
  @Property({ type: 'string', length: 40 })
  stage!: TrajectoryStage;

  /** The day each stage was reached, in order. */
  @Property({ type: 'json' })
  stageDates!: { stage: TrajectoryStage; on: string }[];

  @Field(() => TrajectoryCloseReasonEnum, { nullable: true, description: 'Why it closed (set with the CLOSED stage).' })
  @Property({ type: 'string', length: 40, nullable: true })
  closeReason?: TrajectoryCloseReason | null = null;

  /** Need-to-know (contact person, deputy, admins, the partner's coordinators). */
  @Property({ type: 'text', nullable: true })
  needsNote?: string | null = null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: 'The last change (a trajectory without one for the programme’s staleAfterDays is flagged).' })
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { FeedbackObjective, IndicatorValue, FeedbackRevisionKind, FeedbackRhythm, FeedbackRoundStatus, ObjectiveStatus } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FeedbackObjectiveEnum, FeedbackRevisionKindEnum, FeedbackRhythmEnum, FeedbackRoundStatusEnum, ObjectiveStatusEnum } from '../../app/enums.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';

/** The partner's answer about one objective. */
@ObjectType({ description: 'The partner’s answer about one objective: a status and free text.' })
export class FeedbackAnswer {
  @Field(() => FeedbackObjectiveEnum)
  objective!: FeedbackObjective;

  @Field(() => ObjectiveStatusEnum, { nullable: true, description: 'Null while not yet given in a draft.' })
  status!: ObjectiveStatus | null;

  @Field(() => String, { nullable: true })
  text!: string | null;
}

/** The partner's answer to one of its programme's indicators: the field of the indicator's type is set. */
@ObjectType({ description: 'The answer to one reporting indicator of the programme: number, choice or text, by the indicator’s type.' })
export class IndicatorValueType {
  @Field(() => String) key!: string;
  @Field(() => Int, { nullable: true }) number!: number | null;
  @Field(() => String, { nullable: true }) choice!: string | null;
  @Field(() => String, { nullable: true }) text!: string | null;
}

/**
 * A partnership's feedback rhythm: rounds are made for each period from the start date on.
 * Rhythm null = none (no new rounds; existing rounds stay). The row stays when the rhythm is
 * turned off, so `madeUntil` keeps rounds from being made twice for the same days.
 */
@Entity({ tableName: 'feedback_schedule' })
export class FeedbackSchedule {
  [OptionalProps]?: 'updatedAt' | 'activeFrom' | 'madeUntil' | 'rhythm' | 'startDate' | 'setBy';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { deleteRule: 'cascade', unique: true })
  partnership!: Partnership;

  @Property({ type: 'string', length: 20, nullable: true })
  rhythm?: FeedbackRhythm | null = null;

  /** First day of the first period (YYYY-MM-DD); periods follow every 1 or 3 months. */
  @Property({ type: 'string', length: 10, nullable: true })
  startDate?: string | null = null;

  /**
   * The first day rounds are made for (YYYY-MM-DD): periods that ended before the rhythm was set
   * are not made retroactively; a period that passes unseen afterwards still is (and is overdue).
   */
  @Property({ type: 'string', length: 10, nullable: true })
  activeFrom?: string | null = null;

  /** The last day of the newest round made (YYYY-MM-DD): no period starting on or before it is made again. */
  @Property({ type: 'string', length: 10, nullable: true })
  madeUntil?: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  setBy?: User | null = null;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

/** One feedback round: one period of a partnership's rhythm. */
@ObjectType({ description: 'A feedback round: the partner reports on the three objectives for one period; the contact person accepts it or sends it back.' })
@Entity({ tableName: 'feedback_round' })
@Unique({ properties: ['partnership', 'periodStart'] })
@Index({ properties: ['status', 'dueDate'] })
export class FeedbackRound {
  [OptionalProps]?: 'status' | 'answers' | 'generalNote' | 'createdAt' | 'updatedAt' | 'submittedAt' | 'submittedBy' | 'reviewedAt' | 'reviewedBy' | 'reviewNote' | 'version' | 'indicatorValues';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { deleteRule: 'cascade' })
  partnership!: Partnership;

  @Field(() => String, { description: 'First day of the period (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10 })
  periodStart!: string;

  @Field(() => String, { description: 'Last day of the period (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10 })
  periodEnd!: string;

  @Field(() => String, { description: 'The partner submits by this day (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10 })
  dueDate!: string;

  @Field(() => FeedbackRoundStatusEnum)
  @Property({ type: 'string', length: 20 })
  status: FeedbackRoundStatus = 'OPEN';

  /** The current draft (or the submitted answers); one per objective at most. */
  @Property({ type: 'json' })
  answers: { objective: FeedbackObjective; status: ObjectiveStatus | null; text: string | null }[] = [];

  @Field(() => String, { nullable: true, description: 'A general note on the period.' })
  @Property({ type: 'text', nullable: true })
  generalNote?: string | null = null;

  /** The current draft (or submitted) answers to the programme's indicators; one per key at most. */
  @Field(() => [IndicatorValueType], { description: 'Answers to the programme’s reporting indicators (draft or submitted).' })
  @Property({ type: 'json', default: '[]' })
  indicatorValues: IndicatorValue[] = [];

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was last submitted.' })
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  submittedBy?: User | null = null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was last accepted or sent back.' })
  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  reviewedBy?: User | null = null;

  @Field(() => String, { nullable: true, description: 'The note of the last review (required when sent back).' })
  @Property({ type: 'text', nullable: true })
  reviewNote?: string | null = null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  /** Optimistic lock: two reviews (or a review and a resubmission) never both win. */
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/** One step of a round's history: a submission (with what was submitted) or a review. */
@ObjectType({ description: 'One step of a feedback round’s history: who submitted, sent back or accepted it, when, and what.' })
@Entity({ tableName: 'feedback_revision' })
@Index({ properties: ['round', 'at'] })
export class FeedbackRevision {
  [OptionalProps]?: 'at' | 'answers' | 'generalNote' | 'note' | 'indicatorValues';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => FeedbackRound, { deleteRule: 'cascade' })
  round!: FeedbackRound;

  @Field(() => FeedbackRevisionKindEnum)
  @Property({ type: 'string', length: 20 })
  kind!: FeedbackRevisionKind;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  by?: User | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  at: Date = new Date();

  /** For submissions: the answers as submitted. */
  @Property({ type: 'json', nullable: true })
  answers?: { objective: FeedbackObjective; status: ObjectiveStatus | null; text: string | null }[] | null = null;

  @Field(() => [IndicatorValueType], { nullable: true, description: 'For submissions: the indicator answers as submitted.' })
  @Property({ type: 'json', nullable: true })
  indicatorValues?: IndicatorValue[] | null = null;

  @Field(() => String, { nullable: true, description: 'For submissions: the general note as submitted.' })
  @Property({ type: 'text', nullable: true })
  generalNote?: string | null = null;

  @Field(() => String, { nullable: true, description: 'For reviews: the reviewer’s note.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null = null;
}

@ObjectType({ description: 'A partnership’s feedback rhythm, and whether the viewer may change it.' })
export class FeedbackSettings {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => FeedbackRhythmEnum, { nullable: true, description: 'Null: no rhythm (no new rounds).' })
  rhythm!: FeedbackRhythm | null;

  @Field(() => String, { nullable: true, description: 'First day of the first period (YYYY-MM-DD).' })
  startDate!: string | null;

  @Field(() => Boolean, { description: 'The viewer may change the rhythm (contact person, deputy, admin).' })
  viewerCanSet!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a feedback round now.' })
export class FeedbackRoundViewerCan {
  @Field(() => Boolean, { description: 'Save a draft and submit (the partner, while open or sent back).' }) submit!: boolean;
  @Field(() => Boolean, { description: 'Accept or send back (the contact person, deputy or admin, while submitted).' }) review!: boolean;
}

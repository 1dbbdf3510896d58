import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { ActionItemStatus, AgendaSourceType, Attendance, EvaluationObjective, MeetingKind, MeetingStatus, RsvpResponse } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ActionItemStatusEnum, AgendaSourceTypeEnum, AttendanceEnum, EvaluationObjectiveEnum, MeetingKindEnum, MeetingStatusEnum, RsvpResponseEnum } from '../../app/enums.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';

/** A consultation or evaluation meeting: who comes, what is discussed, what was decided, who does what. */
@ObjectType({ description: 'A consultation meeting (several partnerships) or an evaluation meeting (one partnership with its contact person).' })
@Entity({ tableName: 'meeting' })
export class Meeting {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status' | 'sequence';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => MeetingKindEnum)
  @Property({ type: 'string', length: 20 })
  kind!: MeetingKind;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What the meeting is about (plain text).' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => GraphQLDateTimeISO, { description: 'Start, as an instant (UTC); see startsAtLocal for Brussels time.' })
  @Property({ type: 'datetime', index: true })
  startsAt!: Date;

  @Field(() => GraphQLDateTimeISO, { description: 'End, as an instant (UTC); always after the start.' })
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where the meeting takes place (address or room).' })
  @Property({ type: 'string', length: 300, nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Online meeting link (http or https URL).' })
  @Property({ type: 'string', length: 500, nullable: true })
  onlineUrl?: string | null;

  @Field(() => MeetingStatusEnum)
  @Property({ type: 'string', length: 20 })
  status: MeetingStatus = 'SCHEDULED';

  @Field(() => String, { nullable: true, description: 'Why the meeting was cancelled.' })
  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  /** iCalendar SEQUENCE: raised on every reschedule, update and cancellation. */
  @Field(() => Int, { description: 'iCalendar SEQUENCE: raised on every change of the schedule, place or status.' })
  @Property({ type: 'integer' })
  sequence: number = 0;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  /** Evaluation meetings: when and by whom the evaluation was signed off (read-only afterwards). */
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Evaluation meetings: when the contact person signed off the evaluation (read-only afterwards).' })
  @Property({ type: 'datetime', nullable: true })
  evaluationSignedOffAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  evaluationSignedOffBy?: User | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A partnership a meeting concerns (one for an evaluation, one or more for a consultation). */
@Entity({ tableName: 'meeting_partnership' })
@Unique({ properties: ['meeting', 'partnership'] })
export class MeetingPartnership {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Meeting;

  @ManyToOne(() => Partnership, { deleteRule: 'cascade', index: true })
  partnership!: Partnership;
}

@ObjectType({ description: 'A person invited to a meeting, with their answer and (after the meeting) their attendance.' })
@Entity({ tableName: 'meeting_invitee' })
@Unique({ properties: ['meeting', 'user'] })
export class MeetingInvitee {
  [OptionalProps]?: 'invitedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Meeting;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  @Field(() => RsvpResponseEnum, { nullable: true, description: 'Their answer; null while they have not answered.' })
  @Property({ type: 'string', length: 10, nullable: true })
  response?: RsvpResponse | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  respondedAt?: Date | null;

  @Field(() => AttendanceEnum, { nullable: true, description: 'Recorded in the minutes; null until recorded.' })
  @Property({ type: 'string', length: 10, nullable: true })
  attendance?: Attendance | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  invitedAt: Date = new Date();
}

@ObjectType({ description: 'An item on the agenda of a meeting, with the notes taken on it; may link to the open work it came from.' })
@Entity({ tableName: 'agenda_item' })
@Index({ properties: ['meeting', 'position'] })
export class AgendaItem {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'partnership';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Meeting;

  /** Order on the agenda, from 1, over every item (the GraphQL `position` counts the items the viewer sees). */
  @Property({ type: 'integer' })
  position!: number;

  /**
   * For an item added from a proposal: the partnership its source belongs to. Only people who may
   * see that partnership see the item (in a consultation of several partnerships, one partnership's
   * open work is not shown to the others' partners).
   */
  @ManyToOne(() => Partnership, { nullable: true, deleteRule: 'cascade', index: true })
  partnership?: Partnership | null;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Minutes: what was said on this item.' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  author?: User | null;

  @Field(() => AgendaSourceTypeEnum, { nullable: true, description: 'For an item added from a proposal: the kind of open work it came from.' })
  @Property({ type: 'string', length: 30, nullable: true })
  sourceType?: AgendaSourceType | null;

  @Field(() => ID, { nullable: true, description: 'For an item added from a proposal: the id of its source.' })
  @Property({ type: 'string', length: 36, nullable: true })
  sourceId?: string | null;

  @Field(() => String, { nullable: true, description: 'For an item added from a proposal: the hub path of its source (e.g. /households/…).' })
  @Property({ type: 'string', length: 300, nullable: true })
  sourceUrl?: string | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@ObjectType({ description: 'A decision recorded in the minutes of a meeting.' })
@Entity({ tableName: 'meeting_decision' })
export class MeetingDecision {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Meeting, { deleteRule: 'cascade', index: true })
  meeting!: Meeting;

  /** The agenda item the decision belongs to, if any. */
  @ManyToOne(() => AgendaItem, { nullable: true, deleteRule: 'set null' })
  agendaItem?: AgendaItem | null;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

@ObjectType({ description: 'Something an invitee agreed to do by a due date, tracked until done.' })
@Entity({ tableName: 'action_item' })
@Index({ properties: ['assignee', 'status'] })
export class ActionItem {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Meeting, { deleteRule: 'cascade', index: true })
  meeting!: Meeting;

  @ManyToOne(() => AgendaItem, { nullable: true, deleteRule: 'set null' })
  agendaItem?: AgendaItem | null;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  /** One of the meeting's invitees. */
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  assignee!: User;

  @Field(() => String, { description: 'YYYY-MM-DD (Brussels).' })
  @Property({ type: 'string', length: 10 })
  dueDate!: string;

  @Field(() => ActionItemStatusEnum)
  @Property({ type: 'string', length: 10 })
  status: ActionItemStatus = 'OPEN';

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  doneAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@ObjectType({ description: 'The rating and notes on one objective in the evaluation of an evaluation meeting.' })
@Entity({ tableName: 'evaluation_score' })
@Unique({ properties: ['meeting', 'objective'] })
export class EvaluationScore {
  [OptionalProps]?: 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Meeting;

  /** The evaluated partnership (the meeting's only one), for the history. */
  @ManyToOne(() => Partnership, { deleteRule: 'cascade', index: true })
  partnership!: Partnership;

  @Field(() => EvaluationObjectiveEnum)
  @Property({ type: 'string', length: 30 })
  objective!: EvaluationObjective;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  @Property({ type: 'integer' })
  rating!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A user's private calendar feed: only the SHA-256 of its secret token is stored. */
@Entity({ tableName: 'calendar_feed' })
export class CalendarFeed {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade', unique: true })
  user!: User;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

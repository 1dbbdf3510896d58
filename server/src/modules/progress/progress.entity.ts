import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { LandlordKind, Locale, StepAnchor, StepOwner, StepStatus } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LandlordKindEnum, StepAnchorEnum, StepOwnerEnum, StepStatusEnum } from '../../app/enums.js';
import { Household, HouseholdMember } from '../household/household.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';

@ObjectType({ description: 'A text in the three languages of the hub.' })
export class LocalizedText {
  @Field(() => String) nl!: string;
  @Field(() => String) fr!: string;
  @Field(() => String) en!: string;
}

/** One step of a programme's guidance plan template; a change applies to plans generated afterwards. */
@ObjectType({ description: "A step of a programme's guidance plan template. Changes apply to new plans." })
@Entity({ tableName: 'step_template' })
@Unique({ properties: ['programme', 'key'] })
export class StepTemplate {
  [OptionalProps]?: 'active' | 'perSchoolAgeChild' | 'position';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Programme, { deleteRule: 'cascade' })
  programme!: Programme;

  @Field(() => String, { description: 'Stable key of the step, e.g. BANK_ACCOUNT.' })
  @Property({ type: 'string', length: 60 })
  key!: string;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  label!: Record<Locale, string>;

  @Field(() => StepAnchorEnum, { description: 'What the due date counts from.' })
  @Property({ type: 'string', length: 20 })
  anchor!: StepAnchor;

  @Field(() => Int, { description: 'Days after the anchor the step is due.' })
  @Property({ type: 'integer' })
  offsetDays!: number;

  @Field(() => StepOwnerEnum, { description: 'Who usually takes the step.' })
  @Property({ type: 'string', length: 20 })
  owner!: StepOwner;

  @Field(() => Boolean, { description: 'One step per school-age child.' })
  @Property({ type: 'boolean' })
  perSchoolAgeChild: boolean = false;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position: number = 0;

  @Field(() => Boolean, { description: 'Removed steps stay for existing plans but are not added to new ones.' })
  @Property({ type: 'boolean' })
  active: boolean = true;
}

/** A step of one household's plan: a copy of its template step, timed for that household. */
@ObjectType({ description: "A step of a household's guidance plan." })
@Entity({ tableName: 'guidance_step' })
export class GuidanceStep {
  [OptionalProps]?: 'status' | 'position' | 'updatedAt' | 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Household, { deleteRule: 'cascade', index: true })
  household!: Household;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  key!: string;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  label!: Record<Locale, string>;

  /** The child a per-child step is for. */
  @ManyToOne(() => HouseholdMember, { nullable: true, deleteRule: 'cascade' })
  member?: HouseholdMember | null;

  @Field(() => StepAnchorEnum)
  @Property({ type: 'string', length: 20 })
  anchor!: StepAnchor;

  @Property({ type: 'integer' })
  offsetDays!: number;

  @Field(() => StepOwnerEnum)
  @Property({ type: 'string', length: 20 })
  owner!: StepOwner;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null until the anchor date is known.' })
  @Property({ type: 'string', length: 10, nullable: true })
  dueDate?: string | null;

  @Field(() => StepStatusEnum)
  @Property({ type: 'string', length: 20 })
  status: StepStatus = 'TODO';

  @Field(() => String, { nullable: true, description: 'Why the step does not apply (required for NOT_APPLICABLE).' })
  @Property({ type: 'string', length: 500, nullable: true })
  notApplicableReason?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  updatedBy?: User | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  @Property({ type: 'integer' })
  position: number = 0;

  @Field(() => Int, { description: 'Bumped on every change; send it back as guard.expectedVersion to refuse a write on a stale copy.' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  /** The client id of the last guarded write: a replay of it is answered without applying it twice. */
  @Property({ type: 'string', length: 64, nullable: true })
  lastClientId?: string | null;
}

/** The home found for a household, and the search for the next one. */
@ObjectType({ description: 'Housing of a household: the home found, the lease, and the search for the next home.' })
@Entity({ tableName: 'housing' })
export class Housing {
  [OptionalProps]?: 'updatedAt' | 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @OneToOne(() => Household, { owner: true, deleteRule: 'cascade', unique: true })
  household!: Household;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  street?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'string', length: 10, nullable: true })
  leaseStart?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'string', length: 10, nullable: true })
  leaseEnd?: string | null;

  @Field(() => Int, { nullable: true, description: 'Monthly rent in euro cents.' })
  @Property({ type: 'integer', nullable: true })
  monthlyRentCents?: number | null;

  @Field(() => LandlordKindEnum, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  landlordKind?: LandlordKind | null;

  @Field(() => String, { nullable: true, description: 'The day the household moved in (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10, nullable: true })
  movedInOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The day the search for the next home started.' })
  @Property({ type: 'string', length: 10, nullable: true })
  nextHomeSearchStartedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The day the next home was found; closes the search.' })
  @Property({ type: 'string', length: 10, nullable: true })
  nextHomeFoundOn?: string | null;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Bumped on every change; send it back as guard.expectedVersion to refuse a write on a stale copy.' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  /** The client id of the last guarded write: a replay of it is answered without applying it twice. */
  @Property({ type: 'string', length: 64, nullable: true })
  lastClientId?: string | null;
}

/** Every change to a household, in order: its timeline and its history. */
@Entity({ tableName: 'household_event' })
@Index({ properties: ['household', 'at'] })
export class HouseholdEvent {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Household, { deleteRule: 'cascade' })
  household!: Household;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor?: User | null;

  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Property({ type: 'string', length: 40 })
  kind!: string;

  /** What changed: field names, step key and statuses; never the content of specific needs. */
  @Property({ type: 'json' })
  data: Record<string, unknown> = {};
}

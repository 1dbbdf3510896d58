import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { type ErasureMode, type ErasureSubject, RETENTION_DEFAULTS } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';
import { ErasureModeEnum, ErasureSubjectEnum } from './privacy.enums.js';

/** How long a programme keeps personal data; absent row = the defaults (RETENTION_DEFAULTS). */
@ObjectType({ description: "A programme's retention policy: how long household data and the access log are kept." })
@Entity({ tableName: 'retention_policy' })
export class RetentionPolicy {
  [OptionalProps]?: 'updatedAt' | 'updatedBy' | 'householdMonthsAfterGuidance' | 'accessLogMonths';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Programme, { deleteRule: 'cascade', unique: true })
  programme!: Programme;

  @Field(() => Int, { description: "A household's personal data is erased this many months after its guidance ended." })
  @Property({ type: 'integer' })
  householdMonthsAfterGuidance: number = RETENTION_DEFAULTS.householdMonthsAfterGuidance;

  @Field(() => Int, { description: 'Access log entries of the households of this programme are deleted after this many months.' })
  @Property({ type: 'integer' })
  accessLogMonths: number = RETENTION_DEFAULTS.accessLogMonths;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Last change; null while the defaults apply.' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt?: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  updatedBy?: User | null = null;
}

/**
 * One erasure of a household or a person's account, by the retention job or on request. One row
 * per subject: a second erasure finds it (idempotent). Started but not completed means a run
 * stopped half-way; the next run completes it. Holds no personal data of its own (ids, counts,
 * the reason an admin gave).
 */
@ObjectType({ description: 'An erasure of a household or an account: why, by whom, when, and what was removed.' })
@Entity({ tableName: 'privacy_erasure' })
@Unique({ properties: ['subjectType', 'subjectId'] })
export class Erasure {
  [OptionalProps]?: 'startedAt' | 'completedAt' | 'counts' | 'pendingStorageKeys' | 'reason' | 'requestedBy';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => ErasureSubjectEnum)
  @Property({ type: 'string', length: 20 })
  subjectType!: ErasureSubject;

  @Field(() => ID, { description: 'The household or user id (the record stays, its personal data is gone).' })
  @Property({ type: 'string', length: 36 })
  subjectId!: string;

  @Field(() => ErasureModeEnum)
  @Property({ type: 'string', length: 20 })
  mode!: ErasureMode;

  @Field(() => String, { nullable: true, description: 'Why (given by the admin for an erasure on request).' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  requestedBy?: User | null = null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  startedAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Null while a run is under way or stopped half-way (the next run completes it).' })
  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null = null;

  /** What was removed or blanked, by kind of record (GraphQL: `removed`). */
  @Property({ type: 'json' })
  counts: Record<string, number> = {};

  /** Document files still to delete from the store (the database no longer points at them). */
  @Property({ type: 'json' })
  pendingStorageKeys: string[] = [];
}

/**
 * One successful sign-in (the person's sign-in history, part of their own data download). Kept as
 * long as the access log (the retention job deletes older ones) and deleted when the account is erased.
 */
@Entity({ tableName: 'sign_in_event' })
export class SignInEvent {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  @Property({ type: 'datetime', index: true })
  at: Date = new Date();

  @Property({ type: 'string', length: 64 })
  ip!: string;
}

import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Household } from '../household/household.entity.js';
import { User } from '../user/user.entity.js';

@ObjectType({ description: "One read of a household's specific needs: who, which household, when." })
@Entity({ tableName: 'access_log' })
@Index({ properties: ['at'] })
export class AccessLogEntry {
  [OptionalProps]?: 'at' | 'what';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  @ManyToOne(() => Household, { deleteRule: 'cascade', index: true })
  household!: Household;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Field(() => String, { description: 'What was read: "specificNeeds", or "document:<id>" for an identity, residence or medical document.' })
  @Property({ type: 'string', length: 80 })
  what: string = 'specificNeeds';
}

@ObjectType({ description: "One edit of a household's funding figure: who, when, why, and the amount before and after (euro cents)." })
@Entity({ tableName: 'funding_audit' })
@Index({ properties: ['household', 'at'] })
export class FundingAuditEntry {
  [OptionalProps]?: 'at' | 'reason' | 'details';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Household, { deleteRule: 'cascade' })
  household!: Household;

  /** The partnership the household belonged to at the time (a transfer changes it). */
  @Property({ type: 'string', length: 36, index: true })
  partnershipId!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', index: true })
  user?: User | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Field(() => String, {
    description:
      'What was done: REGISTERED, UPDATED, ARRIVAL_RECORDED, GUIDANCE_EXTENDED, EXTENSION_WITHDRAWN, GUIDANCE_ENDED_EARLY, TRANSFERRED_OUT (the sending partnership: to 0), TRANSFERRED_IN (the receiving one: from 0).',
  })
  @Property({ type: 'string', length: 40 })
  action!: string;

  @Field(() => String, { nullable: true, description: 'Why, when the rule asks for a reason (a late extension, a correction, an override).' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null = null;

  @Field(() => Int, { description: 'Funding total before the edit, in euro cents.' })
  @Property({ type: 'integer' })
  beforeCents!: number;

  @Field(() => Int, { description: 'Funding total after the edit, in euro cents.' })
  @Property({ type: 'integer' })
  afterCents!: number;

  /** What changed (field names, dates); never the content of specific needs. */
  @Property({ type: 'json' })
  details: Record<string, unknown> = {};
}

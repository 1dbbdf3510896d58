import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';

/**
 * The budget agreed with a partnership for a calendar year, for programmes funded by an agreed
 * budget (return desks, socio-legal desks, vulnerable-group support; not the resettlement flat amounts).
 */
@ObjectType({ description: 'The budget agreed with a partnership for a calendar year (euro cents).' })
@Entity({ tableName: 'partnership_budget' })
@Unique({ properties: ['partnership', 'year'] })
export class PartnershipBudget {
  [OptionalProps]?: 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { deleteRule: 'cascade' })
  partnership!: Partnership;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: 'Euro cents.' })
  @Property({ type: 'integer' })
  amountCents!: number;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

/** What a partnership spent in a period (e.g. a month), as its partners or contact person report it. */
@ObjectType({ description: 'What a partnership spent in a period (euro cents).' })
@Entity({ tableName: 'spending_report' })
@Unique({ properties: ['partnership', 'periodStart'] })
export class SpendingReport {
  [OptionalProps]?: 'note' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { deleteRule: 'cascade' })
  partnership!: Partnership;

  @Field(() => String, { description: 'First day of the period (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10 })
  periodStart!: string;

  @Field(() => String, { description: 'Last day of the period (YYYY-MM-DD), in the same year.' })
  @Property({ type: 'string', length: 10 })
  periodEnd!: string;

  @Field(() => Int, { description: 'Euro cents.' })
  @Property({ type: 'integer' })
  amountCents!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  reportedBy?: User | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

/** One change of a partnership's budget or spending: who, when, what, the amount before and after. */
@ObjectType({ description: "One change of a partnership's budget or reported spending: who, when, the amount before and after (euro cents)." })
@Entity({ tableName: 'budget_audit' })
@Index({ properties: ['partnership', 'at'] })
export class BudgetAuditEntry {
  [OptionalProps]?: 'at';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { deleteRule: 'cascade' })
  partnership!: Partnership;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  user?: User | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Field(() => String, { description: 'BUDGET_SET, SPENDING_RECORDED or SPENDING_REMOVED.' })
  @Property({ type: 'string', length: 40 })
  action!: string;

  @Field(() => String, { description: 'The year (budget) or the period start (spending) it is about.' })
  @Property({ type: 'string', length: 10 })
  subject!: string;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  beforeCents?: number | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  afterCents?: number | null;
}

import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { FundingStatementEventKind, StatementFigures } from '@partner-hub/shared';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';

/**
 * A partnership's funding statement for a calendar year, once approved: the frozen figures of the
 * last approval and the sum of the instalments paid. A statement never approved has no row (draft).
 * `version` guards against two approvals or payments at once (optimistic lock: the second fails).
 */
@Entity({ tableName: 'funding_period_statement' })
@Unique({ properties: ['partnership', 'year'] })
export class FundingPeriodStatement {
  [OptionalProps]?: 'paidCents' | 'version' | 'createdAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { deleteRule: 'cascade' })
  partnership!: Partnership;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'datetime' })
  approvedAt!: Date;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  approvedBy?: User | null;

  /** The approved total, in euro cents (the sum of the snapshot's lines). */
  @Property({ type: 'integer' })
  approvedTotalCents!: number;

  /** Each household's figures as approved, in euro cents. */
  @Property({ type: 'json' })
  approvedFigures!: StatementFigures[];

  /** The sum of the instalments, in euro cents. */
  @Property({ type: 'integer' })
  paidCents: number = 0;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}

/** One instalment paid on a statement: its date, amount and who recorded it. */
@Entity({ tableName: 'funding_payment' })
@Unique({ properties: ['statement', 'clientId'] })
export class FundingPayment {
  [OptionalProps]?: 'recordedAt' | 'note' | 'clientId';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => FundingPeriodStatement, { deleteRule: 'cascade', index: true })
  statement!: FundingPeriodStatement;

  /** YYYY-MM-DD: the day the money was paid. */
  @Property({ type: 'string', length: 10 })
  paidOn!: string;

  @Property({ type: 'integer' })
  amountCents!: number;

  @Property({ type: 'text', nullable: true })
  note?: string | null = null;

  /** Client-generated id: a retried request records the instalment once. */
  @Property({ type: 'string', length: 64, nullable: true })
  clientId?: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  recordedBy?: User | null;

  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();
}

/** Every step of a statement (approval, new approval, payment): who, when, and the amounts. */
@Entity({ tableName: 'funding_statement_event' })
@Index({ properties: ['statement', 'at'] })
export class FundingStatementEvent {
  [OptionalProps]?: 'at' | 'details' | 'previousApprovedTotalCents' | 'amountCents';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => FundingPeriodStatement, { deleteRule: 'cascade' })
  statement!: FundingPeriodStatement;

  @Property({ type: 'string', length: 30 })
  kind!: FundingStatementEventKind;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  user?: User | null;

  @Property({ type: 'datetime' })
  at: Date = new Date();

  /** The approved total after this step (euro cents). */
  @Property({ type: 'integer' })
  approvedTotalCents!: number;

  /** For a new approval: the total approved before it (euro cents). */
  @Property({ type: 'integer', nullable: true })
  previousApprovedTotalCents?: number | null = null;

  /** For a payment: the instalment (euro cents). */
  @Property({ type: 'integer', nullable: true })
  amountCents?: number | null = null;

  /** The sum paid after this step (euro cents). */
  @Property({ type: 'integer' })
  paidCents!: number;

  @Property({ type: 'json' })
  details: Record<string, unknown> = {};
}

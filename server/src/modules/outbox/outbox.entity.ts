import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const OUTBOX_STATUSES = ['QUEUED', 'SENT', 'FAILED'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const OutboxStatusEnum = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, s])) as { [K in OutboxStatus]: K };
registerEnumType(OutboxStatusEnum, {
  name: 'OutboxStatus',
  description: 'Where an email is in its delivery: waiting (or waiting for a retry), accepted by the mail server, or given up.',
});

/** A calendar invite rendered when the mail is delivered (the meeting as it then is). */
export interface MeetingInviteAttachment {
  kind: 'meeting-invite';
  meetingId: string;
  method: 'REQUEST' | 'CANCEL';
}

/**
 * The durable delivery queue. A row is written in the unit of work of the change that causes it;
 * the delivery worker claims due rows, sends them through SMTP, and marks each sent once the server
 * accepted it (a restart loses nothing; the Message-ID is stable, so a resend after a crash between
 * "accepted" and "marked" is recognisable as the same message).
 */
@ObjectType({ description: 'An email the hub queued: its delivery state, attempts and last error (admins).' })
@Entity({ tableName: 'outbox_message' })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class OutboxMessage {
  [OptionalProps]?: 'createdAt' | 'status' | 'attempts' | 'nextAttemptAt' | 'html' | 'headers' | 'invite' | 'kind' | 'lastError' | 'sentAt' | 'lockedUntil';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => String, { description: 'Recipient address.' })
  @Property({ type: 'string', length: 254 })
  to!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  subject!: string;

  /** The plain-text part (exposed through the resolver, which withholds credential links). */
  @Property({ type: 'text' })
  body!: string;

  /** The HTML part (null: plain text only). */
  @Property({ type: 'text', nullable: true })
  html?: string | null = null;

  /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post). */
  @Property({ type: 'json', nullable: true })
  headers?: Record<string, string> | null = null;

  /** A meeting invite to attach as .ics when delivered. */
  @Property({ type: 'json', nullable: true })
  invite?: MeetingInviteAttachment | null = null;

  @Field(() => String, { nullable: true, description: 'What the mail is about: a notification kind, DIGEST, INVITATION or PASSWORD_RESET.' })
  @Property({ type: 'string', length: 30, nullable: true })
  kind?: string | null = null;

  @Field(() => OutboxStatusEnum)
  @Property({ type: 'string', length: 10 })
  status: OutboxStatus = 'QUEUED';

  @Field(() => Int, { description: 'Delivery attempts so far.' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  /** When the next attempt is due while queued (null: now; rows from before delivery existed). */
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the next attempt is due (while queued).' })
  @Property({ type: 'datetime', nullable: true })
  nextAttemptAt?: Date | null = new Date();

  /** A worker holds the message until then while it sends it (another process leaves it alone). */
  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null = null;

  @Field(() => String, { nullable: true, description: 'The error of the last failed attempt.' })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null = null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the mail server accepted it.' })
  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null = null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

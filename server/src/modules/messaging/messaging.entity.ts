import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { ThreadKind } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ThreadKindEnum } from '../../app/enums.js';
import { Household } from '../household/household.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';

/**
 * A conversation inside one partnership: the partnership's own thread, a household's thread, or
 * a thread with a subject. Who sees it is decided by the partnership and household policies.
 */
@ObjectType({ description: 'A conversation: the thread of a partnership, of one of its households, or one with its own subject.' })
@Entity({ tableName: 'message_thread' })
@Index({ properties: ['partnership', 'lastMessageAt'] })
// The inbox's order: staff's over every thread, partners' within their partnerships (by what they may see).
@Index({ properties: ['lastMessageAt'] })
@Index({ properties: ['partnership', 'lastPublicMessageAt'] })
export class Thread {
  [OptionalProps]?:
    'createdAt' | 'lastSeq' | 'lastChangeSeq' | 'lastPublicSeq' | 'lastPublicChangeSeq' | 'naturalKey' | 'subject' | 'household' | 'createdBy' | 'lastMessageAt' | 'lastPublicMessageAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => ThreadKindEnum)
  @Property({ type: 'string', length: 20 })
  kind!: ThreadKind;

  /** Always set: the partnership decides who may see the thread. */
  @ManyToOne(() => Partnership, { deleteRule: 'cascade' })
  partnership!: Partnership;

  /** Set for a household's thread. */
  @ManyToOne(() => Household, { nullable: true, deleteRule: 'cascade', index: true })
  household?: Household | null;

  @Field(() => String, { nullable: true, description: 'The subject of a SUBJECT thread; null for partnership and household threads.' })
  @Property({ type: 'string', length: 200, nullable: true })
  subject?: string | null;

  /**
   * `P:<partnershipId>` or `H:<householdId>`: unique, so that two concurrent first visits make one
   * thread, not two. Null for subject threads (there may be many).
   */
  @Property({ type: 'string', length: 40, nullable: true, unique: true })
  naturalKey?: string | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  /** Staff's numbering: the seq of the newest message (internal notes included); raised atomically in the send transaction. */
  @Property({ type: 'integer' })
  lastSeq: number = 0;

  /** Partners' numbering: the publicSeq of the newest message partners may see (internal notes take no number). */
  @Property({ type: 'integer' })
  lastPublicSeq: number = 0;

  /** Staff's change counter: raised by every add, edit and delete; each message keeps the value of its latest change. */
  @Property({ type: 'integer' })
  lastChangeSeq: number = 0;

  /** Partners' change counter: raised only by changes of messages partners may see. */
  @Property({ type: 'integer' })
  lastPublicChangeSeq: number = 0;

  /** Newest activity (a message, internal notes included; at first the creation): orders staff's inbox. */
  @Property({ type: 'datetime' })
  lastMessageAt: Date = new Date();

  /** Newest activity partners can see: orders their inbox, so an internal note does not move a thread up for them. */
  @Property({ type: 'datetime' })
  lastPublicMessageAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/**
 * One message of a thread. Deleting keeps the row (its place in the sequence) and blanks the body.
 * The body is plain text: the client renders it as text, never as HTML.
 */
@ObjectType({ description: 'A message in a thread: plain text, numbered per thread (`seq`), possibly a reply, edited or deleted.' })
@Entity({ tableName: 'message' })
@Unique({ properties: ['thread', 'seq'] })
@Unique({ properties: ['thread', 'publicSeq'] })
@Unique({ properties: ['author', 'clientId'] })
@Index({ properties: ['thread', 'changeSeq'] })
@Index({ properties: ['thread', 'publicChangeSeq'] })
// Who wrote in a thread (the people a new message notifies) is read from the index alone.
@Index({ properties: ['thread', 'author'] })
export class Message {
  [OptionalProps]?: 'createdAt' | 'internal' | 'mentionIds' | 'replyTo' | 'editedAt' | 'deletedAt' | 'publicSeq' | 'publicChangeSeq' | 'removedUnder';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Thread, { deleteRule: 'cascade' })
  thread!: Thread;

  /**
   * Staff's numbering: 1, 2, 3... over every message, internal notes included. Partners get their
   * own numbering (`publicSeq`), so that no gap tells them an internal note exists; the GraphQL
   * `seq` is the one of the viewer (messaging.numbering.ts).
   */
  @Property({ type: 'integer' })
  seq!: number;

  /** Partners' numbering: 1, 2, 3... over the messages partners may see; null for an internal note. */
  @Property({ type: 'integer', nullable: true })
  publicSeq?: number | null;

  /** Staff's change counter at this message's latest change (add, edit or delete). */
  @Property({ type: 'integer' })
  changeSeq!: number;

  /** Partners' change counter at this message's latest change; null for an internal note. */
  @Property({ type: 'integer', nullable: true })
  publicChangeSeq?: number | null;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  author!: User;

  /** Generated by the sender's client; a retry with the same id returns the stored message. */
  @Property({ type: 'string', length: 64 })
  clientId!: string;

  @Field(() => String, { description: 'Plain text (line breaks kept); empty once deleted. Render as text, never as HTML.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Boolean, { description: 'An internal note: seen by Fedasil staff (admins, the contact person and deputy) only.' })
  @Property({ type: 'boolean' })
  internal: boolean = false;

  @ManyToOne(() => Message, { nullable: true, deleteRule: 'set null' })
  replyTo?: Message | null;

  /** Ids of the mentioned people (validated: each may see the thread). */
  @Property({ type: 'json' })
  mentionIds: string[] = [];

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the body was last edited; null if never.' })
  @Property({ type: 'datetime', nullable: true })
  editedAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the author deleted it; the body is then empty.' })
  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;

  /** Set when the body was removed by an erasure (privacy module): RETENTION or REQUEST. The message keeps its numbers. */
  @Field(() => String, { nullable: true, description: 'RETENTION or REQUEST when the body was removed under the retention policy or on a request for erasure; the message keeps its place.' })
  @Property({ type: 'string', length: 20, nullable: true })
  removedUnder?: 'RETENTION' | 'REQUEST' | null = null;
}

/** A person's own state in a thread: how far they read, and whether they muted it. */
@Entity({ tableName: 'message_thread_state' })
@Unique({ properties: ['thread', 'user'] })
export class ThreadState {
  [OptionalProps]?: 'lastReadSeq' | 'lastReadPublicSeq' | 'muted';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Thread, { deleteRule: 'cascade' })
  thread!: Thread;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  /** Highest seq (staff's numbering) this person has read; only ever moves forward. */
  @Property({ type: 'integer' })
  lastReadSeq: number = 0;

  /** The same read position in partners' numbering: the publicSeq of the newest public message read. */
  @Property({ type: 'integer' })
  lastReadPublicSeq: number = 0;

  /** No notifications for new messages in this thread. */
  @Property({ type: 'boolean' })
  muted: boolean = false;
}

/** Per-person messaging settings and presence (one row per person, made on first use). */
@Entity({ tableName: 'messaging_profile' })
export class MessagingProfile {
  [OptionalProps]?: 'sendReadReceipts' | 'lastSeenAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade', unique: true })
  user!: User;

  /** When false, others do not see that this person read their messages (seenBy, read-state events). */
  @Property({ type: 'boolean' })
  sendReadReceipts: boolean = true;

  /** Last heartbeat of any of this person's clients; online = within PRESENCE_ONLINE_SECONDS. Shared by every server process. */
  @Property({ type: 'datetime', nullable: true })
  lastSeenAt?: Date | null;
}

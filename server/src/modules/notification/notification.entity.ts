import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { NotificationKind, NotificationSource } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { NotificationKindEnum, NotificationSourceEnum } from '../../app/enums.js';
import { User } from '../user/user.entity.js';

/**
 * One in-app notification for one person. It points at its source by kind and id (a thread, a
 * feedback round, a meeting, an action item), so features stay independent of this module; the
 * client opens the source, whose own policy decides again what the reader may see.
 */
@ObjectType({ description: 'An in-app notification: something in the hub that asks for this person’s attention.' })
@Entity({ tableName: 'notification' })
@Index({ properties: ['recipient', 'createdAt'] })
@Index({ properties: ['recipient', 'readAt'] })
export class Notification {
  [OptionalProps]?: 'createdAt' | 'readAt' | 'messageId' | 'partnershipId' | 'actor' | 'excerpt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  recipient!: User;

  @Field(() => NotificationKindEnum)
  @Property({ type: 'string', length: 30 })
  kind!: NotificationKind;

  @Field(() => NotificationSourceEnum, { description: 'The kind of record to open.' })
  @Property({ type: 'string', length: 20 })
  sourceType!: NotificationSource;

  @Field(() => ID, { description: 'The id of the record to open.' })
  @Property({ type: 'string', length: 36 })
  sourceId!: string;

  @Field(() => ID, { nullable: true, description: 'The message to scroll to, for message and mention notifications.' })
  @Property({ type: 'string', length: 36, nullable: true })
  messageId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The partnership the source belongs to, when it belongs to one.' })
  @Property({ type: 'string', length: 36, nullable: true })
  partnershipId?: string | null;

  /** Who caused it (the sender, the reviewer); resolved as a field by the notification resolver. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor?: User | null;

  @Field(() => String, { nullable: true, description: 'A short plain-text excerpt (a message’s first words, a meeting title).' })
  @Property({ type: 'string', length: 200, nullable: true })
  excerpt?: string | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the recipient read it; null while unread.' })
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;
}

/** A kind of notification one person turned off. Absent row = on (the default for every kind). */
@Entity({ tableName: 'notification_preference' })
@Unique({ properties: ['user', 'kind'] })
export class NotificationPreference {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'string', length: 30 })
  kind!: NotificationKind;

  @Property({ type: 'boolean' })
  enabled!: boolean;
}

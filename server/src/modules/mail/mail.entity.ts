import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { EmailMode, NotificationKind } from '@partner-hub/shared';
import { User } from '../user/user.entity.js';

/** One person's email choice for one kind of notification. Absent row: the role's default. */
@Entity({ tableName: 'email_preference' })
@Unique({ properties: ['user', 'kind'] })
export class EmailPreference {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'string', length: 30 })
  kind!: NotificationKind;

  @Property({ type: 'string', length: 10 })
  mode!: EmailMode;
}

/** One person's email settings beyond the per-kind choice: when their daily digest goes out. */
@Entity({ tableName: 'mail_setting' })
export class MailSetting {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade', unique: true })
  user!: User;

  /** HH:MM, Brussels time. */
  @Property({ type: 'string', length: 5 })
  digestTime!: string;
}

/**
 * A notification waiting for its recipient's daily digest, written with the notification. The
 * digest that takes it sets `outboxId` in the same transaction as it queues the digest mail, so a
 * restart neither loses nor repeats it. It keeps what the mail may say (no message text).
 */
@Entity({ tableName: 'digest_item' })
@Index({ properties: ['outboxId', 'createdAt'] })
export class DigestItem {
  [OptionalProps]?: 'createdAt' | 'outboxId' | 'actorName' | 'context';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'string', length: 30 })
  kind!: NotificationKind;

  /** The path of the source in the client (the digest makes it absolute). */
  @Property({ type: 'string', length: 300 })
  link!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  actorName?: string | null = null;

  /** What the line may name: a partnership and period, a meeting title. */
  @Property({ type: 'string', length: 200, nullable: true })
  context?: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** The digest mail that took it; null while waiting. */
  @Property({ type: 'string', length: 36, nullable: true })
  outboxId?: string | null = null;
}

/** That a source was reported overdue (once): its unique key makes a second report impossible. */
@Entity({ tableName: 'overdue_reminder' })
@Unique({ properties: ['sourceType', 'sourceId'] })
export class OverdueReminder {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 20 })
  sourceType!: 'FEEDBACK_ROUND' | 'ACTION_ITEM';

  @Property({ type: 'string', length: 36 })
  sourceId!: string;

  @Property({ type: 'datetime' })
  at: Date = new Date();
}

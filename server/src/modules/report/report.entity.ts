import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Meeting } from '../meeting/meeting.entity.js';
import { User } from '../user/user.entity.js';

/**
 * A partner user's acknowledgement of a meeting's minutes (and evaluation) as they read them in
 * the PDF: who, when, and the digest of the content they acknowledged. When the minutes change
 * afterwards, the acknowledgement no longer matches and a new one is asked.
 */
@Entity({ tableName: 'minutes_acknowledgement' })
@Unique({ properties: ['meeting', 'user', 'digest'] })
export class MinutesAcknowledgement {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Meeting, { deleteRule: 'cascade', index: true })
  meeting!: Meeting;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  /** SHA-256 (hex) of the minutes content the user acknowledged. */
  @Property({ type: 'string', length: 64 })
  digest!: string;

  @Property({ type: 'datetime' })
  at: Date = new Date();
}

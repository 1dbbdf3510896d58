import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Locale, Role } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocaleEnum, RoleEnum } from '../../app/enums.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';

/** A server-side session; the cookie holds a random token, the table only its keyed hash. */
@Entity({ tableName: 'session' })
export class Session {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;
}

/** Failed sign-ins, counted per account and per address to throttle guessing. */
@Entity({ tableName: 'sign_in_failure' })
@Index({ properties: ['email', 'at'] })
@Index({ properties: ['ip', 'at'] })
export class SignInFailure {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'string', length: 64 })
  ip!: string;

  @Property({ type: 'datetime' })
  at: Date = new Date();
}

/** An invitation to join the hub; the link holds a random token, the table only its hash. */
@ObjectType({ description: 'An invitation to join the hub, sent by email (for now: the outbox).' })
@Entity({ tableName: 'invitation' })
export class Invitation {
  [OptionalProps]?: 'createdAt' | 'language';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => RoleEnum)
  @Property({ type: 'string', length: 20 })
  role!: Role;

  @Field(() => LocaleEnum)
  @Property({ type: 'string', length: 2 })
  language: Locale = 'nl';

  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'cascade' })
  organisation?: Organisation | null;

  /** The partnership a coordinator is invited for (for the record; access follows the organisation). */
  @ManyToOne(() => Partnership, { nullable: true, deleteRule: 'set null' })
  partnership?: Partnership | null;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  invitedBy!: User;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;
}

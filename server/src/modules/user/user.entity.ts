import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Locale, Role } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocaleEnum, RoleEnum } from '../../app/enums.js';
import { Organisation } from '../organisation/organisation.entity.js';

@ObjectType({ description: 'A person who signs in: Fedasil staff or a partner coordinator or volunteer.' })
@Entity({ tableName: 'app_user' })
@Unique({ properties: ['oidcIssuer', 'oidcSubject'] })
export class User {
  [OptionalProps]?: 'createdAt' | 'language';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => String, { description: 'Sign-in address, stored lower-case.' })
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => RoleEnum)
  @Property({ type: 'string', length: 20 })
  role!: Role;

  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'set null' })
  organisation?: Organisation | null;

  @Field(() => LocaleEnum, { description: 'Preferred interface language.' })
  @Property({ type: 'string', length: 2 })
  language: Locale = 'nl';

  @Property({ type: 'string', length: 200, nullable: true, hidden: true })
  passwordHash?: string | null;

  /**
   * The OpenID Connect identity (issuer and subject) of a Fedasil staff member, stored the first
   * time they sign in with it (matched then by verified email); later sign-ins match on these.
   */
  @Property({ type: 'string', length: 500, nullable: true, hidden: true })
  oidcIssuer?: string | null;

  @Property({ type: 'string', length: 255, nullable: true, hidden: true })
  oidcSubject?: string | null;

  /** Set when the user is removed: they can no longer sign in, and their sessions are gone. */
  @Property({ type: 'datetime', nullable: true })
  removedAt?: Date | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

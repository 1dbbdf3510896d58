import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Household } from '../household/household.entity.js';
import { User } from '../user/user.entity.js';

@ObjectType({ description: 'One read of a household\'s specific needs: who, which household, when.' })
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

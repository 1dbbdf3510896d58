import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A message the hub would send by email; until real email exists it waits here for an admin.' })
@Entity({ tableName: 'outbox_message' })
export class OutboxMessage {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => String, { description: 'Recipient address.' })
  @Property({ type: 'string', length: 254 })
  to!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { OrganisationKind } from '@partner-hub/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { OrganisationKindEnum } from '../../app/enums.js';

@ObjectType({ description: 'A partner organisation (city, municipality, OCMW, NGO, non-profit, welcome group) or Fedasil.' })
@Entity({ tableName: 'organisation' })
export class Organisation {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => String, { description: 'Official name; unique.' })
  @Property({ type: 'string', length: 200, unique: true })
  name!: string;

  @Field(() => OrganisationKindEnum)
  @Property({ type: 'string', length: 40 })
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Street and number.' })
  @Property({ type: 'string', length: 200, nullable: true })
  street?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the main contact of the organisation.' })
  @Property({ type: 'string', length: 200, nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 50, nullable: true })
  contactPhone?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

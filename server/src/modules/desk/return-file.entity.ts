import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { ReturnStage } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ReturnStageEnum } from '../../app/enums.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';

@ObjectType({ description: 'The day a return file reached one stage.' })
export class ReturnStageDate {
  @Field(() => ReturnStageEnum) stage!: ReturnStage;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) on!: string;
}

/**
 * A voluntary return file of a return desk partnership: from the first information to the closed
 * reintegration follow-up, with the day of each stage and the partner that follows it up. A
 * medical note (e.g. medical costs the reintegration support pays) is need-to-know, as a
 * household's specific needs.
 */
@ObjectType({ description: 'A voluntary return file: its stages with their days, and the partner that follows it up.' })
@Entity({ tableName: 'return_file' })
@Unique({ properties: ['partnership', 'reference'] })
export class ReturnFile {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'medicalNote' | 'followedBy' | 'country';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { deleteRule: 'cascade' })
  partnership!: Partnership;

  @Field(() => String, { description: 'The desk’s reference (no name: walk-in without registration).' })
  @Property({ type: 'string', length: 40 })
  reference!: string;

  @Field(() => String, { nullable: true, description: 'Country of return.' })
  @Property({ type: 'string', length: 60, nullable: true })
  country?: string | null = null;

  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'set null' })
  followedBy?: Organisation | null = null;

  @Field(() => ReturnStageEnum, { description: 'The stage reached.' })
  @Property({ type: 'string', length: 40 })
  stage!: ReturnStage;

  /** The day each stage was reached, in order. */
  @Property({ type: 'json' })
  stageDates!: { stage: ReturnStage; on: string }[];

  /** Need-to-know (contact person, deputy, admins, the partner's coordinators). */
  @Property({ type: 'text', nullable: true })
  medicalNote?: string | null = null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

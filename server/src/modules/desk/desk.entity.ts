import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';

/**
 * A desk rota line: which partner organisation is present at which desk of a desk partnership
 * (a Fedasil return desk or a socio-legal desk) on which weekdays, e.g. IOM at the Brussels
 * return desk on Monday, Tuesday and Thursday, Caritas on Wednesday.
 */
@ObjectType({ description: 'Which partner organisation is present at which desk on which weekdays.' })
@Entity({ tableName: 'desk_rota_entry' })
@Unique({ properties: ['partnership', 'desk', 'organisation'] })
export class DeskRotaEntry {
  [OptionalProps]?: 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { deleteRule: 'cascade' })
  partnership!: Partnership;

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation!: Organisation;

  @Field(() => String, { description: 'The desk (its city or place), e.g. "Brussel".' })
  @Property({ type: 'string', length: 100 })
  desk!: string;

  @Field(() => [Int], { description: 'ISO weekdays the partner is present, 1 = Monday … 7 = Sunday, ascending.' })
  @Property({ type: 'json' })
  weekdays!: number[];

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

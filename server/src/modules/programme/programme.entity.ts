import { randomUUID } from 'node:crypto';
import { Collection, Entity, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { PROGRESS_DEFAULTS, type ProgrammeCode } from '@partner-hub/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ProgrammeCodeEnum } from '../../app/enums.js';

@ObjectType({ description: 'A Fedasil programme run with partners: resettlement, voluntary return, socio-legal desks.' })
@Entity({ tableName: 'programme' })
export class Programme {
  [OptionalProps]?: 'nextHomeSearchMonths' | 'staleAfterDays';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => ProgrammeCodeEnum, { description: 'Stable code of the programme; its name is translated in the client.' })
  @Property({ type: 'string', length: 40, unique: true })
  code!: ProgrammeCode;

  @Field(() => Int, { description: 'The next-home search is due this many months before guidance ends.' })
  @Property({ type: 'integer', default: PROGRESS_DEFAULTS.nextHomeSearchMonths })
  nextHomeSearchMonths: number = PROGRESS_DEFAULTS.nextHomeSearchMonths;

  @Field(() => Int, { description: 'A household without any update for this many days is flagged stale.' })
  @Property({ type: 'integer', default: PROGRESS_DEFAULTS.staleAfterDays })
  staleAfterDays: number = PROGRESS_DEFAULTS.staleAfterDays;

  @OneToMany(() => Quota, (q) => q.programme)
  quotas = new Collection<Quota>(this);
}

@ObjectType({ description: 'How many persons a programme takes in a year (resettlement 2023: 500).' })
@Entity({ tableName: 'quota' })
@Unique({ properties: ['programme', 'year'] })
export class Quota {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Programme, { deleteRule: 'cascade' })
  programme!: Programme;

  @Field(() => Int, { description: 'Calendar year.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: 'Number of persons.' })
  @Property({ type: 'integer' })
  persons!: number;
}

import { randomUUID } from 'node:crypto';
import { Collection, Entity, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { type CaseKind, type FeedbackObjective, type FundingRule, type Indicator, type IndicatorType, PROGRESS_DEFAULTS, type ProgrammeCode } from '@partner-hub/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CaseKindEnum, FeedbackObjectiveEnum, FundingRuleEnum, IndicatorTypeEnum, ProgrammeCodeEnum } from '../../app/enums.js';

@ObjectType({ description: 'A label in the three interface languages.' })
export class LocalisedLabelType {
  @Field(() => String) nl!: string;
  @Field(() => String) fr!: string;
  @Field(() => String) en!: string;
}

@ObjectType({ description: 'One allowed answer of a CHOICE indicator.' })
export class IndicatorChoiceType {
  @Field(() => String) key!: string;
  @Field(() => LocalisedLabelType) label!: LocalisedLabelType;
}

@ObjectType({ description: 'One figure a programme’s periodic report asks for.' })
export class IndicatorType_ {
  @Field(() => String, { description: 'Stable key within the programme.' }) key!: string;
  @Field(() => IndicatorTypeEnum) type!: IndicatorType;
  @Field(() => LocalisedLabelType) label!: LocalisedLabelType;
  @Field(() => [IndicatorChoiceType], { description: 'CHOICE only: the allowed answers.' }) choices!: IndicatorChoiceType[];
  @Field(() => Boolean, { description: 'A report cannot be submitted without it.' }) required!: boolean;
}

@ObjectType({ description: 'A Fedasil programme run with partners: resettlement, voluntary return, socio-legal desks.' })
@Entity({ tableName: 'programme' })
export class Programme {
  [OptionalProps]?: 'nextHomeSearchMonths' | 'staleAfterDays' | 'caseKind' | 'fundingRule' | 'caseMonths' | 'indicators' | 'objectives';

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

  @Field(() => CaseKindEnum, { description: 'What its partnerships follow: households, return files, desk contacts or support trajectories.' })
  @Property({ type: 'string', length: 40, default: 'RESETTLEMENT_HOUSEHOLD' })
  caseKind: CaseKind = 'RESETTLEMENT_HOUSEHOLD';

  @Field(() => FundingRuleEnum, { description: 'Resettlement flat amounts, or a budget agreed per partnership.' })
  @Property({ type: 'string', length: 40, default: 'RESETTLEMENT_FLAT' })
  fundingRule: FundingRule = 'RESETTLEMENT_FLAT';

  @Field(() => Int, { nullable: true, description: 'Months a case is followed (resettlement guidance 12, a trajectory 6); null: open-ended.' })
  @Property({ type: 'integer', nullable: true })
  caseMonths?: number | null = null;

  @Field(() => [IndicatorType_], { description: 'What its periodic reports ask.' })
  @Property({ type: 'json', default: '[]' })
  indicators: Indicator[] = [];

  @Field(() => [FeedbackObjectiveEnum], { description: 'The evaluation objectives its feedback rounds ask about.' })
  @Property({ type: 'json', default: '[]' })
  objectives: FeedbackObjective[] = [];

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

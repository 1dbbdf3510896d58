import type { GuidanceEndReason, HouseholdEventKind, MemberJoining, StepStatus } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GuidanceEndReasonEnum, HouseholdEventKindEnum, MemberJoiningEnum, StepStatusEnum } from '../../app/enums.js';
import { Household } from '../household/household.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';
import { LocalizedText } from './progress.entity.js';

@ObjectType({ description: 'Steps done against applicable steps (steps that do not apply are left out).' })
export class PlanProgress {
  @Field(() => Int) done!: number;
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'One change in a household timeline: who did what, when. Never the content of specific needs.' })
export class TimelineEntry {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLDateTimeISO) at!: Date;
  @Field(() => HouseholdEventKindEnum) kind!: HouseholdEventKind;
  @Field(() => User, { nullable: true, description: 'Who made the change; null for the system (demo data, imports).' }) actor!: User | null;
  @Field(() => String, { nullable: true, description: 'For step changes: the step key.' }) stepKey!: string | null;
  @Field(() => LocalizedText, { nullable: true, description: 'For step changes: the step label.' }) stepLabel!: LocalizedText | null;
  @Field(() => StepStatusEnum, { nullable: true }) fromStatus!: StepStatus | null;
  @Field(() => StepStatusEnum, { nullable: true }) toStatus!: StepStatus | null;
  @Field(() => [String], { description: 'For updates: the names of the fields that changed.' }) fields!: string[];
  @Field(() => String, { nullable: true, description: 'A date the change is about (arrival, next-home search, found, a member joining or leaving, an early end, a transfer).' }) date!: string | null;
  @Field(() => GuidanceEndReasonEnum, { nullable: true, description: 'For an early end: why.' }) endReason!: GuidanceEndReason | null;
  @Field(() => String, { nullable: true, description: 'For an early end, a transfer or a reasoned change: what was said.' }) note!: string | null;
  @Field(() => String, { nullable: true, description: 'For a member joining or leaving: their first name.' }) memberName!: string | null;
  @Field(() => MemberJoiningEnum, { nullable: true, description: 'For a member joining: how.' }) joined!: MemberJoining | null;
  @Field(() => String, { nullable: true, description: 'For a transfer: the partnership the household came from.' }) fromPartnership!: string | null;
  @Field(() => String, { nullable: true, description: 'For a transfer: the partnership it went to.' }) toPartnership!: string | null;
}

/**
 * The funding figures of one household or of a sum of households, in euro cents: the fields shared by the funding
 * and period statements' types. Never a field's type, so type-graphql 2 leaves it out of the schema (no orphanedTypes).
 */
@ObjectType()
export abstract class FundingFigures {
  @Field(() => Int) persons!: number;
  @Field(() => Int) baseCents!: number;
  @Field(() => Int) secondYearCents!: number;
  @Field(() => Int) directArrivalHeadCents!: number;
  @Field(() => Int) directArrivalMembersCents!: number;
  @Field(() => Int) totalCents!: number;
}

@ObjectType({ description: 'The sums of a funding statement, in euro cents.' })
export class FundingStatementTotals extends FundingFigures {}

@ObjectType({ description: "One household's line of a funding statement, in euro cents." })
export class FundingStatementRow extends FundingFigures {
  @Field(() => Household) household!: Household;
  @Field(() => String) reference!: string;
  @Field(() => String) headName!: string;
}

@ObjectType({ description: "A partnership's funding statement: each household's lines and the totals (same figures as the CSV)." })
export class FundingStatement {
  @Field(() => Partnership) partnership!: Partnership;
  @Field(() => [FundingStatementRow]) rows!: FundingStatementRow[];
  @Field(() => FundingStatementTotals) totals!: FundingStatementTotals;
  @Field(() => String, { description: 'Where to download it as CSV (with the session cookie).' }) csvUrl!: string;
}

@ObjectType({ description: 'Persons arrived and planned in one month.' })
export class MonthFigures {
  @Field(() => Int, { description: '1 to 12.' }) month!: number;
  @Field(() => Int) arrived!: number;
  @Field(() => Int) planned!: number;
}

@ObjectType({ description: "A partnership's pledged capacity against the persons it receives in the year." })
export class PartnershipCapacity {
  @Field(() => Partnership) partnership!: Partnership;
  @Field(() => Int) capacityPledged!: number;
  @Field(() => Int) persons!: number;
}

@ObjectType({ description: "The resettlement team's view of a programme in a year." })
export class ProgrammeDashboard {
  @Field(() => Programme) programme!: Programme;
  @Field(() => Int) year!: number;
  @Field(() => Int) quota!: number;
  @Field(() => Int) personsArrived!: number;
  @Field(() => Int) personsPlanned!: number;
  @Field(() => [MonthFigures]) months!: MonthFigures[];
  @Field(() => [PartnershipCapacity]) partnerships!: PartnershipCapacity[];
  @Field(() => Int, { description: 'Funding of the households arriving (or planned) in the year, in euro cents.' }) fundingCommittedCents!: number;
}

import { FUNDING_STATEMENT_EVENT_KINDS, FUNDING_STATEMENT_STATUSES, type FundingStatementEventKind, type FundingStatementStatus } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Partnership } from '../partnership/partnership.entity.js';
import { FundingFigures } from '../progress/index.js';
import { User } from '../user/user.entity.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const FundingStatementStatusEnum = enumOf(FUNDING_STATEMENT_STATUSES);
registerEnumType(FundingStatementStatusEnum, {
  name: 'FundingStatementStatus',
  description: 'Where a funding statement stands: DRAFT (never approved), APPROVED, PARTLY_PAID, PAID, CHANGED_SINCE_APPROVAL (a figure differs from the approved one: needs a new approval).',
});
export const FundingStatementEventKindEnum = enumOf(FUNDING_STATEMENT_EVENT_KINDS);
registerEnumType(FundingStatementEventKindEnum, { name: 'FundingStatementEventKind', description: 'A step of a funding statement: approved, approved again after a change, a payment recorded.' });

@ObjectType({ description: "One household's figures on a period statement, in euro cents (as now, or as approved)." })
export class StatementLine extends FundingFigures {
  @Field(() => ID) householdId!: string;
  @Field(() => String) reference!: string;
  @Field(() => String) headName!: string;
}

@ObjectType({ description: 'The sums of a period statement, in euro cents.' })
export class StatementTotals extends FundingFigures {
  @Field(() => Int) households!: number;
}

@ObjectType({ description: 'The figures frozen by the last approval.' })
export class StatementApproval {
  @Field(() => GraphQLDateTimeISO) approvedAt!: Date;
  @Field(() => User, { nullable: true, description: 'Who approved (null for a removed account).' }) approvedBy!: User | null;
  @Field(() => [StatementLine]) lines!: StatementLine[];
  @Field(() => StatementTotals) totals!: StatementTotals;
}

@ObjectType({ description: 'A household whose figures differ between the approval and now (added, removed or changed).' })
export class StatementDifference {
  @Field(() => ID) householdId!: string;
  @Field(() => String) reference!: string;
  @Field(() => StatementLine, { nullable: true, description: 'As approved; null for a household added since.' }) approved!: StatementLine | null;
  @Field(() => StatementLine, { nullable: true, description: 'Now; null for a household no longer on the statement.' }) current!: StatementLine | null;
  @Field(() => Int, { description: 'Now minus approved, in euro cents.' }) deltaCents!: number;
}

@ObjectType({ description: 'One instalment paid on a statement.' })
export class FundingPaymentView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'YYYY-MM-DD: the day it was paid.' }) paidOn!: string;
  @Field(() => Int, { description: 'Euro cents.' }) amountCents!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => User, { nullable: true, description: 'Who recorded it (null for a removed account).' }) recordedBy!: User | null;
  @Field(() => GraphQLDateTimeISO) recordedAt!: Date;
}

@ObjectType({ description: "A step of a statement's history: who, when, and the amounts after it (euro cents)." })
export class StatementEventView {
  @Field(() => ID) id!: string;
  @Field(() => FundingStatementEventKindEnum) kind!: FundingStatementEventKind;
  @Field(() => GraphQLDateTimeISO) at!: Date;
  @Field(() => User, { nullable: true }) user!: User | null;
  @Field(() => Int) approvedTotalCents!: number;
  @Field(() => Int, { nullable: true, description: 'For a new approval: the total approved before it.' }) previousApprovedTotalCents!: number | null;
  @Field(() => Int, { nullable: true, description: 'For a payment: the instalment.' }) amountCents!: number | null;
  @Field(() => Int) paidCents!: number;
}

@ObjectType({ description: 'What the viewer may do with a statement (the payments policy).' })
export class StatementViewerCan {
  @Field(() => Boolean) approve!: boolean;
  @Field(() => Boolean) recordPayment!: boolean;
}

@ObjectType({
  description:
    "A partnership's funding statement for one calendar year: the households whose funding year (start of guidance, else arrival, else planned arrival) falls in it. Draft until the contact person approves it; paid in instalments up to the approved total.",
})
export class PeriodStatement {
  @Field(() => ID, { description: 'partnershipId:year.' }) id!: string;
  @Field(() => Partnership) partnership!: Partnership;
  @Field(() => Int) year!: number;
  @Field(() => [Int], { description: 'The years this partnership has a statement for (households or an approval), newest first.' }) years!: number[];
  @Field(() => FundingStatementStatusEnum) status!: FundingStatementStatus;
  @Field(() => [StatementLine], { description: 'The figures now.' }) lines!: StatementLine[];
  @Field(() => StatementTotals) totals!: StatementTotals;
  @Field(() => StatementApproval, { nullable: true, description: 'The last approval; null while draft.' }) approval!: StatementApproval | null;
  @Field(() => [StatementDifference], { description: 'Households whose figures changed since the approval (empty while draft or unchanged).' }) differences!: StatementDifference[];
  @Field(() => Int, { nullable: true, description: 'The approved total (euro cents); null while draft.' }) approvedTotalCents!: number | null;
  @Field(() => Int, { description: 'Sum of the instalments (euro cents).' }) paidCents!: number;
  @Field(() => Int, { nullable: true, description: 'Approved minus paid (euro cents); negative when more was paid than a new approval allows; null while draft.' }) balanceCents!: number | null;
  @Field(() => [FundingPaymentView], { description: 'Instalments, oldest first.' }) payments!: FundingPaymentView[];
  @Field(() => [StatementEventView], { description: 'Every approval and payment, oldest first.' }) history!: StatementEventView[];
  @Field(() => StatementViewerCan) viewerCan!: StatementViewerCan;
}

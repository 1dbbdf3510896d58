import { FIRST_STATEMENT_YEAR } from '@partner-hub/shared';
import { IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { IsIsoDate } from '../../app/validators.js';
import { approveStatement, periodStatement, recordPayment } from './payments.service.js';
import { PeriodStatement } from './payments.types.js';

@ArgsType()
class StatementArgs {
  @Field(() => ID) partnershipId!: string;
  @Field(() => Int, { description: 'The calendar year of the statement.' }) @Min(FIRST_STATEMENT_YEAR) @Max(2100) year!: number;
}

@ArgsType()
class ApproveStatementArgs extends StatementArgs {
  @Field(() => Int, { description: 'The total the approver saw (euro cents): refused with CHANGED_MEANWHILE when the figures moved since.' })
  @Min(0)
  totalCents!: number;
}

@InputType({ description: 'An instalment paid on an approved statement.' })
export class FundingPaymentInput {
  @Field(() => String, { description: 'YYYY-MM-DD: the day it was paid (not in the future, not before the approval).' }) @IsIsoDate() paidOn!: string;
  @Field(() => Int, { description: 'Euro cents, at least 1; the sum paid never exceeds the approved total.' }) @Min(1) amountCents!: number;
  @Field(() => String, { nullable: true, description: 'E.g. the bank transfer reference.' }) @IsOptional() @MaxLength(500) note?: string | null;
  @Field(() => String, { nullable: true, description: 'Client-generated id: a retried request records the instalment once.' }) @IsOptional() @Length(1, 64) clientId?: string | null;
}

@Resolver(() => PeriodStatement)
export class PaymentsResolver {
  @Query(() => PeriodStatement, { description: "A partnership's funding statement for a year (those who may see its funding; coordinators read-only)." })
  periodStatement(@Args(() => StatementArgs) args: StatementArgs, @Ctx() ctx: Context) {
    return periodStatement(ctx, args.partnershipId, args.year);
  }

  @Mutation(() => PeriodStatement, { description: "Approves a year's statement, freezing its figures (the partnership's contact person, admins). Again after a change of figures." })
  approveFundingStatement(@Args(() => ApproveStatementArgs) args: ApproveStatementArgs, @Ctx() ctx: Context) {
    return approveStatement(ctx, args.partnershipId, args.year, args.totalCents);
  }

  @Mutation(() => PeriodStatement, { description: 'Records an instalment paid on an approved, unchanged statement (the contact person, admins).' })
  recordFundingPayment(@Args(() => StatementArgs) args: StatementArgs, @Arg('input', () => FundingPaymentInput) input: FundingPaymentInput, @Ctx() ctx: Context) {
    return recordPayment(ctx, args.partnershipId, args.year, input);
  }
}

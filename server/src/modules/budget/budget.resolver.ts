import type { FundingRule, ProgrammeCode } from '@partner-hub/shared';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { FundingRuleEnum, ProgrammeCodeEnum } from '../../app/enums.js';
import { IsIsoDate } from '../../app/validators.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { BudgetAuditEntry, SpendingReport } from './budget.entity.js';
import { budgetOverview, programmeBudgetTotals, recordSpending, removeSpending, setPartnershipBudget } from './budget.service.js';

const MAX_CENTS = 2_000_000_000;

@ObjectType({ description: 'What the viewer may do with a partnership’s budget now.' })
class BudgetViewerCan {
  @Field(() => Boolean) setBudget!: boolean;
  @Field(() => Boolean) recordSpending!: boolean;
}

@ObjectType({ description: "A partnership's agreed budget of a year against the spending reported in it (euro cents)." })
class BudgetOverview {
  @Field(() => ID) partnershipId!: string;
  @Field(() => FundingRuleEnum, { description: 'RESETTLEMENT_FLAT: no budget applies (the flat amounts do).' }) fundingRule!: FundingRule;
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true, description: 'Null: no budget agreed for the year yet.' }) budgetCents!: number | null;
  @Field(() => Int, { description: 'The spending reported in periods of the year.' }) spentCents!: number;
  @Field(() => [SpendingReport], { description: 'The spending reports of the year, by period.' }) spending!: SpendingReport[];
  @Field(() => [BudgetAuditEntry], { description: 'The last changes of budget and spending, newest first.' }) history!: BudgetAuditEntry[];
  @Field(() => BudgetViewerCan) viewerCan!: BudgetViewerCan;
}

@ObjectType({ description: "One partnership's budget and spending in a programme's budget totals." })
class PartnershipBudgetTotal {
  @Field(() => Partnership) partnership!: Partnership;
  @Field(() => Int, { nullable: true }) budgetCents!: number | null;
  @Field(() => Int) spentCents!: number;
}

@ObjectType({ description: "A programme's agreed budgets of a year against the spending reported, over the partnerships the viewer sees." })
class ProgrammeBudgetTotals {
  @Field(() => Programme) programme!: Programme;
  @Field(() => Int) year!: number;
  @Field(() => Int) budgetCents!: number;
  @Field(() => Int) spentCents!: number;
  @Field(() => [PartnershipBudgetTotal]) partnerships!: PartnershipBudgetTotal[];
}

@ArgsType()
class BudgetYearArgs {
  @Field(() => ID) partnershipId!: string;
  @Field(() => Int) @Min(2000) @Max(2100) year!: number;
}

@ArgsType()
class SetBudgetArgs extends BudgetYearArgs {
  @Field(() => Int, { description: 'Euro cents.' }) @Min(0) @Max(MAX_CENTS) amountCents!: number;
}

@ArgsType()
class ProgrammeBudgetArgs {
  @Field(() => ProgrammeCodeEnum) programme!: ProgrammeCode;
  @Field(() => Int) @Min(2000) @Max(2100) year!: number;
}

@InputType({ description: 'What a partnership spent in a period.' })
class RecordSpendingInput {
  @Field(() => ID) partnershipId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) @IsIsoDate() periodStart!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, in the same year.' }) @IsIsoDate() periodEnd!: string;
  @Field(() => Int, { description: 'Euro cents.' }) @Min(0) @Max(MAX_CENTS) amountCents!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

@Resolver(() => BudgetOverview)
export class BudgetResolver {
  @Query(() => BudgetOverview, { description: "A partnership's agreed budget of a year against its reported spending (admins, its contact person and deputy, the partners' coordinators)." })
  partnershipBudget(@Args(() => BudgetYearArgs) args: BudgetYearArgs, @Ctx() ctx: Context) {
    return budgetOverview(ctx, args.partnershipId, args.year);
  }

  @Query(() => ProgrammeBudgetTotals, { description: "A programme's budgets against spending in a year, per partnership (Fedasil staff)." })
  programmeBudgetTotals(@Args(() => ProgrammeBudgetArgs) args: ProgrammeBudgetArgs, @Ctx() ctx: Context) {
    return programmeBudgetTotals(ctx, args.programme, args.year);
  }

  @Mutation(() => BudgetOverview, { description: "Agrees (or changes) a partnership's budget for a year (admins, its contact person or deputy)." })
  setPartnershipBudget(@Args(() => SetBudgetArgs) args: SetBudgetArgs, @Ctx() ctx: Context) {
    return setPartnershipBudget(ctx, args.partnershipId, args.year, args.amountCents);
  }

  @Mutation(() => BudgetOverview, { description: 'Records what a partnership spent in a period; the same period again replaces it (Fedasil or the partners’ coordinators).' })
  recordSpending(@Arg('input', () => RecordSpendingInput) input: RecordSpendingInput, @Ctx() ctx: Context) {
    return recordSpending(ctx, input);
  }

  @Mutation(() => BudgetOverview, { description: 'Takes a spending report off (Fedasil or the partners’ coordinators).' })
  removeSpending(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return removeSpending(ctx, id);
  }
}

@Resolver(() => BudgetAuditEntry)
export class BudgetAuditResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The name of who made the change.' })
  byName(@Root() e: BudgetAuditEntry): string | null {
    return e.user?.name ?? null;
  }
}

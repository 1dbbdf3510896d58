import type { ProgrammeCode } from '@partner-hub/shared';
import { FIRST_STATEMENT_YEAR } from '@partner-hub/shared';
import { Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { ProgrammeCodeEnum } from '../../app/enums.js';
import { yearlyReport } from './report.service.js';
import { YearlyReport } from './report.types.js';

@ArgsType()
class YearlyReportArgs {
  @Field(() => ProgrammeCodeEnum) programme!: ProgrammeCode;
  @Field(() => Int) @Min(FIRST_STATEMENT_YEAR) @Max(2100) year!: number;
}

@Resolver(() => YearlyReport)
export class ReportResolver {
  @Query(() => YearlyReport, { description: 'The yearly report across partnerships (admins: all; contact persons: the partnerships they follow).' })
  yearlyReport(@Args(() => YearlyReportArgs) args: YearlyReportArgs, @Ctx() ctx: Context) {
    return yearlyReport(ctx, args.programme, args.year);
  }
}

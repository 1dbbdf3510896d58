import type { ProgrammeCode } from '@partner-hub/shared';
import { FIRST_STATEMENT_YEAR } from '@partner-hub/shared';
import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { ProgrammeCodeEnum } from '../../app/enums.js';
import { yearlyReport } from './report.service.js';
import { acknowledgeMinutes, minutesStatus } from './minutes.js';
import { MinutesStatus, YearlyReport } from './report.types.js';

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

  @Query(() => MinutesStatus, { description: "A meeting's minutes as a PDF and their acknowledgements (those who see the meeting)." })
  meetingMinutes(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context) {
    return minutesStatus(ctx, meetingId);
  }

  @Mutation(() => MinutesStatus, { description: 'Acknowledges the minutes as they are now (partner users invited to the meeting); again after they change.' })
  acknowledgeMinutes(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context) {
    return acknowledgeMinutes(ctx, meetingId);
  }
}

import type { ProgrammeCode } from '@partner-hub/shared';
import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { ProgrammeCodeEnum } from '../../app/enums.js';
import { Programme, Quota } from './programme.entity.js';
import { ProgrammeIndicatorTotals, programmeIndicatorTotals } from './indicator-totals.js';
import { ProgrammeConfigurationInput } from './programme-config.inputs.js';
import { listProgrammes, quotaProgress, setQuota, updateProgrammeConfiguration } from './programme.service.js';

@ObjectType({ description: "A programme's yearly quota against persons arrived and planned." })
class QuotaProgress {
  @Field(() => Programme) programme!: Programme;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Persons the programme takes this year (0 when no quota is set).' }) quota!: number;
  @Field(() => Int, { description: 'Persons whose household arrived this year.' }) personsArrived!: number;
  @Field(() => Int, { description: 'Persons whose household has not arrived yet and is planned for this year.' }) personsPlanned!: number;
}

@ArgsType()
class QuotaProgressArgs {
  @Field(() => ProgrammeCodeEnum)
  programme!: ProgrammeCode;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year!: number;
}

@ArgsType()
class SetQuotaArgs extends QuotaProgressArgs {
  @Field(() => Int, { description: 'Number of persons.' })
  @Min(0)
  @Max(100_000)
  persons!: number;
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => [Programme], { description: 'The programmes of the hub.' })
  programmes(@Ctx() ctx: Context): Promise<Programme[]> {
    return listProgrammes(ctx);
  }

  @Query(() => QuotaProgress, { description: 'Quota progress of a programme in a year (Fedasil staff).' })
  quotaProgress(@Args(() => QuotaProgressArgs) args: QuotaProgressArgs, @Ctx() ctx: Context) {
    return quotaProgress(ctx, args.programme, args.year);
  }

  @Query(() => ProgrammeIndicatorTotals, {
    description: 'A programme’s reported indicator figures per month of a year, from accepted reports (Fedasil staff; a contact person counts the partnerships they look after).',
  })
  programmeIndicatorTotals(@Args(() => QuotaProgressArgs) args: QuotaProgressArgs, @Ctx() ctx: Context) {
    return programmeIndicatorTotals(ctx, args.programme, args.year);
  }

  @Mutation(() => Quota, { description: "Sets a programme's quota for a year (admins)." })
  setQuota(@Args(() => SetQuotaArgs) args: SetQuotaArgs, @Ctx() ctx: Context): Promise<Quota> {
    return setQuota(ctx, args.programme, args.year, args.persons);
  }

  @Mutation(() => Programme, { description: "Replaces a programme's configuration: case kind, funding rule, indicators, objectives (admins)." })
  updateProgrammeConfiguration(@Arg('input', () => ProgrammeConfigurationInput) input: ProgrammeConfigurationInput, @Ctx() ctx: Context): Promise<Programme> {
    return updateProgrammeConfiguration(ctx, input);
  }

  @FieldResolver(() => [Quota], { description: 'Quotas by year.' })
  async quotas(@Root() p: Programme, @Ctx() ctx: Context): Promise<Quota[]> {
    const quotas = p.quotas.isInitialized() ? p.quotas.getItems() : await ctx.em.find(Quota, { programme: p });
    return [...quotas].sort((a, b) => a.year - b.year);
  }
}

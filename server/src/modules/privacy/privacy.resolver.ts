import { ERASURE_SUBJECTS, type ErasureMode, type ErasureSubject, type ProgrammeCode, RETENTION_LIMITS } from '@partner-hub/shared';
import { IsIn, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { ProgrammeCodeEnum } from '../../app/enums.js';
import { Household } from '../household/household.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';
import { Erasure, RetentionPolicy } from './privacy.entity.js';
import { ErasureModeEnum, ErasureSubjectEnum } from './privacy.enums.js';
import { eraseOnRequest, householdErasure, listErasures, previewErasure, readRetention, setRetention } from './privacy.service.js';

@ObjectType({ description: 'How many records of one kind an erasure removes or blanks.' })
class ErasureCount {
  @Field(() => String, { description: 'The kind of record, e.g. members, messages, documents, documentFiles, pendingEmails.' }) kind!: string;
  @Field(() => Int) count!: number;
}

const toCounts = (counts: Record<string, number>): ErasureCount[] => Object.entries(counts).map(([kind, count]) => ({ kind, count }));

@ObjectType({ description: 'The dry run of an erasure: what it would remove, and what to type to confirm it.' })
class ErasurePreview {
  @Field(() => ErasureSubjectEnum) subjectType!: ErasureSubject;
  @Field(() => ID) subjectId!: string;
  @Field(() => String, { description: 'What is erased: the household reference, or the person’s name and address.' }) label!: string;
  @Field(() => String, { description: 'Type this (the household reference or the account’s email) to confirm the erasure.' }) confirmation!: string;
  @Field(() => [ErasureCount], { description: 'Records removed or blanked, by kind (0 when already erased).' }) counts!: ErasureCount[];
  @Field(() => Erasure, { nullable: true, description: 'The erasure already made, if any.' }) erasure!: Erasure | null;
}

@ObjectType({ description: 'That a household’s personal data was erased, and why (retention or request).' })
class ErasureNotice {
  @Field(() => ErasureModeEnum) mode!: ErasureMode;
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When; null while it is being completed.' }) erasedAt!: Date | null;
}

@ArgsType()
class EraseArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Why (kept with the erasure), e.g. "Request of the data subject, letter of 3 March".' })
  @IsString()
  @MaxLength(1000)
  reason!: string;

  @Field(() => String, { description: 'The `confirmation` of the preview, typed by the admin: the household reference or the account’s email.' })
  @IsString()
  @MaxLength(254)
  confirmation!: string;
}

@ArgsType()
class PreviewArgs {
  @Field(() => ErasureSubjectEnum)
  @IsIn(ERASURE_SUBJECTS)
  subjectType!: ErasureSubject;

  @Field(() => ID)
  @MinLength(1)
  id!: string;
}

@ArgsType()
class RetentionArgs {
  @Field(() => ProgrammeCodeEnum)
  programme!: ProgrammeCode;

  @Field(() => Int, { description: `Months after the end of guidance (${RETENTION_LIMITS.householdMonths.min} to ${RETENTION_LIMITS.householdMonths.max}).` })
  @Min(RETENTION_LIMITS.householdMonths.min)
  @Max(RETENTION_LIMITS.householdMonths.max)
  householdMonthsAfterGuidance!: number;

  @Field(() => Int, { description: `Months the access log is kept (${RETENTION_LIMITS.accessLogMonths.min} to ${RETENTION_LIMITS.accessLogMonths.max}).` })
  @Min(RETENTION_LIMITS.accessLogMonths.min)
  @Max(RETENTION_LIMITS.accessLogMonths.max)
  accessLogMonths!: number;
}

@Resolver(() => Erasure)
export class PrivacyResolver {
  @Query(() => ErasurePreview, { description: 'Dry run of erasing a household or an account: counts by kind of record, nothing changed (admins).' })
  async erasurePreview(@Args(() => PreviewArgs) args: PreviewArgs, @Ctx() ctx: Context): Promise<ErasurePreview> {
    const p = await previewErasure(ctx, args.subjectType, args.id);
    return { ...p, counts: toCounts(p.counts) };
  }

  @Query(() => [Erasure], { description: 'Erasures made, newest first (admins).' })
  erasures(@Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 50 }) first: number): Promise<Erasure[]> {
    return listErasures(ctx, first);
  }

  @Mutation(() => Erasure, {
    description: 'Erases the personal data of a household on request (right to erasure); figures stay, documents and message bodies go (admins). Running it again changes nothing.',
  })
  eraseHousehold(@Args(() => EraseArgs) args: EraseArgs, @Ctx() ctx: Context): Promise<Erasure> {
    return eraseOnRequest(ctx, 'HOUSEHOLD', args.id, args.reason, args.confirmation);
  }

  @Mutation(() => Erasure, {
    description: 'Erases an account on request: it can no longer sign in, its name, address and settings are gone; messages stay under an erased name (admins, not their own).',
  })
  eraseUser(@Args(() => EraseArgs) args: EraseArgs, @Ctx() ctx: Context): Promise<Erasure> {
    return eraseOnRequest(ctx, 'USER', args.id, args.reason, args.confirmation);
  }

  @Mutation(() => RetentionPolicy, { description: "Sets a programme's retention periods (admins)." })
  setRetentionPolicy(@Args(() => RetentionArgs) args: RetentionArgs, @Ctx() ctx: Context): Promise<RetentionPolicy> {
    return setRetention(ctx, args.programme, { householdMonthsAfterGuidance: args.householdMonthsAfterGuidance, accessLogMonths: args.accessLogMonths });
  }

  @FieldResolver(() => [ErasureCount], { description: 'What was removed or blanked, by kind of record.' })
  removed(@Root() e: Erasure): ErasureCount[] {
    return toCounts(e.counts);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The admin who asked for it (null for the retention job).' })
  async requestedBy(@Root() e: Erasure, @Ctx() ctx: Context): Promise<User | null> {
    return e.requestedBy ? ctx.loaders.user.load(e.requestedBy.id) : null;
  }
}

@Resolver(() => Programme)
export class ProgrammeRetentionResolver {
  @FieldResolver(() => RetentionPolicy, { description: 'How long this programme keeps household data and the access log.' })
  retention(@Root() p: Programme, @Ctx() ctx: Context): Promise<RetentionPolicy> {
    return readRetention(ctx, p);
  }
}

@Resolver(() => Household)
export class HouseholdErasureResolver {
  @FieldResolver(() => ErasureNotice, { nullable: true, description: 'Set once the household’s personal data was erased (retention or request).' })
  async erasure(@Root() h: Household, @Ctx() ctx: Context): Promise<ErasureNotice | null> {
    const e = await householdErasure(ctx, h.id);
    return e ? { mode: e.mode, erasedAt: e.completedAt ?? null } : null;
  }
}

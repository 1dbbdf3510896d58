import type { ReturnStage } from '@partner-hub/shared';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Partnership } from '../partnership/partnership.entity.js';
import type { Context } from '../../app/context.js';
import { ReturnStageEnum } from '../../app/enums.js';
import { IsIsoDate } from '../../app/validators.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { returnFilePolicy } from './desk.policy.js';
import { ReturnFile, ReturnStageDate } from './return-file.entity.js';
import { advanceReturnFile, assignReturnFile, factsOfFile, isOverdue, listReturnFiles, openReturnFile, returnFileBoard } from './return-file.service.js';

@InputType({ description: 'A new return file, at the information stage.' })
class OpenReturnFileInput {
  @Field(() => ID) partnershipId!: string;
  @Field(() => String) @IsString() @MaxLength(40) reference!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60) country?: string | null;
  @Field(() => ID, { nullable: true, description: 'The member organisation that follows it up (e.g. IOM or Caritas).' }) @IsOptional() followedByOrganisationId?: string | null;
  @Field(() => String, { description: 'The day of the first information (YYYY-MM-DD).' }) @IsIsoDate() informedOn!: string;
  @Field(() => String, { nullable: true, description: 'Need-to-know medical note.' }) @IsOptional() @IsString() @MaxLength(2000) medicalNote?: string | null;
}

@Resolver(() => ReturnFile)
export class ReturnFileResolver {
  @Query(() => [ReturnFile], { description: 'A return desk partnership’s return files, newest first (open ones unless includeClosed).' })
  returnFiles(@Arg('partnershipId', () => ID) partnershipId: string, @Arg('includeClosed', () => Boolean, { defaultValue: false }) includeClosed: boolean, @Ctx() ctx: Context) {
    return listReturnFiles(ctx, partnershipId, includeClosed);
  }

  @Mutation(() => ReturnFile, { description: 'Opens a return file (contact person, deputy, admin or the partner’s coordinators).' })
  openReturnFile(@Arg('input', () => OpenReturnFileInput) input: OpenReturnFileInput, @Ctx() ctx: Context) {
    return openReturnFile(ctx, input);
  }

  @Mutation(() => ReturnFile, { description: 'Moves a return file on to its next stage, on a given day.' })
  advanceReturnFile(@Arg('id', () => ID) id: string, @Arg('stage', () => ReturnStageEnum) stage: ReturnStage, @Arg('on', () => String) on: string, @Ctx() ctx: Context) {
    return advanceReturnFile(ctx, id, stage, on);
  }

  @Query(() => [ReturnFile], {
    description: 'The board’s return files: open files of the partnerships the viewer may see whose programme follows return files, overdue first.',
  })
  returnFileBoard(
    @Arg('partnershipId', () => ID, { nullable: true }) partnershipId: string | null,
    @Arg('overdueOnly', () => Boolean, { defaultValue: false }) overdueOnly: boolean,
    @Ctx() ctx: Context,
  ) {
    return returnFileBoard(ctx, { partnershipId, overdueOnly });
  }

  @Mutation(() => ReturnFile, { description: 'Sets the member organisation that follows a return file up (null: nobody yet).' })
  assignReturnFile(@Arg('id', () => ID) id: string, @Arg('followedByOrganisationId', () => ID, { nullable: true }) followedByOrganisationId: string | null, @Ctx() ctx: Context) {
    return assignReturnFile(ctx, id, followedByOrganisationId ?? null);
  }

  @FieldResolver(() => [ReturnStageDate], { description: 'The day each stage was reached, in order.' })
  stages(@Root() f: ReturnFile): ReturnStageDate[] {
    return f.stageDates;
  }

  @FieldResolver(() => Boolean, { description: 'In its stage longer than the stage allows (never once the follow-up is closed).' })
  overdue(@Root() f: ReturnFile): boolean {
    return isOverdue(f);
  }

  @FieldResolver(() => Partnership, { description: 'The return desk partnership the file belongs to.' })
  async partnership(@Root() f: ReturnFile, @Ctx() ctx: Context): Promise<Partnership> {
    return (await ctx.loaders.partnership.load(f.partnership.id))!;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The partner that follows it up.' })
  async followedBy(@Root() f: ReturnFile, @Ctx() ctx: Context): Promise<Organisation | null> {
    return f.followedBy ? ctx.em.findOne(Organisation, { id: f.followedBy.id }) : null;
  }

  @FieldResolver(() => Boolean, { description: 'There is a medical note (told to everyone who sees the file).' })
  hasMedicalNote(@Root() f: ReturnFile): boolean {
    return !!f.medicalNote;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The medical note: need-to-know, null for whoever may not read it.' })
  async medicalNote(@Root() f: ReturnFile, @Ctx() ctx: Context): Promise<string | null> {
    return returnFilePolicy.viewMedical(ctx.viewer, await factsOfFile(ctx, f)) ? (f.medicalNote ?? null) : null;
  }
}

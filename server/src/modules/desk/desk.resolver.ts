import { ArrayMaxSize, ArrayMinSize, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { DeskRotaEntry } from './desk.entity.js';
import type { CaseKind } from '@partner-hub/shared';
import { CaseKindEnum } from '../../app/enums.js';
import { deskOverview, deskRota, removeDeskRotaEntry, setDeskRotaEntry } from './desk.service.js';

@ObjectType({ description: 'What the viewer may do with a partnership’s desk rota and return files.' })
class DeskViewerCan {
  @Field(() => Boolean, { description: 'Plan the desk rota (contact person, deputy, admin).' }) editRota!: boolean;
  @Field(() => Boolean, { description: 'Open return files, move them on and assign who follows up.' }) editReturnFiles!: boolean;
  @Field(() => Boolean, { description: 'Read the medical notes (need-to-know, as households’ specific needs).' }) viewMedical!: boolean;
}

@ObjectType({ description: 'What the desk sections of a partnership page need.' })
class DeskOverview {
  @Field(() => CaseKindEnum, { description: 'What the partnership’s programme follows.' }) caseKind!: CaseKind;
  @Field(() => [Organisation], { description: 'The member organisations, lead first (who can be on the rota or follow a file up).' }) members!: Organisation[];
  @Field(() => DeskViewerCan) viewerCan!: DeskViewerCan;
}

@InputType({ description: 'The weekdays a member organisation is present at a desk.' })
class DeskRotaEntryInput {
  @Field(() => ID) partnershipId!: string;
  @Field(() => ID, { description: 'A member organisation of the partnership.' }) organisationId!: string;
  @Field(() => String, { description: 'The desk (its city or place).' }) @IsString() @MaxLength(100) desk!: string;
  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday … 7 = Sunday.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays!: number[];
}

@Resolver(() => DeskRotaEntry)
export class DeskRotaResolver {
  @Query(() => [DeskRotaEntry], { description: 'Which partner is present at which desk on which weekdays (everyone in the partnership).' })
  deskRota(@Arg('partnershipId', () => ID) partnershipId: string, @Ctx() ctx: Context): Promise<DeskRotaEntry[]> {
    return deskRota(ctx, partnershipId);
  }

  @Query(() => DeskOverview, { description: 'The case kind, member organisations and what the viewer may do with the desk rota and return files (everyone in the partnership).' })
  deskOverview(@Arg('partnershipId', () => ID) partnershipId: string, @Ctx() ctx: Context): Promise<DeskOverview> {
    return deskOverview(ctx, partnershipId);
  }

  @Mutation(() => DeskRotaEntry, { description: 'Sets the weekdays a member organisation is present at a desk (contact person, deputy or admin).' })
  setDeskRotaEntry(@Arg('input', () => DeskRotaEntryInput) input: DeskRotaEntryInput, @Ctx() ctx: Context): Promise<DeskRotaEntry> {
    return setDeskRotaEntry(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Takes a line off the desk rota (contact person, deputy or admin).' })
  removeDeskRotaEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return removeDeskRotaEntry(ctx, id);
  }

  @FieldResolver(() => Organisation, { description: 'The partner organisation present.' })
  organisation(@Root() e: DeskRotaEntry): Organisation {
    return e.organisation;
  }
}

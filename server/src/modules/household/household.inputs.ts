import type { ArrivalRoute, GuidanceEndReason, MemberJoining, Relationship, SpecificNeed } from '@partner-hub/shared';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrivalRouteEnum, GuidanceEndReasonEnum, MemberJoiningEnum, RelationshipEnum, SpecificNeedEnum } from '../../app/enums.js';
import { IsIsoDate } from '../../app/validators.js';

@InputType({ description: 'A member of a household. Give the id of an existing member to keep and change it.' })
export class HouseholdMemberInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  id?: string | null;

  @Field(() => String)
  @IsString()
  @Length(1, 100)
  firstName!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 100)
  lastName!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear!: number;

  @Field(() => RelationshipEnum)
  relationship!: Relationship;

  @Field(() => MemberJoiningEnum, {
    nullable: true,
    description:
      'How the member came to be in the household. Before the arrival everyone arrives with it (the default); a member added after the arrival says how (BORN, FAMILY_REUNIFICATION) and when. Left out for an existing member: unchanged.',
  })
  @IsOptional()
  joined?: MemberJoining | null;

  @Field(() => String, { nullable: true, description: 'The day a later member joined (YYYY-MM-DD): between the arrival and today.' })
  @IsOptional()
  @IsIsoDate()
  joinedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The day the member left the household (YYYY-MM-DD; not in the future). Null: still part of it. Left out for an existing member: unchanged.' })
  @IsOptional()
  @IsIsoDate()
  leftOn?: string | null;
}

@InputType({ description: 'A household to register with a partnership.' })
export class RegisterHouseholdInput {
  @Field(() => ID)
  @IsString()
  partnershipId!: string;

  @Field(() => String, { nullable: true, description: 'Case reference; generated when left out.' })
  @IsOptional()
  @IsString()
  @Length(2, 40)
  reference?: string | null;

  @Field(() => ArrivalRouteEnum)
  arrivalRoute!: ArrivalRoute;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  plannedArrivalDate?: string | null;

  @Field(() => [HouseholdMemberInput], { description: 'Every member; exactly one with relationship HEAD.' })
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  members!: HouseholdMemberInput[];

  @Field(() => [SpecificNeedEnum], { nullable: true, description: 'Sensitive: only for those who may update specific needs.' })
  @IsOptional()
  specificNeeds?: SpecificNeed[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  specificNeedsNote?: string | null;

  @Field(() => String, { nullable: true, description: "Registering beyond the partnership's pledged capacity: the contact person's reason for the override." })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  capacityOverrideReason?: string | null;
}

@InputType({ description: 'Changes to a household; fields left out stay as they are. `members` is the full new list.' })
export class UpdateHouseholdInput {
  @Field(() => ArrivalRouteEnum, { nullable: true })
  @IsOptional()
  arrivalRoute?: ArrivalRoute;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @IsOptional()
  @IsIsoDate()
  plannedArrivalDate?: string | null;

  @Field(() => [HouseholdMemberInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  members?: HouseholdMemberInput[];

  @Field(() => [SpecificNeedEnum], { nullable: true })
  @IsOptional()
  specificNeeds?: SpecificNeed[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  specificNeedsNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Why: required when Fedasil staff correct a funding figure (the arrival route after arrival); recorded in the funding audit.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType({ description: 'Guidance ended before its term (not a transfer to another partnership: see transferHousehold).' })
export class EndGuidanceInput {
  @Field(() => ID)
  @IsString()
  householdId!: string;

  @Field(() => GuidanceEndReasonEnum)
  reason!: GuidanceEndReason;

  @Field(() => String, { description: 'The last day of guidance (YYYY-MM-DD): from its start to today.' })
  @IsIsoDate()
  endedOn!: string;

  @Field(() => String, { nullable: true, description: 'What happened; recorded in the timeline and the funding audit.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType({ description: 'Moves a household, with its plan, timeline, thread, documents and funding history, to another partnership of the same programme.' })
export class TransferHouseholdInput {
  @Field(() => ID)
  @IsString()
  householdId!: string;

  @Field(() => ID, { description: 'The receiving partnership (active, same programme).' })
  @IsString()
  toPartnershipId!: string;

  @Field(() => String, { description: 'The day of the transfer (YYYY-MM-DD; not in the future).' })
  @IsIsoDate()
  transferredOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: "Beyond the receiving partnership's pledged capacity: the contact person's reason for the override." })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  capacityOverrideReason?: string | null;
}

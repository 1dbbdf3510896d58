import type { ArrivalRoute, Relationship, SpecificNeed } from '@partner-hub/shared';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrivalRouteEnum, RelationshipEnum, SpecificNeedEnum } from '../../app/enums.js';
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

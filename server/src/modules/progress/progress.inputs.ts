import type { LandlordKind, StepAnchor, StepOwner, StepStatus } from '@partner-hub/shared';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LandlordKindEnum, StepAnchorEnum, StepOwnerEnum, StepStatusEnum } from '../../app/enums.js';
import { IsIsoDate } from '../../app/validators.js';

@InputType({ description: 'A change to a guidance step; fields left out stay as they are.' })
export class UpdateGuidanceStepInput {
  @Field(() => StepStatusEnum, { nullable: true })
  @IsOptional()
  status?: StepStatus;

  @Field(() => String, { nullable: true, description: 'Required when the status is NOT_APPLICABLE.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  notApplicableReason?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: a due date agreed for this household.' })
  @IsOptional()
  @IsIsoDate()
  dueDate?: string | null;
}

@InputType({ description: 'The home found for a household; fields left out stay as they are, null clears.' })
export class HousingInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  street?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  leaseStart?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  leaseEnd?: string | null;

  @Field(() => Int, { nullable: true, description: 'Monthly rent in euro cents.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_00)
  monthlyRentCents?: number | null;

  @Field(() => LandlordKindEnum, { nullable: true })
  @IsOptional()
  landlordKind?: LandlordKind | null;

  @Field(() => String, { nullable: true, description: 'The day the household moved in (YYYY-MM-DD); re-times steps that count from moving in.' })
  @IsOptional()
  @IsIsoDate()
  movedInOn?: string | null;
}

@InputType({ description: 'A label in the three languages.' })
export class LocalizedTextInput {
  @Field(() => String) @IsString() @Length(1, 200) nl!: string;
  @Field(() => String) @IsString() @Length(1, 200) fr!: string;
  @Field(() => String) @IsString() @Length(1, 200) en!: string;
}

@InputType({ description: 'A step of a plan template. Give the id to change an existing step.' })
export class StepTemplateInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  id?: string | null;

  @Field(() => String, { description: 'Stable key: capitals, digits and underscores.' })
  @Matches(/^[A-Z][A-Z0-9_]{1,59}$/)
  key!: string;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  label!: LocalizedTextInput;

  @Field(() => StepAnchorEnum)
  anchor!: StepAnchor;

  @Field(() => Int)
  @IsInt()
  @Min(-365)
  @Max(730)
  offsetDays!: number;

  @Field(() => StepOwnerEnum)
  owner!: StepOwner;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  perSchoolAgeChild!: boolean;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(1000)
  position!: number;
}

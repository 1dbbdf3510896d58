import type { PartnershipStatus, PartnershipTrack, ProgrammeCode } from '@partner-hub/shared';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PartnershipStatusEnum, PartnershipTrackEnum, ProgrammeCodeEnum } from '../../app/enums.js';
import { IsIsoDate } from '../../app/validators.js';

@InputType({ description: 'A new partnership with its lead organisation.' })
export class CreatePartnershipInput {
  @Field(() => String)
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field(() => ProgrammeCodeEnum)
  programme!: ProgrammeCode;

  @Field(() => PartnershipTrackEnum)
  track!: PartnershipTrack;

  @Field(() => PartnershipStatusEnum, { defaultValue: 'DRAFT' })
  status!: PartnershipStatus;

  @Field(() => ID, { description: 'The lead organisation; more members can be added later.' })
  @IsString()
  leadOrganisationId!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  agreementStart?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  agreementEnd?: string | null;

  @Field(() => Int, { defaultValue: 0, description: 'Persons the partnership pledges to receive.' })
  @IsInt()
  @Min(0)
  @Max(10_000)
  capacityPledged!: number;

  @Field(() => ID, { nullable: true, description: 'The Fedasil contact person.' })
  @IsOptional()
  @IsString()
  contactPersonId?: string | null;

  @Field(() => ID, { nullable: true, description: "The contact person's deputy." })
  @IsOptional()
  @IsString()
  deputyId?: string | null;
}

@InputType({ description: 'Changes to a partnership; fields left out stay as they are.' })
export class UpdatePartnershipInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  name?: string;

  @Field(() => PartnershipTrackEnum, { nullable: true })
  @IsOptional()
  track?: PartnershipTrack;

  @Field(() => PartnershipStatusEnum, { nullable: true })
  @IsOptional()
  status?: PartnershipStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @IsOptional()
  @IsIsoDate()
  agreementStart?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @IsOptional()
  @IsIsoDate()
  agreementEnd?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  capacityPledged?: number;
}

@InputType({ description: 'Narrows the partnerships list.' })
export class PartnershipFilter {
  @Field(() => ProgrammeCodeEnum, { nullable: true })
  programme?: ProgrammeCode;

  @Field(() => PartnershipStatusEnum, { nullable: true })
  status?: PartnershipStatus;

  @Field(() => ID, { nullable: true, description: 'Partnerships this person is contact person or deputy of.' })
  @IsOptional()
  @IsString()
  contactPersonId?: string;
}

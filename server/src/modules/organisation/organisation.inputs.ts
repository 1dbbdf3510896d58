import type { OrganisationKind } from '@partner-hub/shared';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OrganisationKindEnum } from '../../app/enums.js';

@InputType({ description: 'An organisation: its name, kind, address and main contact.' })
export class OrganisationInput {
  @Field(() => String)
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field(() => OrganisationKindEnum)
  kind!: OrganisationKind;

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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  contactPhone?: string | null;
}

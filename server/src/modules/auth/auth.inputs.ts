import type { Locale, Role } from '@partner-hub/shared';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { LocaleEnum, RoleEnum } from '../../app/enums.js';

@ArgsType()
export class SignInArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @IsString()
  @MaxLength(500)
  password!: string;
}

@ArgsType()
export class AcceptInvitationArgs {
  @Field(() => String, { description: 'The token from the invitation link.' })
  @IsString()
  @MaxLength(100)
  token!: string;

  @Field(() => String, { description: 'The new password: at least 12 characters.' })
  @IsString()
  @MaxLength(500)
  password!: string;
}

@InputType({ description: 'Whom to invite, in which role and organisation.' })
export class InviteUserInput {
  @Field(() => String)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The organisation the person belongs to (required for coordinators and volunteers).' })
  @IsOptional()
  @IsString()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For a coordinator: the partnership they are invited for.' })
  @IsOptional()
  @IsString()
  partnershipId?: string | null;

  @Field(() => LocaleEnum, { nullable: true, description: "The invitee's language (the invitation is written in it)." })
  @IsOptional()
  language?: Locale | null;
}

import type { Role } from '@partner-hub/shared';
import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { RoleEnum } from '../../app/enums.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { mayViewPartnership } from '../partnership/index.js';
import { User } from '../user/user.entity.js';
import { Invitation } from './auth.entity.js';
import { AcceptInvitationArgs, InviteUserInput, SignInArgs } from './auth.inputs.js';
import { acceptInvitation, inviteUser, listInvitations, previewInvitation, signIn, signOut } from './auth.service.js';
import { LocaleEnum } from '../../app/enums.js';
import type { Locale } from '@partner-hub/shared';

@ObjectType({ description: 'What an invitation link is for, shown to the invitee before they set a password.' })
class InvitationPreview {
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => LocaleEnum) language!: Locale;
  @Field(() => String, { nullable: true }) organisationName!: string | null;
}

@Resolver(() => Invitation)
export class AuthResolver {
  @Mutation(() => User, { description: 'Signs in with email and password; sets the session cookie. Throttled after failures.' })
  signIn(@Args(() => SignInArgs) args: SignInArgs, @Ctx() ctx: Context): Promise<User> {
    return signIn(ctx, args.email, args.password);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session at once.' })
  signOut(@Ctx() ctx: Context): Promise<boolean> {
    return signOut(ctx);
  }

  @Query(() => InvitationPreview, { description: 'The invitation behind a link (no sign-in needed); INVITATION_INVALID or INVITATION_EXPIRED otherwise.' })
  invitation(@Arg('token', () => String) token: string, @Ctx() ctx: Context) {
    return previewInvitation(ctx, token);
  }

  @Query(() => [Invitation], { description: 'Invitations the viewer sent (admins: all), newest first.' })
  invitations(@Ctx() ctx: Context): Promise<Invitation[]> {
    return listInvitations(ctx);
  }

  @Mutation(() => Invitation, { description: 'Invites a person; the link goes to the outbox until real email exists.' })
  inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() ctx: Context): Promise<Invitation> {
    return inviteUser(ctx, input);
  }

  @Mutation(() => User, { description: 'Sets the password of an invited person, creates their account and signs them in.' })
  acceptInvitation(@Args(() => AcceptInvitationArgs) args: AcceptInvitationArgs, @Ctx() ctx: Context): Promise<User> {
    return acceptInvitation(ctx, args.token, args.password);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() i: Invitation, @Ctx() ctx: Context): Promise<Organisation | null> {
    return i.organisation ? ctx.loaders.organisation.load(i.organisation.id) : Promise.resolve(null);
  }

  @FieldResolver(() => Partnership, { nullable: true, description: 'The partnership, when the viewer may see it.' })
  async partnership(@Root() i: Invitation, @Ctx() ctx: Context): Promise<Partnership | null> {
    if (!i.partnership) return null;
    const p = await ctx.loaders.partnership.load(i.partnership.id);
    return p && (await mayViewPartnership(ctx, p)) ? p : null;
  }
}

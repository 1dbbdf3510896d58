import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';

@ObjectType({ description: 'How people can sign in to this hub (no sign-in needed to ask).' })
export class SignInOptions {
  @Field(() => Boolean, { description: 'Email address and password: every account.' })
  password!: boolean;

  @Field(() => Boolean, { description: 'Fedasil staff with their Fedasil account (OpenID Connect), when the hub is set up for it.' })
  staffAccount!: boolean;

  @Field(() => String, { nullable: true, description: 'Where the browser goes to sign in with a Fedasil account (add ?returnTo=/path); null when not set up.' })
  staffAccountStartPath!: string | null;
}

@Resolver()
export class OidcResolver {
  @Query(() => SignInOptions, { description: 'How people can sign in to this hub: shown on the sign-in page.' })
  signInOptions(@Ctx() ctx: Context): SignInOptions {
    const configured = Boolean(ctx.app.config.oidc);
    return { password: true, staffAccount: configured, staffAccountStartPath: configured ? '/auth/oidc/start' : null };
  }
}

import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { User } from '../user/user.entity.js';
import { checkPasswordReset, requestPasswordReset, resetPassword } from './password-reset.js';

@Resolver()
export class PasswordResetResolver {
  @Mutation(() => Boolean, { description: 'Sends a link to choose a new password when the address has an account. Always true: the answer reveals no accounts.' })
  requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: Context) {
    return requestPasswordReset(ctx, email);
  }

  @Query(() => Boolean, { description: 'True when a reset link still works; PASSWORD_RESET_INVALID (unknown or used) or PASSWORD_RESET_EXPIRED otherwise. No sign-in needed.' })
  passwordResetValid(@Arg('token', () => String) token: string, @Ctx() ctx: Context) {
    return checkPasswordReset(ctx, token);
  }

  @Mutation(() => User, { description: 'Sets a new password with a reset link (once); ends every other session of the account and signs this browser in.' })
  resetPassword(@Arg('token', () => String) token: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    return resetPassword(ctx, token, password);
  }
}

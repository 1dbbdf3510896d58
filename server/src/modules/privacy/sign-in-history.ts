import type { Context } from '../../app/context.js';
import type { User } from '../user/user.entity.js';
import { SignInEvent } from './privacy.entity.js';

/** Notes a successful sign-in in the caller's unit of work (stored with the session it starts). */
export function recordSignIn(ctx: Context, user: User): void {
  ctx.em.create(SignInEvent, { user, ip: ctx.ip });
}

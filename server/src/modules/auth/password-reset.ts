import type { Context } from '../../app/context.js';
import { AppError } from '../../app/errors.js';
import { liveState } from '../../app/live/index.js';
import { absolute, PASSWORD_CHANGED_WORDS, renderBody, RESET_WORDS } from '../mail/index.js';
import { enqueueEmail } from '../outbox/index.js';
import { User } from '../user/user.entity.js';
import { Session, SignInFailure } from './auth.entity.js';
import { normaliseEmail } from './auth.service.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password.js';
import { PasswordReset } from './password-reset.entity.js';
import { newToken, startSession, tokenHash } from './session.service.js';

/** How long a reset link works. */
export const RESET_MINUTES = 60;
/** Links sent per account per hour at most; more requests are answered the same way and send nothing. */
export const RESETS_PER_HOUR = 3;

/**
 * "Forgot password": when the address belongs to an active account, a single-use link by mail.
 * The answer is the same whether or not it does, so the form reveals no accounts.
 */
export async function requestPasswordReset(ctx: Context, emailInput: string): Promise<boolean> {
  const email = normaliseEmail(emailInput);
  const user = email ? await ctx.em.findOne(User, { email, removedAt: null }) : null;
  if (!user) return true;
  const recent = await ctx.em.count(PasswordReset, { user: user.id, createdAt: { $gt: new Date(Date.now() - 3600_000) } });
  if (recent >= RESETS_PER_HOUR) {
    ctx.app.logger.warn('password reset: too many requests for one account', { userId: user.id });
    return true;
  }
  const token = newToken();
  ctx.em.create(PasswordReset, { tokenHash: tokenHash(ctx.app.config.sessionSecret, token), user, expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000) });
  const words = RESET_WORDS[user.language](user.name, RESET_MINUTES);
  const { text, html } = renderBody({
    lang: user.language,
    lines: words.lines,
    action: { label: words.action, url: absolute(ctx.app.config.publicUrl, `/reset-password/${token}`) },
    after: [words.after],
  });
  enqueueEmail(ctx, { to: user.email, subject: words.subject, body: text, html, kind: 'PASSWORD_RESET' });
  await ctx.em.flush();
  return true;
}

async function openReset(ctx: Context, token: string): Promise<PasswordReset> {
  const reset = await ctx.em.findOne(PasswordReset, { tokenHash: tokenHash(ctx.app.config.sessionSecret, token) }, { populate: ['user'] });
  if (!reset || reset.usedAt || reset.user.removedAt) throw new AppError('PASSWORD_RESET_INVALID', 'This link to choose a new password is not valid (any more); ask for a new one');
  if (reset.expiresAt < new Date()) throw new AppError('PASSWORD_RESET_EXPIRED', 'This link to choose a new password has expired; ask for a new one');
  return reset;
}

/** Whether a reset link still works (the page asks before showing the form). */
export async function checkPasswordReset(ctx: Context, token: string): Promise<boolean> {
  await openReset(ctx, token);
  return true;
}

/**
 * Sets the new password once: the link is marked used with a conditional update (two submits of the
 * same link never both win), every other link of the account stops working, every session of the
 * account ends, and this browser is signed in.
 */
export async function resetPassword(ctx: Context, token: string, password: string): Promise<User> {
  const reset = await openReset(ctx, token);
  if (password.length < MIN_PASSWORD_LENGTH) throw new AppError('PASSWORD_TOO_WEAK', `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters`, { minLength: MIN_PASSWORD_LENGTH });
  const passwordHash = await hashPassword(password);
  const user = reset.user;
  const now = new Date();
  await ctx.em.transactional(async (tx) => {
    const used = await tx.nativeUpdate(PasswordReset, { id: reset.id, usedAt: null }, { usedAt: now });
    if (used !== 1) throw new AppError('PASSWORD_RESET_INVALID', 'This link to choose a new password was already used; ask for a new one');
    await tx.nativeUpdate(PasswordReset, { user: user.id, usedAt: null }, { usedAt: now });
    await tx.nativeDelete(Session, { user: user.id });
    await tx.nativeDelete(SignInFailure, { email: user.email });
    await tx.nativeUpdate(User, { id: user.id }, { passwordHash });
    // Tell the account's owner, in the same transaction: a reset they did not ask for shows at once.
    const words = PASSWORD_CHANGED_WORDS[user.language](user.name);
    const { text, html } = renderBody({ lang: user.language, lines: words.lines, action: { label: words.action, url: absolute(ctx.app.config.publicUrl, '/forgot-password') } });
    enqueueEmail({ ...ctx, em: tx }, { to: user.email, subject: words.subject, body: text, html, kind: 'PASSWORD_CHANGED' });
  });
  // Live subscriptions of the ended sessions close (every session is checked again).
  liveState(ctx.app).sessions.ended();
  user.passwordHash = passwordHash;
  startSession(ctx, user);
  await ctx.em.flush();
  return user;
}
